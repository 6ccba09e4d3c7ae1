//! The primary layer of the label: SVG snapshots of every example, the
//! document's accessibility, the QR code read back from the PNG, the PNG
//! against a reference rendering, the PDF, and hostile text.
//!
//! Tests that need fonts (the reference PNG) say so and skip when the fonts
//! are missing, and fail under `CI=true`. The Debian packages they need:
//! `fonts-noto-core fonts-noto-cjk` (and `poppler-utils` for the PDF check).

#[path = "label/html.rs"]
mod html;

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use chrono::NaiveDate;
use iotmark_catalog::Catalog;
use iotmark_label::raster::{self, Fonts};
use iotmark_label::svg;
use iotmark_label::text::Words;
use iotmark_label::{
    Availability, Certificate, LabelModel, LabelOptions, MarkStatus, UpdatePolicy,
};
use resvg::tiny_skia::Pixmap;

// ---------------------------------------------------------------------------
// Helpers

/// Every example, with the second language its snapshot is taken in.
const EXAMPLES: &[(&str, &str)] = &[
    ("connected-toy", "de"),
    ("fitness-watch", "es"),
    ("home-camera", "fr"),
    ("smart-lock", "de"),
    ("smart-plug", "ja"),
    ("smart-speaker", "ja"),
];

fn catalog() -> &'static Catalog {
    Catalog::embedded().expect("embedded catalog")
}

fn date() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 1).expect("date")
}

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn words(lang: &str) -> Words<'static> {
    Words::new(catalog().text_in(lang).expect("language"))
}

/// The label model of an example, assessed on the examples' date (the
/// declaration alone: no evidence is analysed).
fn model_with(example: &str, lang: &str, options: &LabelOptions) -> LabelModel {
    let path = root()
        .join("examples")
        .join(example)
        .join("declaration.yaml");
    let bytes = std::fs::read(&path).expect("example declaration");
    let decl = iotmark_declaration::load(&path.display().to_string(), &bytes).expect("valid");
    let a = iotmark_assess::assess(catalog(), &iotmark_assess::Input::new(&decl, date()));
    let texts = catalog().text_in(lang).expect("language");
    LabelModel::resolve(catalog(), texts, &decl, &a, options)
}

fn model(example: &str, lang: &str) -> LabelModel {
    model_with(example, lang, &LabelOptions::default())
}

/// Whether we run in CI, where a missing tool or font is a failure.
fn in_ci() -> bool {
    std::env::var("CI").is_ok_and(|v| v == "true" || v == "1")
}

/// Skips a test (returns true) when something it needs is missing, saying
/// so; under CI that is a failure.
fn missing(what: &str) -> bool {
    assert!(!in_ci(), "{what} is missing, and CI=true requires it");
    eprintln!("SKIPPED (what needs it): {what} is missing");
    true
}

/// The system's fonts, when the ones the label is drawn with are there.
fn fonts() -> Option<&'static Fonts> {
    static FONTS: OnceLock<Fonts> = OnceLock::new();
    let fonts = FONTS.get_or_init(Fonts::system);
    let needed = ["Noto Sans", "Noto Sans CJK JP"];
    let absent: Vec<&str> = needed.iter().copied().filter(|f| !fonts.has(f)).collect();
    if absent.is_empty() {
        Some(fonts)
    } else {
        missing(&format!(
            "the fonts {absent:?} (Debian: fonts-noto-core fonts-noto-cjk)"
        ));
        None
    }
}

/// Grey levels of a pixel map, transparent pixels white.
fn grey(p: &Pixmap) -> Vec<u8> {
    p.pixels()
        .iter()
        .map(|c| {
            let c = c.demultiply();
            if c.alpha() == 0 {
                255
            } else {
                let l = 0.299 * f32::from(c.red())
                    + 0.587 * f32::from(c.green())
                    + 0.114 * f32::from(c.blue());
                l.round() as u8
            }
        })
        .collect()
}

