//! The primary layer of the label as SVG: [`primary`] for the box (60 × 90
//! mm) and [`compact`] for shop listings (300 × 120 px).
//!
//! The markup comes from `maud`, so every piece of model text is escaped.
//! Text is never measured with fonts here: [`measure`] estimates widths,
//! every line is wrapped or truncated to its box with that estimate, and
//! [`primary_lines`] / [`compact_lines`] return each line drawn with the
//! width of its box so tests can check nothing overflows.
//!
//! The primary layer is laid out in tenths of a millimetre (`viewBox="0 0
//! 600 900"`); the smallest text is 22 units, 6.2 pt at print size (a
//! certificate number longer than the registry makes may go down to 21.2,
//! 6 pt, before it is cut).

pub mod icons;
pub mod measure;

use std::fmt::Write as _;

use maud::{Markup, html};
use qrcode::{EcLevel, QrCode};

use crate::model::{Availability, LabelModel, MAX_LEVEL, MarkStatus};
use crate::palette::{
    BRAND, BRAND_TINT, CAUTION_BG, INK, MUTED, PANEL, PAPER, RULE, STATUS_CAUTION, STATUS_DANGER,
    STATUS_OK,
};
use crate::text::Words;
use icons::{Icon, draw, emblem, num};

/// The fonts the label asks for, in order: Latin, a wide fallback, then
/// Japanese.
pub const FONT_FAMILY: &str = "Noto Sans, DejaVu Sans, Noto Sans CJK JP, sans-serif";

/// The primary layer's size, for print.
pub const PRIMARY_MM: (f32, f32) = (60.0, 90.0);
/// The compact variant's size, in CSS pixels.
pub const COMPACT_PX: (f32, f32) = (300.0, 120.0);

/// One line of text the label draws, and the width of the box it must fit.
#[derive(Clone, Debug, PartialEq)]
pub struct TextLine {
    /// The line's runs of text, each regular or bold.
    pub runs: Vec<(String, bool)>,
    /// The font size, in the drawing's units.
    pub size: f32,
    /// The width of the line's box, in the drawing's units.
    pub max_width: f32,
}

impl TextLine {
    /// The whole line's text.
    pub fn text(&self) -> String {
        self.runs.iter().map(|(t, _)| t.as_str()).collect()
    }

    /// The line's estimated width ([`measure::width`]).
    pub fn width(&self) -> f32 {
        self.runs
            .iter()
            .map(|(t, bold)| measure::width(t, self.size, *bold))
            .sum()
    }

    /// Whether the line fits its box by the estimate.
    pub fn fits(&self) -> bool {
        self.width() <= self.max_width + 0.01
    }
}

/// The primary layer: an SVG document for print at 60 × 90 mm.
pub fn primary(model: &LabelModel, words: &Words) -> String {
    primary_canvas(model, words).finish_primary(model, words)
}

/// Every line of text [`primary`] draws, with its box.
pub fn primary_lines(model: &LabelModel, words: &Words) -> Vec<TextLine> {
    primary_canvas(model, words).lines
}

/// The compact variant for shop listings: an SVG of 300 × 120 px.
pub fn compact(model: &LabelModel, words: &Words) -> String {
    compact_canvas(model, words).finish_compact(model, words)
}

/// Every line of text [`compact`] draws, with its box.
pub fn compact_lines(model: &LabelModel, words: &Words) -> Vec<TextLine> {
    compact_canvas(model, words).lines
}

// ---------------------------------------------------------------------------
// Drawing

#[derive(Clone, Copy, PartialEq)]
enum Anchor {
    Start,
    Middle,
}

#[derive(Clone, Copy)]
struct Style {
    size: f32,
    bold: bool,
    fill: &'static str,
    anchor: Anchor,
}

impl Style {
    const fn new(size: f32, bold: bool, fill: &'static str) -> Style {
        Style {
            size,
            bold,
            fill,
            anchor: Anchor::Start,
        }
    }

    const fn anchor(mut self, anchor: Anchor) -> Style {
        self.anchor = anchor;
        self
    }
}

/// The drawing being built: its parts in painting order and every line of
/// text in it.
struct Canvas {
    parts: Vec<Markup>,
    lines: Vec<TextLine>,
}

impl Canvas {
    fn new() -> Canvas {
        Canvas {
            parts: Vec::new(),
            lines: Vec::new(),
        }
    }

    fn push(&mut self, markup: Markup) {
        self.parts.push(markup);
    }

    /// One line of text at (`x`, `y`) (the baseline), truncated to `max`.
    fn line(&mut self, x: f32, y: f32, text: &str, st: Style, max: f32) {
        let text = measure::truncate(&measure::clean(text), st.size, st.bold, max);
        if text.is_empty() {
            return;
        }
        let anchor = match st.anchor {
            Anchor::Start => None,
            Anchor::Middle => Some("middle"),
        };
        self.parts.push(html! {
            text x=(num(x)) y=(num(y)) font-size=(num(st.size))
                font-weight=[st.bold.then_some("700")] fill=(st.fill) text-anchor=[anchor] { (text) }
        });
        self.lines.push(TextLine {
            runs: vec![(text, st.bold)],
            size: st.size,
            max_width: max,
        });
    }

    /// `text` wrapped to `max` in at most `max_lines` lines `leading` apart,
    /// the first baseline at `y`. Returns the number of lines drawn.
    #[allow(clippy::too_many_arguments)]
    fn para(
        &mut self,
        x: f32,
        y: f32,
        max: f32,
        max_lines: usize,
        leading: f32,
        st: Style,
        text: &str,
    ) -> usize {
        let lines = measure::wrap(text, st.size, st.bold, max, max_lines);
        for (i, l) in lines.iter().enumerate() {
            self.line(x, y + leading * i as f32, l, st, max);
        }
        lines.len()
    }