/// The contents of every QR code found in a PNG.
fn read_qr(png: &[u8]) -> Vec<String> {
    let p = Pixmap::decode_png(png).expect("a PNG");
    let (w, h) = (p.width() as usize, p.height() as usize);
    let g = grey(&p);
    let mut img = rqrr::PreparedImage::prepare_from_greyscale(w, h, |x, y| g[y * w + x]);
    img.detect_grids()
        .iter()
        .filter_map(|grid| grid.decode().ok().map(|(_, text)| text))
        .collect()
}

/// Parses an SVG and checks what every label document must have.
fn check_document(svg: &str, lang: &str) {
    let doc = roxmltree::Document::parse(svg).unwrap_or_else(|e| panic!("{e}\n{svg}"));
    let root = doc.root_element();
    assert_eq!(root.tag_name().name(), "svg");
    assert_eq!(root.attribute("role"), Some("img"));
    assert_eq!(root.attribute("lang"), Some(lang));
    assert_eq!(
        root.attribute(("http://www.w3.org/XML/1998/namespace", "lang")),
        Some(lang)
    );
    assert_eq!(root.attribute("font-family"), Some(svg::FONT_FAMILY));
    let labelled = root.attribute("aria-labelledby").expect("aria-labelledby");
    for id in labelled.split_whitespace() {
        let node = doc
            .descendants()
            .find(|n| n.attribute("id") == Some(id))
            .unwrap_or_else(|| panic!("no element with id {id}"));
        assert!(matches!(node.tag_name().name(), "title" | "desc"));
        assert!(
            !node.text().unwrap_or_default().trim().is_empty(),
            "{id} is empty"
        );
    }
    let first: Vec<&str> = root
        .children()
        .filter(|n| n.is_element())
        .take(2)
        .map(|n| n.tag_name().name())
        .collect();
    assert_eq!(first, ["title", "desc"]);
    assert!(
        doc.descendants()
            .all(|n| !matches!(n.tag_name().name(), "script" | "foreignObject")),
        "no script in a label"
    );
}

/// Every line of the primary layer is at least 6 pt at print size (a
/// unit is 0.1 mm; 6 pt is 2.12 mm).
fn check_print_size(lines: &[svg::TextLine]) {
    for l in lines {
        assert!(l.size >= 21.2, "{:?} is set at {} units", l.text(), l.size);
    }
}

fn check_lines_fit(lines: &[svg::TextLine]) {
    for l in lines {
        assert!(
            l.fits(),
            "{:?} is {:.1} wide in a box of {:.1}",
            l.text(),
            l.width(),
            l.max_width
        );
    }
}

/// The boxes of the drawn text of an SVG, from its `<text>` elements and
/// the width estimate: (left, top, right, bottom, text).
fn text_boxes(svg: &str) -> Vec<(f32, f32, f32, f32, String)> {
    let doc = roxmltree::Document::parse(svg).expect("parses");
    let number = |n: roxmltree::Node, name: &str| -> f32 {
        n.attribute(name)
            .and_then(|v| v.parse().ok())
            .unwrap_or_else(|| panic!("{name} of {n:?}"))
    };
    let mut out = Vec::new();
    for t in doc.descendants().filter(|n| n.has_tag_name("text")) {
        let (x, y, size) = (number(t, "x"), number(t, "y"), number(t, "font-size"));
        let bold = |n: roxmltree::Node| {
            n.ancestors()
                .any(|a| a.attribute("font-weight") == Some("700"))
        };
        let mut text = String::new();
        let mut width = 0.0;
        for run in t.descendants().filter(|n| n.is_text()) {
            let s = run.text().unwrap_or_default();
            text.push_str(s);
            width += svg::measure::width(s, size, bold(run));
        }
        let left = match t.attribute("text-anchor") {
            Some("middle") => x - width / 2.0,
            Some("end") => x - width,
            _ => x,
        };
        // From the top of a capital (or a CJK character) to the bottom of
        // a descender.
        out.push((left, y - 0.8 * size, left + width, y + 0.22 * size, text));
    }
    out
}