    /// Draws a laid-out flow with its first baseline at `y`.
    fn flow(&mut self, x: f32, y: f32, layout: &FlowLayout) {
        for (i, line) in layout.lines.iter().enumerate() {
            let baseline = y + layout.leading * i as f32;
            for item in line {
                match item {
                    Placed::Text { dx, runs, max } => {
                        self.parts.push(html! {
                            text x=(num(x + dx)) y=(num(baseline)) font-size=(num(layout.size)) fill=(INK) {
                                @for (t, bold) in runs {
                                    @if *bold {
                                        tspan font-weight="700" { (t) }
                                    } @else {
                                        tspan { (t) }
                                    }
                                }
                            }
                        });
                        self.lines.push(TextLine {
                            runs: runs.clone(),
                            size: layout.size,
                            max_width: *max,
                        });
                    }
                    Placed::Icon { dx, icon, colour } => {
                        let s = layout.icon;
                        let top = baseline - layout.size * 0.36 - s / 2.0;
                        self.parts.push(draw(*icon, x + dx, top, s, colour, 2.0));
                    }
                }
            }
        }
    }

    /// The finished primary document.
    fn finish_primary(self, model: &LabelModel, words: &Words) -> String {
        let (w, h) = PRIMARY_MM;
        document(
            self.parts,
            &format!("{}mm", num(w)),
            &format!("{}mm", num(h)),
            "0 0 600 900",
            model,
            words,
        )
    }

    fn finish_compact(self, model: &LabelModel, words: &Words) -> String {
        let (w, h) = COMPACT_PX;
        document(
            self.parts,
            &num(w),
            &num(h),
            &format!("0 0 {} {}", num(w), num(h)),
            model,
            words,
        )
    }
}

/// The SVG document around the drawn parts, with its accessible name and
/// description.
fn document(
    parts: Vec<Markup>,
    width: &str,
    height: &str,
    view_box: &str,
    model: &LabelModel,
    words: &Words,
) -> String {
    let title = words.with(
        "label-title",
        &[(
            "product",
            measure::clean(&model.product.product_name).into(),
        )],
    );
    let desc = description(model, words);
    let svg = html! {
        svg xmlns="http://www.w3.org/2000/svg" version="1.1" width=(width) height=(height)
            viewBox=(view_box) role="img" aria-labelledby="iotmark-label-title iotmark-label-desc"
            lang=(model.lang) "xml:lang"=(model.lang) font-family=(FONT_FAMILY) {
            title id="iotmark-label-title" { (title) }
            desc id="iotmark-label-desc" { (desc) }
            // One element a line, for readable diffs.
            @for part in &parts {
                "\n"
                (part)
            }
            "\n"
        }
    };
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.push_str(&svg.into_string());
    out.push('\n');
    out
}

// ---------------------------------------------------------------------------
// Inline flow: words and icons laid out in lines.

enum Piece {
    Word {
        text: String,
        bold: bool,
        space: bool,
    },
    /// An icon and its words, kept on one line.
    Item {
        icon: Icon,
        colour: &'static str,
        text: String,
        space: bool,
    },
}

enum Placed {
    /// Runs of text drawn as one `<text>`; `max` is its box's width.
    Text {
        dx: f32,
        runs: Vec<(String, bool)>,
        max: f32,
    },
    Icon {
        dx: f32,
        icon: Icon,
        colour: &'static str,
    },
}

struct FlowLayout {
    lines: Vec<Vec<Placed>>,
    size: f32,
    leading: f32,
    icon: f32,
}

/// The pieces of a flow, and the same content as plain text (for the
/// description).
#[derive(Default)]
struct Inline {
    pieces: Vec<Piece>,
    plain: Vec<String>,
}

impl Inline {
    /// The words of `text`, breakable where [`measure::pieces`] says.
    fn text(&mut self, text: &str, bold: bool) -> &mut Self {
        let text = measure::clean(text);
        for (i, p) in measure::pieces(&text).into_iter().enumerate() {
            let space = if i == 0 {
                !self.pieces.is_empty()
            } else {
                p.space_before
            };
            self.pieces.push(Piece::Word {
                text: p.text.to_owned(),
                bold,
                space,
            });
        }
        if !bold {
            self.plain.push(text);
        }
        self
    }

    /// An icon followed by its words, kept together on one line.
    fn item(&mut self, icon: Icon, colour: &'static str, text: &str) -> &mut Self {
        let text = measure::clean(text);
        self.pieces.push(Piece::Item {
            icon,
            colour,
            text: text.clone(),
            space: !self.pieces.is_empty(),
        });
        self.plain.push(text);
        self
    }

    /// The plain text of the regular words, items joined by `separator`.
    fn plain(&self, separator: &str) -> String {
        self.plain.join(separator)
    }

    /// Lays the pieces out in lines `max` wide, at most `max_lines`; what
    /// does not fit is cut with an ellipsis.
    fn layout(&self, max: f32, max_lines: usize, size: f32, leading: f32) -> FlowLayout {
        let icon = size * 1.15;
        let icon_gap = size * 0.3;
        let space = measure::width(" ", size, false);
        let bold_space = measure::width(" ", size, true);
        let item_gap = size * 0.8;
        let mut lines: Vec<Vec<Placed>> = vec![Vec::new()];
        let mut cursor = 0.0_f32;
        let mut cut = false;
        let mut after_heading = false;
        for piece in &self.pieces {
            let (spaced, width) = match piece {
                Piece::Word { text, bold, space } => (*space, measure::width(text, size, *bold)),
                Piece::Item { text, space, .. } => {
                    (*space, icon + icon_gap + measure::width(text, size, false))
                }
            };
            let gap = match piece {
                _ if cursor == 0.0 || !spaced => 0.0,
                Piece::Word { bold: true, .. } => bold_space,
                Piece::Word { .. } => space,
                Piece::Item { .. } if after_heading => space * 1.5,
                Piece::Item { .. } => item_gap,
            };
            let (gap, new_line) = if cursor > 0.0 && cursor + gap + width > max {
                (0.0, true)
            } else {
                (gap, false)
            };
            if new_line {
                if lines.len() >= max_lines {
                    cut = true;
                    break;
                }
                lines.push(Vec::new());
                cursor = 0.0;
            }
            let line = lines.last_mut().expect("a line");
            let (text, bold, start) = match piece {
                Piece::Word { text, bold, .. } => (text, *bold, cursor + gap),
                Piece::Item {
                    icon: ic,
                    colour,
                    text,
                    ..
                } => {
                    line.push(Placed::Icon {
                        dx: cursor + gap,
                        icon: *ic,
                        colour,
                    });
                    (text, false, cursor + gap + icon + icon_gap)
                }
            };
            let fitted = measure::truncate(text, size, bold, max - start);
            let joiner = if gap > 0.0 && matches!(piece, Piece::Word { .. }) {
                " "
            } else {
                ""
            };
            match line.last_mut() {
                Some(Placed::Text { runs, .. }) => match runs.last_mut() {
                    Some((t, b)) if *b == bold => {
                        t.push_str(joiner);
                        t.push_str(&fitted);
                    }
                    _ => runs.push((format!("{joiner}{fitted}"), bold)),
                },
                _ => line.push(Placed::Text {
                    dx: start,
                    runs: vec![(fitted.clone(), bold)],
                    max: 0.0,
                }),
            }
            cursor = start + measure::width(&fitted, size, bold);
            after_heading = bold;
            if fitted != *text {
                cut = true;
                break;
            }
        }
        // Each text's box runs from where it starts to the line's end.
        for line in &mut lines {
            for placed in line.iter_mut() {
                if let Placed::Text { dx, max: m, .. } = placed {
                    *m = max - *dx;
                }
            }
        }
        if cut && let Some(line) = lines.last_mut() {
            if matches!(line.last(), Some(Placed::Icon { .. })) {
                line.pop();
            }
            if let Some(Placed::Text {
                runs, max: room, ..
            }) = line.last_mut()
            {
                end_with_ellipsis(runs, size, *room);
            }
        }
        FlowLayout {
            lines,
            size,
            leading,
            icon,
        }
    }
}

/// Ends the last run with an ellipsis, shortening it so the runs fit `room`.
fn end_with_ellipsis(runs: &mut [(String, bool)], size: f32, room: f32) {
    let n = runs.len();
    if n == 0 {
        return;
    }
    let before: f32 = runs[..n - 1]
        .iter()
        .map(|(t, b)| measure::width(t, size, *b))
        .sum();
    let (t, bold) = &mut runs[n - 1];
    if t.ends_with(measure::ELLIPSIS) {
        return;
    }
    let candidate = format!("{t}{}", measure::ELLIPSIS);
    let left = room - before;
    *t = if measure::width(&candidate, size, *bold) <= left {
        candidate
    } else {
        // Too long with one more character: make truncate() cut it.
        measure::truncate(
            &format!("{candidate}{}", measure::ELLIPSIS),
            size,
            *bold,
            left,
        )
    };
}

// ---------------------------------------------------------------------------
// Facts, shared by both layouts.

/// What the label says about the mark's status: its words, colour and
/// glyph.
fn status(model: &LabelModel, words: &Words) -> (String, &'static str, Icon) {
    let text = words.get(&format!("label-status-{}", model.status.name()));
    let (colour, icon) = match model.status {
        MarkStatus::Valid => (STATUS_OK, Icon::Check),
        MarkStatus::Suspended => (STATUS_CAUTION, Icon::Pause),
        MarkStatus::Expired => (STATUS_CAUTION, Icon::Clock),
        MarkStatus::Revoked => (STATUS_DANGER, Icon::Cross),
        MarkStatus::SelfAssessed => (MUTED, Icon::Info),
    };
    (text, colour, icon)
}

fn availability_name(a: Availability) -> &'static str {
    match a {
        Availability::Full => "full",
        Availability::Partial => "partial",
        Availability::None => "none",
        Availability::NotDisclosed => "not_disclosed",
    }
}

fn sensor_icon(sensor: &str) -> Icon {
    match sensor {
        "camera" => Icon::Camera,
        "microphone" => Icon::Microphone,
        "location" => Icon::Location,
        "motion" => Icon::Motion,
        "presence" => Icon::Presence,
        "biometric" => Icon::Biometric,
        "health" => Icon::Health,
        "environmental" => Icon::Environmental,
        "contact" => Icon::Contact,
        "light" => Icon::Light,
        "nfc" => Icon::Nfc,
        _ => Icon::Sensor,
    }
}

/// A message by key, or `fallback` when the language has none (a sensor
/// or recipient kind newer than the label's words).
fn word_or(words: &Words, key: &str, fallback: &str) -> String {
    let w = words.get(key);
    if w == key {
        fallback.replace('_', " ")
    } else {
        w
    }
}

/// A yes / no / not said fact: its glyph and colour.
fn tick(good: Option<bool>) -> (Icon, &'static str) {
    match good {
        Some(true) => (Icon::Check, STATUS_OK),
        Some(false) => (Icon::Cross, STATUS_DANGER),
        None => (Icon::Dash, MUTED),
    }
}

/// One fact of the grid: its icon, heading and value.
struct Fact {
    icon: Icon,
    heading: String,
    value: Inline,
}