/// No two lines of text drawn overlap, and all lie on the label.
fn check_no_overlap(svg: &str, (w, h): (f32, f32), context: &str) {
    let boxes = text_boxes(svg);
    for (i, a) in boxes.iter().enumerate() {
        assert!(
            a.0 >= 0.0 && a.1 >= 0.0 && a.2 <= w && a.3 <= h,
            "{context}: {:?} is off the label",
            a.4
        );
        for b in &boxes[i + 1..] {
            let apart = a.2 <= b.0 || b.2 <= a.0 || a.3 <= b.1 || b.3 <= a.1;
            assert!(apart, "{context}: {:?} overlaps {:?}", a.4, b.4);
        }
    }
}

// ---------------------------------------------------------------------------
// (a) Snapshots and (b) well-formed, accessible documents

#[test]
fn primary_svg_of_every_example() {
    for (example, other) in EXAMPLES {
        for lang in ["en", other] {
            let m = model(example, lang);
            let w = words(lang);
            let svg = svg::primary(&m, &w);
            check_document(&svg, lang);
            check_lines_fit(&svg::primary_lines(&m, &w));
            check_print_size(&svg::primary_lines(&m, &w));
            assert!(svg.contains(r#"width="60mm" height="90mm""#));
            insta::assert_snapshot!(format!("primary-{example}-{lang}"), svg);
        }
    }
}

#[test]
fn compact_svg() {
    for (example, lang) in [("home-camera", "en"), ("smart-plug", "ja")] {
        let m = model(example, lang);
        let w = words(lang);
        let svg = svg::compact(&m, &w);
        check_document(&svg, lang);
        check_lines_fit(&svg::compact_lines(&m, &w));
        assert!(svg.contains(r#"width="300" height="120""#));
        insta::assert_snapshot!(format!("compact-{example}-{lang}"), svg);
    }
    // Every other example and language still fits.
    for (example, other) in EXAMPLES {
        for lang in ["en", "fr", "de", "es", "ja", other] {
            let m = model(example, lang);
            let w = words(lang);
            check_document(&svg::compact(&m, &w), lang);
            check_lines_fit(&svg::compact_lines(&m, &w));
        }
    }
}

#[test]
fn every_language_fits_every_example() {
    for (example, _) in EXAMPLES {
        for lang in iotmark_catalog::LANGUAGES {
            let m = model(example, lang);
            let w = words(lang);
            let svg = svg::primary(&m, &w);
            check_document(&svg, lang);
            check_lines_fit(&svg::primary_lines(&m, &w));
            check_no_overlap(&svg, (600.0, 900.0), &format!("{example} {lang}"));
            // No message key is left untranslated on the label.
            assert!(!svg.contains(">label-"), "{example} {lang}: a raw key");
        }
    }
}

#[test]
fn no_example_is_cut_short_in_any_language() {
    for (example, _) in EXAMPLES {
        for lang in iotmark_catalog::LANGUAGES {
            let m = model(example, lang);
            let w = words(lang);
            for (layer, lines) in [
                ("primary", svg::primary_lines(&m, &w)),
                ("compact", svg::compact_lines(&m, &w)),
            ] {
                for l in lines {
                    assert!(
                        !l.text().contains('…'),
                        "{example} {lang} {layer}: {:?} is cut short",
                        l.text()
                    );
                    assert!(l.size >= 9.0, "{example} {lang} {layer}: {:?}", l.text());
                }
            }
        }
    }
}

#[test]
fn the_description_names_every_fact() {
    let m = model("home-camera", "en");
    let svg = svg::primary(&m, &words("en"));
    let doc = roxmltree::Document::parse(&svg).expect("parses");
    let desc = doc
        .descendants()
        .find(|n| n.has_tag_name("desc"))
        .and_then(|n| n.text())
        .expect("desc")
        .to_owned();
    for needle in [
        "Mark level 1 of 3",
        "Self-assessed",
        "Security updates until 30 April 2029",
        "Updates: Automatic, always on.",
        "Sensors: Camera, Microphone, Motion.",
        "Shared with: authorities, service providers",
        "Not sold",
        "Without internet: Works in part.",
        "Without an account: Does not work.",
        "Repair: Spare parts: 2 years",
        "Lumière Cam Indoor 2K, Model LH-CI200, Firmware 3.2.7, Lumière Home SAS.",
        "https://registry.iotmark.org/p/55h67yvw6b",
    ] {
        assert!(desc.contains(needle), "{needle:?} not in {desc:?}");
    }
}

#[test]
fn every_status_is_shown_in_words() {
    for (status, words_en) in [
        (MarkStatus::Valid, "Certified · valid"),
        (MarkStatus::Suspended, "Certificate suspended"),
        (MarkStatus::Revoked, "Certificate revoked"),
        (MarkStatus::Expired, "Certificate expired"),
        (MarkStatus::SelfAssessed, "Self-assessed · not certified"),
    ] {
        let options = LabelOptions {
            certificate: (status != MarkStatus::SelfAssessed).then(|| Certificate {
                id: "IM-2026-00042".to_owned(),
                status,
            }),
            ..LabelOptions::default()
        };
        let m = model_with("smart-lock", "en", &options);
        let svg = svg::primary(&m, &words("en"));
        check_document(&svg, "en");
        assert!(svg.contains(words_en), "{status:?}");
        if status != MarkStatus::SelfAssessed {
            assert!(svg.contains("IM-2026-00042"));
        }
        check_lines_fit(&svg::primary_lines(&m, &words("en")));
        check_lines_fit(&svg::compact_lines(&m, &words("en")));
    }
}

#[test]
fn primary_svg_with_a_certificate() {
    let options = LabelOptions {
        certificate: Some(Certificate {
            id: "IM-rvyf5jsyc7-20261101-2".to_owned(),
            status: MarkStatus::Valid,
        }),
        ..LabelOptions::default()
    };
    for lang in ["en", "de"] {
        let m = model_with("smart-lock", lang, &options);
        let w = words(lang);
        let svg = svg::primary(&m, &w);
        check_document(&svg, lang);
        check_lines_fit(&svg::primary_lines(&m, &w));
        check_print_size(&svg::primary_lines(&m, &w));
        check_no_overlap(&svg, (600.0, 900.0), lang);
        insta::assert_snapshot!(format!("primary-smart-lock-{lang}-certified"), svg);
    }
}

/// Every status a certificate can have on the label.
const STATUSES: [MarkStatus; 5] = [
    MarkStatus::Valid,
    MarkStatus::Suspended,
    MarkStatus::Revoked,
    MarkStatus::Expired,
    MarkStatus::SelfAssessed,
];

/// The longest certificate numbers the registry makes (`IM-`, the product's
/// ten-character id, the date, and a count when a product is certified more
/// than once a day): with the widest characters of the id's alphabet, and a
/// real one.
const LONGEST_CERTIFICATES: [&str; 3] = [
    "IM-mmmmmmmmmm-20261103-99",
    "IM-wwwwwwwwww-20261231-99",
    "IM-55h67yvw6b-20261103-2",
];

#[test]
fn the_longest_certificate_number_is_printed_whole() {
    for (example, _) in EXAMPLES {
        for lang in iotmark_catalog::LANGUAGES {
            let w = words(lang);
            for status in STATUSES {
                for id in LONGEST_CERTIFICATES {
                    let options = LabelOptions {
                        certificate: Some(Certificate {
                            id: id.to_owned(),
                            status,
                        }),
                        ..LabelOptions::default()
                    };
                    let m = model_with(example, lang, &options);
                    let svg = svg::primary(&m, &w);
                    check_document(&svg, lang);
                    let context = format!("{example} {lang} {status:?} {id}");
                    check_no_overlap(&svg, (600.0, 900.0), &context);
                    let lines = svg::primary_lines(&m, &w);
                    check_lines_fit(&lines);
                    check_print_size(&lines);
                    // The number, whole, on a line of its own.
                    let number = lines
                        .iter()
                        .find(|l| l.text().contains(id))
                        .unwrap_or_else(|| panic!("{context}: no line has the whole number"));
                    assert!(
                        number.size >= 21.2,
                        "{context}: the number is set at {} units",
                        number.size
                    );
                    let status_words = w.get(&format!("label-status-{}", status.name()));
                    assert!(
                        !number.text().contains(&status_words),
                        "{context}: the number shares its line with the status"
                    );
                    // The drawn SVG text carries it whole, at that size.
                    let doc = roxmltree::Document::parse(&svg).expect("parses");
                    let text = doc
                        .descendants()
                        .filter(|n| n.has_tag_name("text"))
                        .find(|n| n.text().is_some_and(|t| t.contains(id)))
                        .unwrap_or_else(|| panic!("{context}: no <text> has the number"));
                    let size: f32 = text
                        .attribute("font-size")
                        .and_then(|s| s.parse().ok())
                        .expect("a font size");
                    assert!(size >= 21.2, "{context}: drawn at {size}");
                    // The status words, and every other line, whole too.
                    assert!(
                        lines.iter().any(|l| l.text() == status_words),
                        "{context}: the status {status_words:?} is not shown whole"
                    );
                    for l in &lines {
                        assert!(
                            !l.text().contains('…'),
                            "{context}: {:?} is cut short",
                            l.text()
                        );
                    }
                }
            }
        }
    }
}

// ---------------------------------------------------------------------------
// (c) The QR code, read back from the PNG

#[test]
fn the_qr_code_reads_back_as_the_registry_url() {
    // The QR code needs no fonts.
    let fonts = Fonts::empty();
    for (example, lang) in [("home-camera", "en"), ("smart-plug", "ja")] {
        let m = model(example, lang);
        let png = raster::png(&svg::primary(&m, &words(lang)), 300.0, &fonts).expect("png");
        assert_eq!(
            read_qr(&png),
            std::slice::from_ref(&m.registry_url),
            "{example}"
        );
    }
    let options = LabelOptions {
        certificate: Some(Certificate {
            id: "IM-2026-00042".to_owned(),
            status: MarkStatus::Valid,
        }),
        registry_base: "https://labels.example.org/iotmark/".to_owned(),
    };
    let m = model_with("smart-lock", "de", &options);
    assert_eq!(
        m.registry_url, "https://labels.example.org/iotmark/p/rvyf5jsyc7",
        "the QR code leads to the product's page, which shows its certificate"
    );
    assert_eq!(m.certificate_id.as_deref(), Some("IM-2026-00042"));
    let png = raster::png(&svg::primary(&m, &words("de")), 300.0, &fonts).expect("png");
    assert_eq!(read_qr(&png), std::slice::from_ref(&m.registry_url));
    // The compact variant's small code, at a screen's 3× density.
    let png = raster::png(&svg::compact(&m, &words("de")), 288.0, &fonts).expect("png");
    assert_eq!(read_qr(&png), std::slice::from_ref(&m.registry_url));
}

// ---------------------------------------------------------------------------
// (d) The PNG against a reference rendering

#[test]
fn png_matches_the_reference_rendering() {
    let Some(fonts) = fonts() else { return };
    let m = model("home-camera", "en");
    let png = raster::png(&svg::primary(&m, &words("en")), 300.0, fonts).expect("png");
    let got = Pixmap::decode_png(&png).expect("decodes");
    assert_eq!((got.width(), got.height()), (709, 1063));
    let reference = root().join("crates/label/tests/data/home-camera.en.png");
    if std::env::var("IOTMARK_BLESS").is_ok_and(|v| v == "1") {
        std::fs::write(&reference, &png).expect("write the reference");
        eprintln!("wrote {}", reference.display());
        return;
    }
    let Ok(bytes) = std::fs::read(&reference) else {
        panic!(
            "no reference rendering at {}: run the test with IOTMARK_BLESS=1 to write it",
            reference.display()
        );
    };
    let want = Pixmap::decode_png(&bytes).expect("reference decodes");
    assert_eq!((want.width(), want.height()), (got.width(), got.height()));
    let (a, b) = (grey(&got), grey(&want));
    let differing = a
        .iter()
        .zip(&b)
        .filter(|(x, y)| x.abs_diff(**y) > 48)
        .count();
    let share = differing as f64 / a.len() as f64;
    assert!(
        share < 0.005,
        "{:.3} % of the pixels differ from {}: look at the new rendering, and bless it with IOTMARK_BLESS=1 if it is right",
        share * 100.0,
        reference.display()
    );
}

// ---------------------------------------------------------------------------
// (e) The PDF

#[test]
fn pdf_renders_and_is_not_blank() {
    let fonts = match fonts() {
        Some(f) => f.clone(),
        None => Fonts::empty(),
    };
    let m = model("smart-speaker", "ja");
    let pdf = raster::pdf(&svg::primary(&m, &words("ja")), &fonts).expect("pdf");
    assert!(pdf.starts_with(b"%PDF-"));
    let dir = tempfile::tempdir().expect("temporary directory");
    let input = dir.path().join("label.pdf");
    std::fs::write(&input, &pdf).expect("write");
    let out = dir.path().join("page");
    let run = std::process::Command::new("pdftoppm")
        .args(["-png", "-r", "100", "-singlefile"])
        .arg(&input)
        .arg(&out)
        .output();
    let Ok(run) = run else {
        missing("pdftoppm (Debian: poppler-utils)");
        return;
    };
    assert!(
        run.status.success(),
        "pdftoppm failed: {}",
        String::from_utf8_lossy(&run.stderr)
    );
    let page = Pixmap::decode_png(&std::fs::read(out.with_extension("png")).expect("page"))
        .expect("decodes");
    // 60 × 90 mm at 100 dpi (236.2 × 354.3 pixels, rounded either way).
    assert!(page.width().abs_diff(236) <= 1 && page.height().abs_diff(354) <= 1);
    let dark = grey(&page).iter().filter(|g| **g < 128).count();
    assert!(dark > 1000, "the PDF page is blank ({dark} dark pixels)");
}

// ---------------------------------------------------------------------------
// (f) Hostile text and empty facts

/// A model whose text tries everything, and whose facts are all unknown.
fn hostile() -> LabelModel {
    let mut m = model("smart-plug", "en");
    m.product.product_name = format!(
        "<script>alert(1)</script> & \"quoted\" 'name' {}",
        "Ünïcödé-Wörter ".repeat(40)
    )
    .chars()
    .take(500)
    .collect();
    assert_eq!(m.product.product_name.chars().count(), 500);
    m.product.manufacturer_name =
        "شركة الأجهزة الذكية \u{202e}evil\u{202c} מוצרים חכמים בע״מ".to_owned();
    m.product.product_model = "👩‍👩‍👧‍👦🔒📷 LH-<b>200</b>".repeat(8);
    m.product.firmware_version = "1.0.0-beta+\u{7}\n\t&amp;".to_owned();
    m.mark.level_name =
        "Ein sehr, sehr langer Stufenname, der nie auf das Etikett passt".to_owned();
    m.certificate_id = Some("<img src=x onerror=alert(1)>".repeat(5));
    m.status = MarkStatus::Revoked;
    m.support.end_date = None;
    m.support.days_left = None;
    m.updates = UpdatePolicy::NotDisclosed;
    m.sensors = vec![
        "camera".into(),
        "microphone".into(),
        "location".into(),
        "motion".into(),
        "presence".into(),
        "biometric".into(),
        "health".into(),
        "environmental".into(),
        "contact".into(),
        "light".into(),
        "nfc".into(),
        "<script>x</script>".into(),
    ];
    m.data.shared = None;
    m.data.sold = None;
    m.data.recipients.clear();
    m.works_offline = Availability::NotDisclosed;
    m.works_without_account = Availability::NotDisclosed;
    m.repair = iotmark_label::Repair {
        spare_parts_years: None,
        repair_manual: None,
        replaceable_battery: None,
        has_battery: None,
    };
    m
}

#[test]
fn hostile_text_is_escaped_and_fits() {
    let m = hostile();
    for lang in ["en", "ja"] {
        let w = words(lang);
        for (svg, lines) in [
            (svg::primary(&m, &w), svg::primary_lines(&m, &w)),
            (svg::compact(&m, &w), svg::compact_lines(&m, &w)),
        ] {
            check_document(&svg, "en");
            assert!(!svg.contains("<script"));
            assert!(!svg.contains("<img"));
            assert!(!svg.contains("<b>"));
            assert!(svg.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quoted&quot;"));
            assert!(
                !svg.contains('\u{202e}'),
                "no bidi override reaches the label"
            );
            check_lines_fit(&lines);
        }
        let lines = svg::primary_lines(&m, &w);
        check_print_size(&lines);
        let all: String = lines.iter().map(|l| l.text()).collect();
        assert!(all.contains("<script>alert(1)</script> &"), "{all}");
        assert!(all.contains("شركة الأجهزة الذكية"));
        assert!(all.contains('…'), "the long name is cut with an ellipsis");
    }
}

#[test]
fn a_label_with_nothing_declared_still_says_so() {
    let mut m = hostile();
    m.product.product_name = String::new();
    m.product.manufacturer_name = String::new();
    m.product.product_model = String::new();
    m.product.firmware_version = String::new();
    m.sensors.clear();
    m.certificate_id = None;
    m.status = MarkStatus::SelfAssessed;
    m.mark.level = 0;
    let w = words("en");
    let svg = svg::primary(&m, &w);
    check_document(&svg, "en");
    for needle in [
        "No security update commitment",
        "No sensors",
        "Sharing not disclosed",
        "Spare parts not disclosed",
        "Self-assessed",
    ] {
        assert!(svg.contains(needle), "{needle}");
    }
    check_lines_fit(&svg::primary_lines(&m, &w));
    check_document(&svg::compact(&m, &w), "en");
}

#[test]
fn hostile_labels_render() {
    let fonts = match fonts() {
        Some(f) => f.clone(),
        None => Fonts::empty(),
    };
    let m = hostile();
    let w = words("en");
    let png = raster::png(&svg::primary(&m, &w), 150.0, &fonts).expect("png");
    assert!(png.starts_with(b"\x89PNG"));
    let pdf = raster::pdf(&svg::compact(&m, &w), &fonts).expect("pdf");
    assert!(pdf.starts_with(b"%PDF-"));
}

// ---------------------------------------------------------------------------
// Previews to look at: `IOTMARK_LABEL_PREVIEW=/tmp/labels cargo test -p
// iotmark-label --test label preview` writes every example's PNGs there.

#[test]
fn preview() {
    let Ok(dir) = std::env::var("IOTMARK_LABEL_PREVIEW") else {
        return;
    };
    let Some(fonts) = fonts() else { return };
    let dir = PathBuf::from(dir);
    std::fs::create_dir_all(&dir).expect("preview directory");
    for (example, _) in EXAMPLES {
        for lang in iotmark_catalog::LANGUAGES {
            let m = model(example, lang);
            let w = words(lang);
            let primary = svg::primary(&m, &w);
            let compact = svg::compact(&m, &w);
            let write = |name: String, bytes: Vec<u8>| {
                std::fs::write(dir.join(name), bytes).expect("write preview");
            };
            write(
                format!("{example}.{lang}.svg"),
                primary.clone().into_bytes(),
            );
            write(
                format!("{example}.{lang}.png"),
                raster::png(&primary, 300.0, fonts).expect("png"),
            );
            write(
                format!("{example}.{lang}.compact.png"),
                raster::png(&compact, 288.0, fonts).expect("png"),
            );
        }
    }
    // With a certificate: the widest number in every status, and a real
    // one.
    for (example, _) in EXAMPLES {
        for lang in iotmark_catalog::LANGUAGES {
            let cases = STATUSES
                .iter()
                .map(|s| (*s, LONGEST_CERTIFICATES[0], s.name()))
                .chain([(MarkStatus::Valid, LONGEST_CERTIFICATES[2], "certified")]);
            for (status, id, name) in cases {
                let options = LabelOptions {
                    certificate: Some(Certificate {
                        id: id.to_owned(),
                        status,
                    }),
                    ..LabelOptions::default()
                };
                let m = model_with(example, lang, &options);
                let png = raster::png(&svg::primary(&m, &words(lang)), 300.0, fonts).expect("png");
                std::fs::write(dir.join(format!("{example}.{lang}.{name}.png")), png)
                    .expect("write preview");
            }
        }
    }
    let m = hostile();
    std::fs::write(
        dir.join("hostile.en.png"),
        raster::png(&svg::primary(&m, &words("en")), 300.0, fonts).expect("png"),
    )
    .expect("write");
    std::fs::write(
        dir.join("hostile.en.compact.png"),
        raster::png(&svg::compact(&m, &words("en")), 288.0, fonts).expect("png"),
    )
    .expect("write");
}