fn facts(model: &LabelModel, words: &Words) -> Vec<Fact> {
    let fact = |icon: Icon, heading: &str| Fact {
        icon,
        heading: words.get(heading),
        value: Inline::default(),
    };
    let mut out = Vec::new();

    let mut updates = fact(Icon::Update, "label-fact-updates");
    updates.value.text(
        &words.get(&format!("label-update-{}", model.updates.name())),
        false,
    );
    out.push(updates);

    let mut sensors = fact(Icon::Sensor, "label-fact-sensors");
    if model.sensors.is_empty() {
        sensors.value.text(&words.get("label-sensors-none"), false);
    }
    for s in &model.sensors {
        let w = word_or(words, &format!("label-sensor-{s}"), s);
        sensors.value.item(sensor_icon(s), BRAND, &w);
    }
    out.push(sensors);

    let mut data = fact(Icon::Share, "label-fact-data");
    let separator = words.get("label-list-separator");
    match model.data.shared {
        Some(true) if !model.data.recipients.is_empty() => {
            // "Others" last.
            let mut kinds: Vec<&String> = model.data.recipients.iter().collect();
            kinds.sort_by_key(|r| r.as_str() == "other");
            let to: Vec<String> = kinds
                .into_iter()
                .map(|r| word_or(words, &format!("label-recipient-{r}"), r))
                .collect();
            data.value.text(
                &words.with(
                    "label-data-shared-with",
                    &[("recipients", to.join(&separator).into())],
                ),
                false,
            );
        }
        Some(true) => {
            data.value.text(&words.get("label-data-shared"), false);
        }
        Some(false) => {
            data.value.text(&words.get("label-data-not-shared"), false);
        }
        None => {
            data.value
                .text(&words.get("label-data-sharing-not-disclosed"), false);
        }
    }
    let (glyph, colour) = tick(model.data.sold.map(|sold| !sold));
    let sold = match model.data.sold {
        Some(true) => words.get("label-data-sold"),
        Some(false) => words.get("label-data-not-sold"),
        None => words.get("label-data-sale-not-disclosed"),
    };
    data.value.item(glyph, colour, &sold);
    out.push(data);

    let mut offline = fact(Icon::Offline, "label-fact-offline");
    offline.value.text(
        &words.get(&format!(
            "label-availability-{}",
            availability_name(model.works_offline)
        )),
        false,
    );
    out.push(offline);

    let mut account = fact(Icon::Account, "label-fact-account");
    account.value.text(
        &words.get(&format!(
            "label-availability-{}",
            availability_name(model.works_without_account)
        )),
        false,
    );
    out.push(account);

    let mut repair = fact(Icon::Wrench, "label-fact-repair");
    let r = &model.repair;
    let parts = match r.spare_parts_years {
        Some(0) => words.get("label-repair-parts-none"),
        Some(years) => words.with("label-repair-parts", &[("years", years.into())]),
        None => words.get("label-repair-parts-not-disclosed"),
    };
    let (glyph, colour) = tick(r.spare_parts_years.map(|y| y > 0));
    repair.value.item(glyph, colour, &parts);
    if r.has_battery == Some(true) {
        let (glyph, colour) = tick(r.replaceable_battery);
        let battery = match r.replaceable_battery {
            Some(true) => words.get("label-repair-battery-replaceable"),
            Some(false) => words.get("label-repair-battery-sealed"),
            None => words.get("label-repair-battery-not-disclosed"),
        };
        repair.value.item(glyph, colour, &battery);
    }
    if let Some(manual) = r.repair_manual {
        let (glyph, colour) = tick(Some(manual));
        let text = if manual {
            words.get("label-repair-manual")
        } else {
            words.get("label-repair-manual-none")
        };
        repair.value.item(glyph, colour, &text);
    }
    out.push(repair);
    out
}

/// The sentence that says how long security updates last.
fn support_sentence(model: &LabelModel, words: &Words) -> String {
    match (model.support.end_date, model.support.days_left) {
        (Some(end), Some(days)) if days < 0 => words.with(
            "label-desc-support-ended",
            &[("date", words.date(end).into())],
        ),
        (Some(end), _) => words.with("label-desc-support", &[("date", words.date(end).into())]),
        (None, _) => words.get("label-desc-support-none"),
    }
}

/// The label in a few sentences, for `<desc>`: every fact it shows.
fn description(model: &LabelModel, words: &Words) -> String {
    let mut out: Vec<String> = Vec::new();
    out.push(words.with(
        "label-desc-mark",
        &[
            ("level", model.mark.level.into()),
            ("max", MAX_LEVEL.into()),
            ("name", model.mark.level_name.clone().into()),
        ],
    ));
    let (status, _, _) = status(model, words);
    out.push(words.with("label-desc-sentence", &[("text", status.into())]));
    out.push(support_sentence(model, words));
    let list = words.get("label-list-separator");
    let items = words.get("label-desc-item-separator");
    for f in facts(model, words) {
        let separator = if f.icon == Icon::Sensor {
            &list
        } else {
            &items
        };
        out.push(words.with(
            "label-desc-fact",
            &[
                ("heading", f.heading.into()),
                ("value", f.value.plain(separator).into()),
            ],
        ));
    }
    let p = &model.product;
    out.push(
        words.with(
            "label-desc-product",
            &[
                ("product", measure::clean(&p.product_name).into()),
                (
                    "model",
                    words
                        .with(
                            "label-model",
                            &[("model", measure::clean(&p.product_model).into())],
                        )
                        .into(),
                ),
                (
                    "firmware",
                    words
                        .with(
                            "label-firmware",
                            &[("version", measure::clean(&p.firmware_version).into())],
                        )
                        .into(),
                ),
                ("manufacturer", measure::clean(&p.manufacturer_name).into()),
            ],
        ),
    );
    out.push(words.with(
        "label-desc-scan",
        &[("url", model.registry_url.clone().into())],
    ));
    out.join(&words.get("label-desc-join"))
}

/// The registry URL as printed: without its scheme.
fn url_without_scheme(url: &str) -> &str {
    url.strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))
        .unwrap_or(url)
}

/// The QR code of `data` (error correction M, a quiet zone of four
/// modules), `size` wide with the quiet zone, its top left at (`x`, `y`);
/// the quiet zone is the label's own white paper. Nothing when the data is
/// too long for a QR code.
fn qr(c: &mut Canvas, data: &str, x: f32, y: f32, size: f32) {
    let Some((total, d)) = qr_path(data) else {
        return;
    };
    let transform = format!(
        "translate({} {}) scale({})",
        num(x),
        num(y),
        num(size / total as f32)
    );
    c.push(html! {
        g transform=(transform) {
            path d=(d) fill=(INK) shape-rendering="crispEdges" {}
        }
    });
}

/// The QR code of `data` (error correction M) as one SVG path of its dark
/// modules, in module units with a quiet zone of four modules, and its
/// width with the quiet zone; `None` when the data is too long for a QR
/// code. Choosing the code's mask (in `qrcode`) is most of the time a
/// label's SVG takes.
pub fn qr_path(data: &str) -> Option<(usize, String)> {
    let code = QrCode::with_error_correction_level(data.as_bytes(), EcLevel::M).ok()?;
    let n = code.width();
    let colours = code.to_colors();
    let dark = |row: usize, col: usize| colours[row * n + col] == qrcode::Color::Dark;
    let mut d = String::new();
    for row in 0..n {
        let mut col = 0;
        while col < n {
            if dark(row, col) {
                let start = col;
                while col < n && dark(row, col) {
                    col += 1;
                }
                let run = col - start;
                let _ = write!(d, "M{} {}h{run}v1h-{run}z", start + 4, row + 4);
            } else {
                col += 1;
            }
        }
    }
    Some((n + 8, d))
}

// ---------------------------------------------------------------------------
// The primary layer: 600 × 900 units of 0.1 mm.

const W: f32 = 600.0;
const H: f32 = 900.0;
/// The margin inside the border.
const M: f32 = 30.0;
const RIGHT: f32 = W - M;
const CONTENT: f32 = W - 2.0 * M;
const BAND: f32 = 120.0;
const STATUS_TOP: f32 = BAND + 10.0;
/// The height of the status pill; the certificate's number adds a line.
const STATUS_H: f32 = 34.0;
/// From the status words' baseline to the certificate number's.
const CERTIFICATE_LEADING: f32 = 26.0;
/// The sizes the certificate's number is set at, the first that fits: the
/// longest number the registry makes (`IM-` + ten characters +
/// `-YYYYMMDD-NN`) fits at the first.
const CERTIFICATE_SIZES: [f32; 2] = [22.0, MIN_TEXT];
/// The smallest text on the label: 6 pt at print size (2.12 mm).
const MIN_TEXT: f32 = 21.2;
/// The gap between the status and the support panel.
const STATUS_GAP: f32 = 10.0;
const SUPPORT_H: f32 = 112.0;
/// The last baseline of the footer.
const FOOTER_BOTTOM: f32 = H - 24.0;
const QR_SIZE: f32 = 160.0;
const FACT_SIZE: f32 = 22.5;
const FACT_LEADING: f32 = 27.0;
/// The space above and below a fact row's lines, and the least it closes
/// up to before a row loses a line.
const FACT_PAD: f32 = 9.0;
const FACT_MIN_PAD: f32 = 7.0;

fn primary_canvas(model: &LabelModel, words: &Words) -> Canvas {
    let mut c = Canvas::new();
    c.push(html! { rect width="600" height="900" rx="28" fill=(PAPER) {} });
    mark_band(&mut c, model, words);
    let status_bottom = status_panel(&mut c, model, words);
    let support_bottom = support_panel(&mut c, model, words, status_bottom + STATUS_GAP);
    let footer_top = footer(&mut c, model, words);
    fact_rows(&mut c, model, words, support_bottom + 6.0, footer_top);
    c.push(html! {
        rect x="1.5" y="1.5" width="597" height="897" rx="26.5" fill="none" stroke=(BRAND) stroke-width="3" {}
    });
    c
}

/// (a) The mark: emblem, word mark, level in words and on a scale of
/// three steps.
fn mark_band(c: &mut Canvas, model: &LabelModel, words: &Words) {
    c.push(html! {
        path d="M0 120V28A28 28 0 0 1 28 0H572A28 28 0 0 1 600 28V120Z" fill=(BRAND) {}
    });
    c.push(emblem(22.0, 14.0, 92.0, PAPER, BRAND));
    let text_x = 126.0;
    c.line(
        text_x,
        60.0,
        "iotmark",
        Style::new(46.0, true, PAPER),
        300.0,
    );
    // The scale: three bars rising left to right, the reached ones filled.
    let bar = 28.0;
    let gap = 9.0;
    let scale_x = RIGHT - 3.0 * bar - 2.0 * gap;
    let bottom = 100.0;
    for step in 1..=MAX_LEVEL {
        let i = f32::from(step - 1);
        let height = 34.0 + 18.0 * i;
        let x = scale_x + i * (bar + gap);
        let reached = step <= model.mark.level;
        let (fill, stroke, digit) = if reached {
            (PAPER, "none", BRAND)
        } else {
            ("none", PAPER, PAPER)
        };
        c.push(html! {
            rect x=(num(x + 1.25)) y=(num(bottom - height + 1.25)) width=(num(bar - 2.5))
                height=(num(height - 2.5)) rx="5" fill=(fill) stroke=(stroke) stroke-width="2.5" {}
        });
        c.line(
            x + bar / 2.0,
            bottom - 9.0,
            &step.to_string(),
            Style::new(22.0, true, digit).anchor(Anchor::Middle),
            bar,
        );
    }
    let level = if model.mark.level == 0 {
        model.mark.level_name.clone()
    } else {
        words.with(
            "label-level",
            &[
                ("level", model.mark.level.into()),
                ("name", model.mark.level_name.clone().into()),
            ],
        )
    };
    let room = scale_x - 16.0 - text_x;
    let size = if measure::width(&level, 25.0, false) <= room {
        25.0
    } else {
        22.0
    };
    c.line(text_x, 98.0, &level, Style::new(size, false, PAPER), room);
}

/// (b) The status: a coloured marker and its words; under them, on a line
/// of its own, the certificate's number when there is one, so the whole
/// number is always printed. Both sit in one panel as wide as the longer
/// line. Returns the panel's bottom.
fn status_panel(c: &mut Canvas, model: &LabelModel, words: &Words) -> f32 {
    let (text, colour, glyph) = status(model, words);
    let size = 22.0;
    let r = STATUS_H / 2.0;
    let top = STATUS_TOP;
    let cy = top + r;
    let text_x = M + 2.0 * r + 8.0;
    let room = RIGHT - 16.0 - text_x;
    let shown = measure::truncate(&text, size, true, room);
    let mut widest = measure::width(&shown, size, true);
    let number = model.certificate_id.as_deref().map(|id| {
        let line = certificate_line(words, id);
        let size = CERTIFICATE_SIZES
            .into_iter()
            .find(|s| measure::width(&line, *s, false) <= room)
            .unwrap_or(MIN_TEXT);
        // Only a number longer than any the registry makes is cut.
        let line = measure::truncate(&line, size, false, room);
        widest = widest.max(measure::width(&line, size, false));
        (line, size)
    });
    let h = STATUS_H
        + if number.is_some() {
            CERTIFICATE_LEADING
        } else {
            0.0
        };
    let panel = text_x - M + widest + 16.0;
    c.push(html! {
        rect x=(num(M)) y=(num(top)) width=(num(panel)) height=(num(h)) rx=(num(r)) fill=(PANEL) {}
        circle cx=(num(M + r)) cy=(num(cy)) r=(num(r - 4.0)) fill=(colour) {}
    });
    c.push(draw(glyph, M + r - 10.0, cy - 10.0, 20.0, PAPER, 3.2));
    c.line(text_x, cy + 8.0, &shown, Style::new(size, true, INK), room);
    if let Some((line, size)) = number {
        c.line(
            text_x,
            cy + 8.0 + CERTIFICATE_LEADING,
            &line,
            Style::new(size, false, MUTED),
            room,
        );
    }
    top + h
}

/// The certificate's number as the label prints it (`No. IM-…`).
fn certificate_line(words: &Words, id: &str) -> String {
    words.with("label-certificate", &[("id", measure::clean(id).into())])
}

/// (c) The largest fact: until when security updates come.
/// Returns the panel's bottom.
fn support_panel(c: &mut Canvas, model: &LabelModel, words: &Words, top: f32) -> f32 {
    let ended = model.support.days_left.is_some_and(|d| d < 0);
    let committed = model.support.end_date.is_some() && !ended;
    let (bg, icon, icon_colour) = if committed {
        (BRAND_TINT, Icon::Shield, BRAND)
    } else {
        (CAUTION_BG, Icon::Warning, STATUS_CAUTION)
    };
    let x = M + 92.0;
    let room = RIGHT - 16.0 - x;
    // What the panel says, and how tall that makes it.
    let mut text: Vec<(f32, String, Style)> = Vec::new();
    let h = match model.support.end_date {
        Some(end) => {
            let (key, colour) = if ended {
                ("label-support-ended", INK)
            } else {
                ("label-support-until", BRAND)
            };
            // The heading, on two lines if it must be.
            let heading = measure::wrap(&words.get(key), 23.0, true, room, 2);
            let extra = 27.0 * (heading.len() - 1) as f32;
            for (i, l) in heading.into_iter().enumerate() {
                text.push((36.0 + 27.0 * i as f32, l, Style::new(23.0, true, colour)));
            }
            let date = words.date(end);
            match [56.0, 50.0, 44.0, 38.0]
                .into_iter()
                .find(|s| measure::width(&date, *s, true) <= room)
            {
                Some(size) => text.push((92.0 + extra, date, Style::new(size, true, INK))),
                None => {
                    for (i, l) in measure::wrap(&date, 30.0, true, room, 2)
                        .into_iter()
                        .enumerate()
                    {
                        text.push((
                            72.0 + extra + 33.0 * i as f32,
                            l,
                            Style::new(30.0, true, INK),
                        ));
                    }
                }
            }
            SUPPORT_H + extra
        }
        None => {
            let heading = words.get("label-support-none");
            let detail = words.get("label-support-none-detail");
            let mut y = 0.0;
            match [30.0, 27.0, 24.0]
                .into_iter()
                .find(|s| measure::width(&heading, *s, true) <= room)
            {
                Some(size) => {
                    y = 40.0;
                    text.push((y, heading, Style::new(size, true, INK)));
                }
                None => {
                    for l in measure::wrap(&heading, 26.0, true, room, 2) {
                        y += if y == 0.0 { 38.0 } else { 31.0 };
                        text.push((y, l, Style::new(26.0, true, INK)));
                    }
                }
            }
            y += 6.0;
            for l in measure::wrap(&detail, 22.0, false, room, 3) {
                y += 26.0;
                text.push((y, l, Style::new(22.0, false, INK)));
            }
            (y + 20.0).max(SUPPORT_H)
        }
    };
    c.push(html! {
        rect x=(num(M)) y=(num(top)) width=(num(CONTENT)) height=(num(h)) rx="16" fill=(bg) {}
    });
    c.push(draw(
        icon,
        M + 14.0,
        top + h / 2.0 - 30.0,
        60.0,
        icon_colour,
        1.7,
    ));
    for (dy, line, st) in text {
        c.line(x, top + dy, &line, st, room);
    }
    top + h
}

/// (d) The facts, one row each: icon, heading in bold, value; rows take the
/// lines they need, close up when the label runs short of room, and take
/// fewer lines only when closing up is not enough.
fn fact_rows(c: &mut Canvas, model: &LabelModel, words: &Words, top: f32, bottom: f32) {
    let facts = facts(model, words);
    let x = M + 48.0;
    let room = RIGHT - x;
    let flows: Vec<Inline> = facts
        .iter()
        .map(|f| {
            let mut flow = Inline::default();
            flow.text(&f.heading, true);
            flow.pieces.extend(
                f.value
                    .pieces
                    .iter()
                    .enumerate()
                    .map(|(i, p)| clone_piece(p, i == 0)),
            );
            flow
        })
        .collect();
    let rows = facts.len() as f32;
    let lines_height = |layouts: &[FlowLayout]| -> f32 {
        layouts
            .iter()
            .map(|l| FACT_LEADING * l.lines.len() as f32)
            .sum()
    };
    let height = |layouts: &[FlowLayout], pad: f32| 2.0 * pad * rows + lines_height(layouts);
    let available = bottom - top;
    let mut layouts: Vec<FlowLayout> = flows
        .iter()
        .map(|f| f.layout(room, 3, FACT_SIZE, FACT_LEADING))
        .collect();
    // Out of room even with the rows closed up: take a line from the
    // tallest row, again and again.
    while height(&layouts, FACT_MIN_PAD) > available {
        let Some((i, lines)) = layouts
            .iter()
            .map(|l| l.lines.len())
            .enumerate()
            .filter(|(_, n)| *n > 1)
            .max_by_key(|(i, n)| (*n, usize::MAX - i))
        else {
            break;
        };
        layouts[i] = flows[i].layout(room, lines - 1, FACT_SIZE, FACT_LEADING);
    }
    // Short of room: close the rows up as far as they must go; else share
    // what room is left as more space between them.
    let pad = if height(&layouts, FACT_PAD) > available {
        ((available - lines_height(&layouts)) / (2.0 * rows)).max(FACT_MIN_PAD)
    } else {
        FACT_PAD
    };
    let slack = ((available - height(&layouts, pad)) / rows).clamp(0.0, 16.0);
    let mut y = top;
    for (i, (fact, layout)) in facts.iter().zip(&layouts).enumerate() {
        let row_pad = pad + slack / 2.0;
        if i > 0 {
            c.push(html! {
                line x1=(num(M)) y1=(num(y)) x2=(num(RIGHT)) y2=(num(y)) stroke=(RULE) stroke-width="1.5" {}
            });
        }
        let baseline = y + row_pad + FACT_LEADING * 0.5 + FACT_SIZE * 0.36;
        c.push(draw(
            fact.icon,
            M,
            baseline - FACT_SIZE * 0.36 - 17.0,
            34.0,
            BRAND,
            1.8,
        ));
        c.flow(x, baseline, layout);
        y += 2.0 * row_pad + FACT_LEADING * layout.lines.len() as f32;
    }
}

/// A copy of a piece; the first value piece follows the heading after a
/// space.
fn clone_piece(p: &Piece, first: bool) -> Piece {
    match p {
        Piece::Word { text, bold, space } => Piece::Word {
            text: text.clone(),
            bold: *bold,
            space: *space || first,
        },
        Piece::Item {
            icon,
            colour,
            text,
            space,
        } => Piece::Item {
            icon: *icon,
            colour,
            text: text.clone(),
            space: *space || first,
        },
    }
}

/// (e) The footer: product, model, firmware, maker; the QR code with the
/// words to scan it and the address. Laid out from the bottom up; returns
/// its top.
fn footer(c: &mut Canvas, model: &LabelModel, words: &Words) -> f32 {
    let p = &model.product;
    // The QR code's quiet zone keeps the text clear of the code.
    let qr_x = RIGHT - QR_SIZE + 12.0;
    let room = qr_x - 8.0 - M;
    let url = url_without_scheme(&model.registry_url);
    let url_lines = measure::wrap(url, 22.0, false, room, 2);
    let name_lines = if measure::width(&measure::clean(&p.product_name), 25.0, true) <= room {
        1
    } else {
        2
    };
    let model_words = words.with(
        "label-model",
        &[("model", measure::clean(&p.product_model).into())],
    );
    let firmware = words.with(
        "label-firmware",
        &[("version", measure::clean(&p.firmware_version).into())],
    );
    let both = format!("{model_words} · {firmware}");
    let details = if measure::width(&both, 22.0, false) <= room {
        vec![both]
    } else {
        vec![model_words, firmware]
    };
    // Baselines, from the top of the footer.
    let name_h = 36.0 + 27.0 * (name_lines - 1) as f32;
    let maker_y = name_h + 26.0;
    let details_y = maker_y + 25.0;
    let scan_y = details_y + 25.0 * (details.len() - 1) as f32 + 30.0;
    let url_y = scan_y + 25.0;
    let last = url_y + 25.0 * (url_lines.len() - 1) as f32;
    let top = (FOOTER_BOTTOM - last).min(H - 14.0 - QR_SIZE - 12.0);
    c.push(html! {
        line x1=(num(M)) y1=(num(top)) x2=(num(RIGHT)) y2=(num(top)) stroke=(RULE) stroke-width="1.5" {}
    });
    let x = M;
    if name_lines == 1 {
        c.line(
            x,
            top + 36.0,
            &p.product_name,
            Style::new(25.0, true, INK),
            room,
        );
    } else {
        c.para(
            x,
            top + 36.0,
            room,
            2,
            27.0,
            Style::new(23.0, true, INK),
            &p.product_name,
        );
    }
    c.line(
        x,
        top + maker_y,
        &p.manufacturer_name,
        Style::new(22.0, false, INK),
        room,
    );
    for (i, l) in details.iter().enumerate() {
        c.line(
            x,
            top + details_y + 25.0 * i as f32,
            l,
            Style::new(22.0, false, MUTED),
            room,
        );
    }
    c.line(
        x,
        top + scan_y,
        &words.get("label-scan"),
        Style::new(22.0, true, BRAND),
        room,
    );
    for (i, l) in url_lines.iter().enumerate() {
        c.line(
            x,
            top + url_y + 25.0 * i as f32,
            l,
            Style::new(22.0, false, MUTED),
            room,
        );
    }
    qr(c, &model.registry_url, qr_x, H - 12.0 - QR_SIZE, QR_SIZE);
    top
}

// ---------------------------------------------------------------------------
// The compact variant: 300 × 120 px.

fn compact_canvas(model: &LabelModel, words: &Words) -> Canvas {
    let mut c = Canvas::new();
    let (w, h) = COMPACT_PX;
    c.push(html! {
        rect width=(num(w)) height=(num(h)) rx="10.5" fill=(PAPER) {}
        path d="M0 10.5A10.5 10.5 0 0 1 10.5 0H80V120H10.5A10.5 10.5 0 0 1 0 109.5Z" fill=(BRAND) {}
    });
    // The mark.
    c.push(emblem(24.0, 5.0, 32.0, PAPER, BRAND));
    c.line(
        40.0,
        52.0,
        "iotmark",
        Style::new(15.0, true, PAPER).anchor(Anchor::Middle),
        72.0,
    );
    let bar = 10.0;
    let gap = 4.0;
    let x0 = 40.0 - (3.0 * bar + 2.0 * gap) / 2.0;
    for step in 1..=MAX_LEVEL {
        let i = f32::from(step - 1);
        let height = 7.0 + 4.5 * i;
        let reached = step <= model.mark.level;
        let (fill, stroke) = if reached {
            (PAPER, "none")
        } else {
            ("none", PAPER)
        };
        c.push(html! {
            rect x=(num(x0 + i * (bar + gap) + 0.5)) y=(num(73.0 - height + 0.5)) width=(num(bar - 1.0))
                height=(num(height - 1.0)) rx="1.5" fill=(fill) stroke=(stroke) stroke-width="1" {}
        });
    }
    // The level and its name, the name on two lines if it must be.
    let name = Style::new(10.5, false, PAPER).anchor(Anchor::Middle);
    if model.mark.level == 0 {
        c.para(
            40.0,
            89.0,
            72.0,
            3,
            12.0,
            Style::new(10.5, true, PAPER).anchor(Anchor::Middle),
            &model.mark.level_name,
        );
    } else {
        let level = words.with("label-level-short", &[("level", model.mark.level.into())]);
        c.line(
            40.0,
            89.0,
            &level,
            Style::new(11.0, true, PAPER).anchor(Anchor::Middle),
            72.0,
        );
        c.para(40.0, 102.0, 72.0, 2, 12.0, name, &model.mark.level_name);
    }

    // The support period, beside the QR code.
    let x = 90.0;
    let qr_size = 62.0;
    let room = w - qr_size - 4.0 - x;
    match model.support.end_date {
        Some(end) if model.support.days_left.is_none_or(|d| d >= 0) => {
            c.line(
                x,
                19.0,
                &words.get("label-compact-until"),
                Style::new(11.0, false, MUTED),
                room,
            );
            let date = words.month_year(end);
            let size = [20.0, 18.0, 16.0, 14.0]
                .into_iter()
                .find(|s| measure::width(&date, *s, true) <= room)
                .unwrap_or(13.0);
            c.line(x, 41.0, &date, Style::new(size, true, INK), room);
        }
        _ => {
            c.push(html! {
                rect x=(num(x - 4.0)) y="6" width=(num(room + 4.0)) height="42" rx="6" fill=(CAUTION_BG) {}
            });
            c.push(draw(Icon::Warning, x, 10.0, 16.0, STATUS_CAUTION, 2.2));
            let text = if model.support.end_date.is_some() {
                words.get("label-support-ended")
            } else {
                words.get("label-compact-none")
            };
            c.para(
                x + 20.0,
                22.0,
                room - 22.0,
                2,
                14.0,
                Style::new(11.5, true, INK),
                &text,
            );
        }
    }
    qr(&mut c, &model.registry_url, w - qr_size - 3.0, 3.0, qr_size);

    // The status, under both.
    let (text, colour, glyph) = status(model, words);
    c.push(html! { circle cx=(num(x + 6.0)) cy="64" r="6" fill=(colour) {} });
    c.push(draw(glyph, x + 1.5, 59.5, 9.0, PAPER, 3.4));
    c.line(
        x + 16.0,
        68.0,
        &text,
        Style::new(10.5, true, INK),
        w - 8.0 - x - 16.0,
    );

    // Four facts, icon and caption, in two rows of two.
    let sensors = model.sensors.len();
    let sold = match model.data.sold {
        Some(false) => "label-short-data-not-sold",
        Some(true) => "label-short-data-sold",
        None => "label-short-data-not-disclosed",
    };
    let items = [
        (
            Icon::Update,
            words.get(&format!("label-short-update-{}", model.updates.name())),
        ),
        (
            model
                .sensors
                .first()
                .map_or(Icon::Sensor, |s| sensor_icon(s)),
            words.with("label-short-sensors", &[("count", sensors.into())]),
        ),
        (
            Icon::Offline,
            words.get(&format!(
                "label-short-offline-{}",
                availability_name(model.works_offline)
            )),
        ),
        (Icon::Share, words.get(sold)),
    ];
    let col = (w - 6.0 - x) / 2.0;
    for (i, (icon, caption)) in items.iter().enumerate() {
        let cx = x + col * (i % 2) as f32;
        let cy = 86.0 + 22.0 * (i / 2) as f32;
        c.push(draw(*icon, cx, cy - 8.0, 16.0, BRAND, 2.0));
        let room = col - 22.0;
        let size = [10.5, 10.0, 9.5]
            .into_iter()
            .find(|s| measure::width(caption, *s, false) <= room)
            .unwrap_or(9.0);
        c.line(
            cx + 19.0,
            cy + 4.0,
            caption,
            Style::new(size, false, INK),
            room,
        );
    }
    c.push(html! {
        rect x="0.5" y="0.5" width=(num(w - 1.0)) height=(num(h - 1.0)) rx="10" fill="none" stroke=(BRAND) stroke-width="1" {}
    });
    c
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_flow_wraps_and_cuts() {
        let mut f = Inline::default();
        f.text("Heading", true)
            .text("one two three four five six", false);
        let l = f.layout(100.0, 2, 10.0, 12.0);
        assert_eq!(l.lines.len(), 2);
        let l = f.layout(60.0, 2, 10.0, 12.0);
        assert_eq!(l.lines.len(), 2);
        let Some(Placed::Text { runs, .. }) = l.lines[1].last() else {
            panic!("text")
        };
        assert!(
            runs.last()
                .is_some_and(|(t, _)| t.ends_with(measure::ELLIPSIS))
        );
    }

    #[test]
    fn urls_lose_their_scheme() {
        assert_eq!(url_without_scheme("https://a.example/x"), "a.example/x");
        assert_eq!(url_without_scheme("http://a.example"), "a.example");
    }
}
