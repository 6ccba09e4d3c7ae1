//! The secondary layer of the label: the full web page the QR code leads to,
//! and the same content as a fragment the registry embeds in its own pages.
//!
//! Consumers first, experts second. The page opens with the product, its
//! mark level and status, and the key facts of the primary layer (the end of
//! security support the most prominent); then the support period as a
//! timeline, every area with its grade and every criterion with its verdict,
//! the basis of the verdict and the engine's explanation; the known
//! vulnerabilities; what the next level needs; and how the criteria cover
//! other schemes. Scheme references sit in `<details>` for experts.
//!
//! **Invariants.**
//! - Every text of the model goes through maud's escaping; the only
//!   unescaped text is this module's own stylesheet. A link is made only of
//!   an `http(s)` URL; anything else is shown as text.
//! - No JavaScript, no external resources: one self-contained document with
//!   inline CSS, readable on a phone, printable, and meeting WCAG 2.2 AA
//!   (colours from [`crate::palette`], no fact carried by colour alone,
//!   landmarks, headings in order, `lang` on English explanations).
//! - Every word shown comes from the `label-web-*` Fluent messages
//!   (`locales/<lang>/label-web.ftl`), or from the model.
//! - The output is well-formed XML apart from the doctype and the `<meta>`
//!   elements of the page's head (void elements, which maud writes without
//!   a closing slash); the tests parse it that way.

use std::sync::OnceLock;

use chrono::{Datelike, NaiveDate};
use fluent_bundle::FluentValue;
use iotmark_model::{Basis, Status};
use maud::{DOCTYPE, Markup, PreEscaped, html};

use crate::model::{
    AreaGrade, Availability, CriterionLine, LabelModel, MAX_LEVEL, MarkStatus, VulnerabilityLine,
};
use crate::palette;
use crate::text::Words;

/// The class of the root element; every CSS rule is scoped under it.
pub const ROOT_CLASS: &str = "iotmark-label";

/// A standalone HTML5 document: the label's secondary layer.
pub fn page(model: &LabelModel, words: &Words<'_>) -> String {
    let view = View::new(model, words, 1);
    let title = view.t_with(
        "title",
        &[("product", model.product.product_name.clone().into())],
    );
    let doc = html! {
        (DOCTYPE)
        html lang=(model.lang) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                meta name="color-scheme" content="light";
                title { (title) }
                style { (PreEscaped(stylesheet())) }
            }
            body class=(ROOT_CLASS) {
                a.skip href="#label-main" { (view.t("skip")) }
                header.lh { (view.header()) }
                (view.nav())
                main #label-main .wrap { (view.body()) }
                footer.lf { (view.footer()) }
            }
        }
    };
    let mut out = doc.into_string();
    out.push('\n');
    out
}

/// The label's content for embedding: one `<article class="iotmark-label">`
/// with its own scoped `<style>`, no `<html>`, `<head>` or `<body>`, and no
/// `<main>` (the host page has one). Its headings start at `<h2>`, under
/// the host page's `<h1>`.
pub fn fragment(model: &LabelModel, words: &Words<'_>) -> String {
    let view = View::new(model, words, 2);
    let doc = html! {
        article class=(ROOT_CLASS) lang=(model.lang) {
            style { (PreEscaped(stylesheet())) }
            header.lh { (view.header()) }
            (view.nav())
            div #label-main .wrap { (view.body()) }
            footer.lf { (view.footer()) }
        }
    };
    let mut out = doc.into_string();
    out.push('\n');
    out
}

/// The timeline's colour for time already passed (a graphic, not text: it
/// needs 3:1 against the page, and has 3.0:1).
const PAST: &str = "#8c959f";

/// The label's CSS, every rule scoped under [`ROOT_CLASS`]; for a host page
/// that prefers to serve it once in its `<head>`.
pub fn stylesheet() -> &'static str {
    static CSS: OnceLock<String> = OnceLock::new();
    CSS.get_or_init(build_stylesheet)
}

fn build_stylesheet() -> String {
    use palette::*;
    let mut css = format!(
        ".iotmark-label{{--ink:{INK};--muted:{MUTED};--paper:{PAPER};--panel:{PANEL};--brand:{BRAND};\
         --link:{LINK};--caution-bg:{CAUTION_BG};--ok:{STATUS_OK};--caution:{STATUS_CAUTION};\
         --danger:{STATUS_DANGER};--line:#d1d9e0;--past:{PAST}}}"
    );
    css.push_str(RULES);
    for (grade, colour) in GRADES {
        css.push_str(&format!(
            ".iotmark-label .grade-{}{{background:{colour}}}",
            grade.to_ascii_lowercase()
        ));
    }
    css.push_str(&format!(
        ".iotmark-label .sev-high{{background:{}}}",
        GRADES[3].1
    ));
    // The "assessed on" note above the timeline, at the day's place in steps
    // of 5 % (classes, not inline styles: pages with a strict
    // Content-Security-Policy show it too).
    for step in (0..=100).step_by(5) {
        css.push_str(&format!(
            ".iotmark-label .tl-at-{step}{{left:{step}%;transform:translateX(-{step}%)}}"
        ));
    }
    css.push('\n');
    css
}

/// The stylesheet's fixed rules (colours come from the variables above).
/// No `<` or `&` in here: the output must stay well-formed XML.
const RULES: &str = r#"
.iotmark-label{color:var(--ink);background:var(--paper);font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue","Noto Sans","Hiragino Sans","Noto Sans CJK JP","Yu Gothic UI",sans-serif;font-size:1rem;line-height:1.6;overflow-wrap:anywhere;-webkit-text-size-adjust:100%;text-size-adjust:100%}
body.iotmark-label{margin:0}
.iotmark-label *,.iotmark-label ::before,.iotmark-label ::after{box-sizing:border-box}
.iotmark-label .wrap,.iotmark-label .lh,.iotmark-label .lf,.iotmark-label .toc{max-width:50rem;margin-inline:auto;padding-inline:1rem}
.iotmark-label h1,.iotmark-label h2,.iotmark-label h3,.iotmark-label h4,.iotmark-label h5,.iotmark-label h6{color:inherit;font-family:inherit;line-height:1.3;margin:0 0 .5rem}
.iotmark-label .h-product{font-size:clamp(1.6rem,6vw,2.25rem);margin:.25rem 0 .75rem}
.iotmark-label .h-section{font-size:1.45rem;margin-top:2.75rem;padding-bottom:.35rem;border-bottom:2px solid var(--brand)}
.iotmark-label .h-area{font-size:1.2rem;margin:0}
.iotmark-label .h-item{font-size:1.05rem;margin:0}
.iotmark-label p{margin:.5rem 0}
.iotmark-label a{color:var(--link);text-underline-offset:.15em}
.iotmark-label a:focus-visible,.iotmark-label summary:focus-visible,.iotmark-label [tabindex]:focus-visible{outline:3px solid var(--link);outline-offset:2px;border-radius:3px}
.iotmark-label .vh{position:absolute;width:1px;height:1px;margin:-1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
.iotmark-label .skip{position:absolute;left:.5rem;top:-5rem;background:var(--paper);padding:.75rem 1rem;z-index:1}
.iotmark-label .skip:focus{top:.5rem}
.iotmark-label .brand{margin:0 0 .75rem;padding:.55rem 1rem;border-radius:0 0 10px 10px;background:var(--brand);color:var(--paper);font-weight:700;letter-spacing:.02em}
.iotmark-label .lh{padding-top:0}
.iotmark-label .meta{display:grid;grid-template-columns:repeat(auto-fill,minmax(10rem,1fr));gap:.5rem 1.5rem;margin:0 0 1rem}
.iotmark-label .meta dt{font-size:.9rem}
.iotmark-label .meta dt{color:var(--muted)}
.iotmark-label dd{margin:0}
.iotmark-label .mark{display:grid;grid-template-columns:repeat(auto-fit,minmax(15rem,1fr));gap:1.25rem;background:var(--panel);border-radius:12px;padding:1rem 1.25rem;margin:1rem 0}
.iotmark-label .k{display:block;color:var(--muted);font-size:.85rem;font-weight:700;letter-spacing:.03em;text-transform:uppercase}
.iotmark-label .scale{display:flex;gap:.35rem;list-style:none;margin:.4rem 0;padding:0;max-width:14rem}
.iotmark-label .scale li{flex:1;text-align:center;padding:.2rem 0;border:2px solid var(--brand);border-radius:6px;color:var(--brand);background:var(--paper);font-weight:800}
.iotmark-label .scale li.on{background:var(--brand);color:var(--paper)}
.iotmark-label .scale.void li{border-color:var(--muted);color:var(--muted)}.iotmark-label .scale.void li.on{background:var(--muted);color:var(--paper);text-decoration:line-through}
.iotmark-label .level{margin:.2rem 0 0;font-weight:600}
.iotmark-label .level-name{display:block;font-size:1.5rem;font-weight:800;color:var(--brand);line-height:1.25}
.iotmark-label .level-name.below{color:var(--ink)}.iotmark-label .level-name.void{color:var(--muted)}
.iotmark-label .status{display:inline-flex;align-items:center;gap:.45rem;margin:.4rem 0;padding:.2rem .85rem .2rem .35rem;border-radius:999px;color:var(--paper);font-weight:700}
.iotmark-label .status .sym{display:inline-flex;align-items:center;justify-content:center;width:1.5rem;height:1.5rem;border-radius:50%;background:var(--paper);font-size:.9rem}
.iotmark-label .status-ok{background:var(--ok)}.iotmark-label .status-ok .sym{color:var(--ok)}
.iotmark-label .status-caution{background:var(--caution)}.iotmark-label .status-caution .sym{color:var(--caution)}
.iotmark-label .status-danger{background:var(--danger)}.iotmark-label .status-danger .sym{color:var(--danger)}
.iotmark-label .small{font-size:.95rem}
.iotmark-label .registry{margin:.75rem 0 0}
.iotmark-label .url{word-break:break-all}
.iotmark-label .alert{background:var(--caution-bg);border-left:6px solid var(--danger);border-radius:8px;padding:.75rem 1rem;margin:1rem 0}
.iotmark-label .alert p{margin:0 0 .25rem;font-weight:700}
.iotmark-label .alert ul{margin:0;padding-left:1.25rem}
.iotmark-label .caution{background:var(--caution-bg);border-left:6px solid var(--caution);border-radius:8px;padding:.75rem 1rem;margin:1rem 0}
.iotmark-label .toc{margin-block:1.5rem}
.iotmark-label .toc>div{background:var(--panel);border-radius:12px;padding:1rem 1.25rem}
.iotmark-label .toc .h-toc{font-size:1.1rem;margin:0 0 .25rem}
.iotmark-label .toc ol{margin:0;padding-left:1.25rem}
.iotmark-label .toc a{display:inline-block;padding:.3rem 0}
.iotmark-label .toc .toc-areas{list-style:none;padding:0;margin:0 0 .35rem;display:grid;grid-template-columns:repeat(auto-fill,minmax(16rem,1fr));gap:0 1.5rem}
.iotmark-label .toc .toc-areas a{display:flex;align-items:center;gap:.6rem;padding:.25rem 0;text-decoration:none}
.iotmark-label .toc .toc-areas a span:last-child{text-decoration:underline}
.iotmark-label .toc-areas,.iotmark-label .fact,.iotmark-label th,.iotmark-label .h-area,.iotmark-label .h-item{hyphens:auto;-webkit-hyphens:auto}
.iotmark-label .grade{display:inline-flex;align-items:center;justify-content:center;flex:none;min-width:1.9em;height:1.9em;padding:0 .3em;border-radius:6px;color:var(--paper);font-weight:800;line-height:1;background:var(--danger)}
.iotmark-label .grade-big{font-size:1.6rem;min-width:2.4em;height:2.4em;border-radius:12px}
.iotmark-label .facts{display:grid;grid-template-columns:repeat(2,minmax(0,1fr));gap:.75rem;margin:1rem 0}
@media (min-width:40rem){.iotmark-label .facts{grid-template-columns:repeat(3,minmax(0,1fr))}.iotmark-label .fact-repair{grid-column:span 2}}
.iotmark-label .fact{background:var(--panel);border-radius:10px;padding:.75rem 1rem}
.iotmark-label .fact dt{color:var(--muted);font-size:.9rem;font-weight:700}
.iotmark-label .fact dd{margin:.2rem 0 0;font-weight:600}
.iotmark-label .fact ul{margin:0;padding-left:1.1rem}
.iotmark-label .fact-support{grid-column:1/-1;background:var(--paper);border:2px solid var(--brand)}
.iotmark-label .fact-support .big{font-size:clamp(1.6rem,7vw,2.25rem);font-weight:800;color:var(--brand);line-height:1.2}
.iotmark-label .fact-support.warn{background:var(--caution-bg);border-color:var(--caution)}
.iotmark-label .fact-support.warn .big{color:var(--ink)}
.iotmark-label .fact .note{font-weight:400}
.iotmark-label .timeline{margin:1.25rem 0}
.iotmark-label .tl-now{margin:0 0 .2rem;font-size:.95rem}
.iotmark-label .tl-now>span{display:inline-block;position:relative}
.iotmark-label .timeline svg{display:block;width:100%;height:2.5rem}
.iotmark-label .tl-ends{display:flex;justify-content:space-between;gap:1rem;margin:.35rem 0 0;font-size:.95rem}
.iotmark-label .tl-ends div:last-child{text-align:right}
.iotmark-label .tl-ends dt,.iotmark-label .tl-now .k{font-size:.8rem}
.iotmark-label .tl-ends dd{font-weight:600}
.iotmark-label .swatches{display:flex;flex-wrap:wrap;gap:.25rem 1.5rem;list-style:none;margin:.75rem 0 0;padding:0;font-size:.9rem;color:var(--muted)}
.iotmark-label .swatch{display:inline-block;width:1.6em;height:.75em;border-radius:3px;margin-right:.45em;vertical-align:middle}
.iotmark-label .sw-past{background:var(--past)}.iotmark-label .sw-left{background:var(--brand)}
.iotmark-label .scroll{overflow-x:auto;margin:1rem 0;border:1px solid var(--line);border-radius:10px}
.iotmark-label table{border-collapse:collapse;width:100%;font-size:.95rem;overflow-wrap:normal}
.iotmark-label .scroll table{min-width:32rem}
.iotmark-label caption{text-align:left;font-weight:700;padding:.6rem .75rem}
.iotmark-label th,.iotmark-label td{padding:.5rem .75rem;border-top:1px solid var(--line);text-align:left;vertical-align:middle}
.iotmark-label thead th{background:var(--panel);color:var(--muted);font-size:.85rem}
.iotmark-label .num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.iotmark-label .area{margin-top:2.25rem}
.iotmark-label .area-head{display:flex;align-items:center;gap:1rem}
.iotmark-label .area-head p{margin:.1rem 0 0;color:var(--muted)}
.iotmark-label .counts{color:var(--muted);font-size:.95rem}
.iotmark-label .criteria{list-style:none;margin:1rem 0 0;padding:0}
.iotmark-label .criterion{display:grid;grid-template-columns:2rem minmax(0,1fr);gap:0 .85rem;padding:.9rem 1rem;margin:.6rem 0;border:1px solid var(--line);border-radius:10px;break-inside:avoid}
.iotmark-label .criterion>div>p{margin:.3rem 0}
.iotmark-label .sym-v{display:inline-flex;align-items:center;justify-content:center;width:2rem;height:2rem;border-radius:50%;color:var(--paper);font-weight:800}
.iotmark-label .st-met .sym-v{background:var(--ok)}
.iotmark-label .st-not_met .sym-v{background:var(--danger)}
.iotmark-label .st-unknown .sym-v{background:var(--caution)}
.iotmark-label .st-not_applicable .sym-v{background:var(--muted)}
.iotmark-label .st-not_applicable .h-item{color:var(--muted)}
.iotmark-label .verdict{font-weight:700}
.iotmark-label .basis{color:var(--muted)}
.iotmark-label .criterion.contradicted{border:2px solid var(--danger);background:var(--caution-bg)}
.iotmark-label .basis-contradicted{display:inline-block;padding:0 .5rem;border-radius:4px;background:var(--danger);color:var(--paper);font-weight:700}
.iotmark-label .reason{font-size:.95rem;color:var(--muted)}
.iotmark-label code{font-family:ui-monospace,"SFMono-Regular",Menlo,Consolas,"Noto Sans Mono",monospace;font-size:.9em}
.iotmark-label .contradicted .reason{color:var(--ink)}
.iotmark-label details{margin-top:.3rem;font-size:.95rem}
.iotmark-label summary{cursor:pointer;color:var(--link);padding:.2rem 0}
.iotmark-label details dl{display:grid;grid-template-columns:max-content minmax(0,1fr);gap:.2rem .75rem;margin:.4rem 0 0}
.iotmark-label details dt{color:var(--muted)}
.iotmark-label .contradicted details dt{color:var(--ink)}
.iotmark-label .vulns{list-style:none;margin:1rem 0 0;padding:0}
.iotmark-label .vuln{padding:.9rem 1rem;margin:.6rem 0;border:1px solid var(--line);border-left:6px solid var(--danger);border-radius:10px;break-inside:avoid}
.iotmark-label .vuln.suppressed{border-left-color:var(--muted)}
.iotmark-label .vuln dl{display:grid;grid-template-columns:max-content minmax(0,1fr);gap:.2rem .75rem;margin:.5rem 0 0}
.iotmark-label .vuln dt{color:var(--muted)}
.iotmark-label .tags{display:flex;flex-wrap:wrap;gap:.4rem;margin:.5rem 0}
.iotmark-label .tag{padding:.1rem .65rem;border-radius:999px;color:var(--paper);font-size:.9rem;font-weight:700}
.iotmark-label .sev-critical,.iotmark-label .kev{background:var(--danger)}
.iotmark-label .sev-medium{background:var(--caution)}
.iotmark-label .sev-low,.iotmark-label .sev-unknown,.iotmark-label .tag-suppressed{background:var(--muted)}
.iotmark-label .missing{padding-left:1.25rem}
.iotmark-label .missing li{margin:.3rem 0}
.iotmark-label .lf{margin-top:3rem;padding-block:1.25rem 2rem;border-top:1px solid var(--line);color:var(--muted);font-size:.95rem}
@media print{
.iotmark-label{font-size:10pt;line-height:1.45;print-color-adjust:exact;-webkit-print-color-adjust:exact}
.iotmark-label .toc,.iotmark-label .skip{display:none}
.iotmark-label .h-section,.iotmark-label .h-area,.iotmark-label .h-item{break-after:avoid}
.iotmark-label .criterion,.iotmark-label .vuln,.iotmark-label .fact,.iotmark-label .area-head,.iotmark-label tr,.iotmark-label .timeline{break-inside:avoid}
.iotmark-label a[href^="http"]:not(.url)::after{content:" (" attr(href) ")";word-break:break-all}
.iotmark-label .scroll{overflow:visible;border:0}
.iotmark-label .scroll table{min-width:0}
.iotmark-label .criterion,.iotmark-label .vuln{display:block;position:relative;margin:0;padding:.5rem 0 .5rem 2.25rem;border:0;border-bottom:1px solid var(--line);border-radius:0}
.iotmark-label .criterion.contradicted{border:2px solid var(--danger);padding-right:.5rem}
.iotmark-label .sym-v{position:absolute;left:0;top:.55rem;width:1.6rem;height:1.6rem}
.iotmark-label .vuln{padding-left:.75rem;border-left:4px solid var(--danger)}
.iotmark-label caption,.iotmark-label thead{break-after:avoid}
.iotmark-label summary{color:var(--ink);list-style:none}
.iotmark-label details::details-content{content-visibility:visible;display:block}
}
"#;

/// Renders one model with one language's words.
struct View<'a> {
    m: &'a LabelModel,
    w: &'a Words<'a>,
    /// The product heading's level: 1 on the page, 2 in a fragment.
    top: u8,
}

impl<'a> View<'a> {
    fn new(m: &'a LabelModel, w: &'a Words<'a>, top: u8) -> View<'a> {
        View { m, w, top }
    }

    /// A `label-web-*` message.
    fn t(&self, key: &str) -> String {
        self.w.get(&format!("label-web-{key}"))
    }

    fn t_with(&self, key: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        self.w.with(&format!("label-web-{key}"), args)
    }

    /// A declaration value in words (`label-web-<kind>-<value>`), or the
    /// value itself when there is no message for it.
    fn term(&self, kind: &str, value: &str) -> String {
        let key = format!("label-web-{kind}-{value}");
        let text = self.w.get(&key);
        if text == key { value.to_owned() } else { text }
    }

    fn list(&self, items: impl IntoIterator<Item = String>) -> String {
        items
            .into_iter()
            .collect::<Vec<_>>()
            .join(&self.t("list-separator"))
    }

    /// `lang="en"` for the engine's English text, when the page is not in
    /// English.
    fn english(&self) -> Option<&'static str> {
        (!is_english(&self.m.lang)).then_some("en")
    }

    // ---------------------------------------------------------------- header

    fn header(&self) -> Markup {
        let m = self.m;
        let p = &m.product;
        let level = m.mark.level.min(MAX_LEVEL);
        let contradicted: Vec<&CriterionLine> = m
            .criteria
            .iter()
            .filter(|c| c.basis == Some(Basis::Contradicted))
            .collect();
        let (status_class, symbol) = status_style(m.status);
        // A suspended, revoked or expired mark keeps its level on record but
        // is not in force: its scale is drawn greyed.
        let in_force = matches!(m.status, MarkStatus::Valid | MarkStatus::SelfAssessed);
        html! {
            p.brand { (self.t("brand")) }
            (heading(self.top, "label-product", "h-product", html! { bdi { (p.product_name) } }))
            dl.meta {
                div { dt { (self.t("manufacturer")) } dd { bdi { (p.manufacturer_name) } } }
                div { dt { (self.t("model")) } dd { bdi { (p.product_model) } } }
                div { dt { (self.t("firmware")) } dd { bdi { (p.firmware_version) } } }
                @if let Some(hw) = p.hardware_version.as_deref().filter(|h| !h.trim().is_empty()) {
                    div { dt { (self.t("hardware")) } dd { bdi { (hw) } } }
                }
                @if let Some(date) = p.release_date {
                    div { dt { (self.t("released")) } dd { (self.w.date(date)) } }
                }
            }
            div.mark {
                div {
                    span.k { (self.t("mark")) } " "
                    ol.scale.void[!in_force] role="img" aria-label=(self.t_with("scale", &[("level", level.into()), ("max", MAX_LEVEL.into())])) {
                        @for step in 1..=MAX_LEVEL {
                            @if step <= level { li.on { (step) } } @else { li { (step) } }
                        }
                    }
                    p.level {
                        (self.t_with("level", &[("level", level.into()), ("max", MAX_LEVEL.into())]))
                        " "
                        span.level-name.below[level == 0].void[!in_force] { (m.mark.level_name) }
                    }
                }
                div {
                    span.k { (self.t("status")) } " "
                    p.status.(status_class) {
                        span.sym aria-hidden="true" { (symbol) }
                        (self.t(&format!("status-{}", m.status.name())))
                    }
                    p.small { (self.t(&format!("status-{}-note", m.status.name()))) }
                    @if let Some(id) = m.certificate_id.as_deref() {
                        p.small { (self.t("certificate")) " " bdi { code { (id) } } }
                    }
                }
            }
            p.registry {
                span.k { (self.t("registry")) } " "
                (link(&m.registry_url))
            }
            @if !contradicted.is_empty() {
                div.alert role="note" {
                    p { (self.t_with("contradicted", &[("count", contradicted.len().into())])) }
                    ul {
                        @for c in &contradicted {
                            li { a href=(format!("#{}", criterion_anchor(&c.id))) { (c.title) } }
                        }
                    }
                }
            }
        }
    }

    // ------------------------------------------------------------------- nav

    fn nav(&self) -> Markup {
        let h = self.top + 1;
        html! {
            nav.toc aria-labelledby="label-contents" {
                div {
                    (heading(h, "label-contents", "h-toc", html! { (self.t("contents")) }))
                    ol {
                        li { a href="#label-facts" { (self.t("facts")) } }
                        li { a href="#label-support" { (self.t("support")) } }
                        li {
                            a href="#label-areas" { (self.t("areas")) }
                            @if !self.m.areas.is_empty() {
                            ul.toc-areas {
                                @for area in &self.m.areas {
                                    li {
                                        a href=(format!("#{}", area_anchor(&area.id))) {
                                            (grade_badge(self, area.grade, ""))
                                            span { (area.name) }
                                        }
                                    }
                                }
                            }
                            }
                        }
                        li { a href="#label-vulnerabilities" { (self.t("vulnerabilities")) } }
                        li { a href="#label-next" { (self.t("next")) } }
                        li { a href="#label-schemes" { (self.t("schemes")) } }
                    }
                }
            }
        }
    }

    // ------------------------------------------------------------------ body

    fn body(&self) -> Markup {
        html! {
            (self.facts())
            (self.support())
            (self.areas())
            (self.vulnerabilities())
            (self.next_level())
            (self.schemes())
        }
    }

    fn section(&self, id: &str, title: &str, content: Markup) -> Markup {
        let heading_id = format!("{id}-h");
        html! {
            section #(id) aria-labelledby=(heading_id) {
                (heading(self.top + 1, &heading_id, "h-section", html! { (title) }))
                (content)
            }
        }
    }

    // ------------------------------------------------------------- key facts

    fn facts(&self) -> Markup {
        let m = self.m;
        let not_disclosed = self.t("not-disclosed");
        let sensors = if m.sensors.is_empty() {
            self.t("sensors-none")
        } else {
            capitalised(self.list(m.sensors.iter().map(|s| self.term("sensor", s))))
        };
        let actuators = if m.actuators.is_empty() {
            self.t("actuators-none")
        } else {
            capitalised(self.list(m.actuators.iter().map(|s| self.term("actuator", s))))
        };
        let shared = match m.data.shared {
            Some(true) if m.data.recipients.is_empty() => self.t("shared-yes-unnamed"),
            Some(true) => {
                let recipients =
                    self.list(m.data.recipients.iter().map(|r| self.term("recipient", r)));
                self.t_with("shared-yes", &[("recipients", recipients.into())])
            }
            Some(false) => self.t("shared-no"),
            None => not_disclosed.clone(),
        };
        let sold = match m.data.sold {
            Some(true) => self.t("sold-yes"),
            Some(false) => self.t("sold-no"),
            None => not_disclosed.clone(),
        };
        let content = html! {
            dl.facts {
                (self.support_fact())
                div.fact { dt { (self.t("fact-updates")) } dd { (self.t(&format!("updates-{}", m.updates.name()))) } }
                div.fact { dt { (self.t("fact-sensors")) } dd { (sensors) } }
                div.fact { dt { (self.t("fact-actuators")) } dd { (actuators) } }
                div.fact { dt { (self.t("fact-shared")) } dd { (shared) } }
                div.fact { dt { (self.t("fact-sold")) } dd { (sold) } }
                div.fact { dt { (self.t("fact-offline")) } dd { (self.availability(m.works_offline)) } }
                div.fact { dt { (self.t("fact-account")) } dd { (self.availability(m.works_without_account)) } }
                div.fact.fact-repair { dt { (self.t("fact-repair")) } dd { ul { @for line in self.repair() { li { (line) } } } } }
            }
        };
        self.section("label-facts", &self.t("facts"), content)
    }

    fn support_fact(&self) -> Markup {
        let s = &self.m.support;
        let today = self.m.mark.assessment_date;
        match s.end_date {
            None => html! {
                div.fact.fact-support.warn {
                    dt { (self.t("fact-support")) }
                    dd.big { (self.t("support-none")) }
                    dd.note { (self.t("support-none-note")) }
                }
            },
            Some(end) => {
                let ended = end < today;
                html! {
                    div.fact.fact-support.warn[ended] {
                        dt { (self.t("fact-support")) }
                        dd.big { (self.w.date(end)) }
                        dd.note { (self.remaining(today, end)) }
                    }
                }
            }
        }
    }

    /// How long support lasts after the assessment, or how long ago it ended.
    fn remaining(&self, today: NaiveDate, end: NaiveDate) -> String {
        if end == today {
            self.t("support-last-day")
        } else if end > today {
            let duration = self.duration(today, end);
            self.t_with("support-left", &[("duration", duration.into())])
        } else {
            let duration = self.duration(end, today);
            self.t_with("support-ended", &[("duration", duration.into())])
        }
    }

    /// The time from `from` to `to` (`to` later) in years and months, or in
    /// days when it is less than a month.
    fn duration(&self, from: NaiveDate, to: NaiveDate) -> String {
        let months = whole_months(from, to);
        let (years, months) = (months / 12, months % 12);
        let y = || self.t_with("duration-years", &[("count", years.into())]);
        let mo = || self.t_with("duration-months", &[("count", months.into())]);
        match (years, months) {
            (0, 0) => self.t_with("duration-days", &[("count", (to - from).num_days().into())]),
            (0, _) => mo(),
            (_, 0) => y(),
            _ => self.t_with(
                "duration-and",
                &[("years", y().into()), ("months", mo().into())],
            ),
        }
    }

    fn availability(&self, a: Availability) -> String {
        match a {
            Availability::Full => self.t("availability-full"),
            Availability::Partial => self.t("availability-partial"),
            Availability::None => self.t("availability-none"),
            Availability::NotDisclosed => self.t("not-disclosed"),
        }
    }

    fn repair(&self) -> Vec<String> {
        let r = &self.m.repair;
        let parts = match r.spare_parts_years {
            Some(0) => self.t("repair-parts-none"),
            Some(years) => self.t_with("repair-parts", &[("years", years.into())]),
            None => self.t("repair-parts-unknown"),
        };
        let manual = match r.repair_manual {
            Some(true) => self.t("repair-manual-yes"),
            Some(false) => self.t("repair-manual-no"),
            None => self.t("repair-manual-unknown"),
        };
        let battery = match (r.has_battery, r.replaceable_battery) {
            (Some(false), _) => self.t("repair-battery-none"),
            (_, Some(true)) => self.t("repair-battery-yes"),
            (_, Some(false)) => self.t("repair-battery-no"),
            (_, None) => self.t("repair-battery-unknown"),
        };
        vec![parts, manual, battery]
    }

    // -------------------------------------------------------------- timeline

    fn support(&self) -> Markup {
        let content = html! {
            p { (self.t("support-why")) }
            @match self.m.support.end_date {
                None => {
                    div.caution role="note" {
                        p { strong { (self.t("support-none")) } }
                        p { (self.t("support-none-note")) }
                    }
                }
                Some(end) => { (self.timeline(end)) }
            }
            @if let Some(url) = self.m.support.published_at.as_deref().filter(|u| !u.trim().is_empty()) {
                p.small {
                    span.k { (self.t("support-published")) } " "
                    (link(url))
                }
            }
        };
        self.section("label-support", &self.t("support"), content)
    }

    /// The support period as a bar from the release date (or the assessment
    /// date, when no release date was declared) to the end of support, with
    /// the assessment date marked on it.
    fn timeline(&self, end: NaiveDate) -> Markup {
        let today = self.m.mark.assessment_date;
        let release = self.m.product.release_date.filter(|r| *r <= end);
        let start = release.unwrap_or(today).min(end);
        let lo = start.min(today);
        let hi = end.max(today);
        let span = (hi - lo).num_days().max(1) as f64;
        let x = |d: NaiveDate| ((d - lo).num_days() as f64 / span * 1000.0).clamp(0.0, 1000.0);
        let (x_start, x_today, x_end) = (x(start), x(today), x(end));
        let past_end = x_today.min(x_end);
        let has_past = past_end > x_start;
        let has_left = x_end > x_today;
        // The note's point at `step` % of its own width sits at `step` % of
        // the bar, so it never leaves the bar's ends.
        let step = ((x_today / 50.0).round() * 5.0) as u32;
        let desc = self.t_with(
            "timeline-desc",
            &[
                ("start", self.w.date(start).into()),
                ("end", self.w.date(end).into()),
                ("today", self.w.date(today).into()),
            ],
        );
        html! {
            figure.timeline {
                @if release.is_some() {
                    p.tl-now aria-hidden="true" {
                        span class=(format!("tl-at-{step}")) {
                            span.k { (self.t("timeline-assessed")) } " "
                            (self.w.date(today))
                        }
                    }
                }
                svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1000 40" preserveAspectRatio="none" role="img" aria-labelledby="label-tl-title label-tl-desc" focusable="false" {
                    title #label-tl-title { (self.t("timeline-title")) }
                    desc #label-tl-desc { (desc) " " (self.remaining(today, end)) }
                    rect x="0" y="12" width="1000" height="16" fill=(palette::PANEL) {}
                    @if has_past {
                        rect x=(num(x_start)) y="12" width=(num(past_end - x_start)) height="16" fill=(PAST) {}
                    }
                    @if has_left {
                        rect x=(num(x_today)) y="12" width=(num(x_end - x_today)) height="16" fill=(palette::BRAND) {}
                    }
                    rect x=(num((x_today - 3.0).clamp(0.0, 994.0))) y="0" width="6" height="40" fill=(palette::INK) {}
                }
                figcaption {
                    dl.tl-ends {
                        div {
                            @if let Some(r) = release {
                                dt.k { (self.t("timeline-released")) }
                                dd { (self.w.date(r)) }
                            } @else {
                                dt.k { (self.t("timeline-assessed")) }
                                dd { (self.w.date(start)) }
                            }
                        }
                        div {
                            dt.k { (self.t("timeline-end")) }
                            dd { (self.w.date(end)) }
                        }
                    }
                    ul.swatches {
                        @if has_past {
                            li { span.swatch.sw-past aria-hidden="true" {} (self.t("timeline-past")) }
                        }
                        @if has_left {
                            li { span.swatch.sw-left aria-hidden="true" {} (self.t("timeline-left")) }
                        }
                    }
                    p { strong { (self.remaining(today, end)) } }
                }
            }
        }
    }

    // ----------------------------------------------------------------- areas

    fn areas(&self) -> Markup {
        let m = self.m;
        let known: Vec<&str> = m.areas.iter().map(|a| a.id.as_str()).collect();
        let mut orphans: Vec<&str> = Vec::new();
        for c in &m.criteria {
            if !known.contains(&c.area.as_str()) && !orphans.contains(&c.area.as_str()) {
                orphans.push(&c.area);
            }
        }
        let content = html! {
            p { (self.t("areas-intro")) }
            div.scroll role="region" aria-labelledby="label-grades-caption" tabindex="0" {
                table {
                    caption #label-grades-caption { (self.t("grades-caption")) }
                    thead {
                        tr {
                            th scope="col" { (self.t("col-area")) }
                            th scope="col" { (self.t("col-grade")) }
                            th.num scope="col" { (self.t("col-score")) }
                            th.num scope="col" { (self.t("col-met")) }
                            th.num scope="col" { (self.t("col-not-met")) }
                            th.num scope="col" { (self.t("col-unknown")) }
                            th.num scope="col" { (self.t("col-not-applicable")) }
                        }
                    }
                    tbody {
                        @for a in &m.areas {
                            tr {
                                th scope="row" { a href=(format!("#{}", area_anchor(&a.id))) { (a.name) } }
                                td { (grade_badge(self, a.grade, "")) }
                                td.num { (a.score) }
                                td.num { (a.met) }
                                td.num { (a.not_met) }
                                td.num { (a.unknown) }
                                td.num { (a.not_applicable) }
                            }
                        }
                    }
                }
            }
            @for a in &m.areas {
                (self.area(a))
            }
            @for area in orphans {
                section.area #(area_anchor(area)) {
                    (heading(self.top + 2, &format!("{}-h", area_anchor(area)), "h-area", html! { (area) }))
                    (self.criteria(area))
                }
            }
        };
        self.section("label-areas", &self.t("areas"), content)
    }

    fn area(&self, a: &AreaGrade) -> Markup {
        let anchor = area_anchor(&a.id);
        let heading_id = format!("{anchor}-h");
        html! {
            section.area #(anchor) aria-labelledby=(heading_id) {
                div.area-head {
                    (grade_badge(self, a.grade, "grade-big"))
                    div {
                        (heading(self.top + 2, &heading_id, "h-area", html! { (a.name) }))
                        p { (self.t_with("score", &[("score", a.score.into())])) }
                    }
                }
                @if !a.consumer.trim().is_empty() {
                    p { (a.consumer) }
                }
                p.counts {
                    (self.t_with("counts", &[
                        ("met", a.met.into()),
                        ("notmet", a.not_met.into()),
                        ("unknown", a.unknown.into()),
                        ("na", a.not_applicable.into()),
                    ]))
                }
                (self.criteria(&a.id))
            }
        }
    }

    fn criteria(&self, area: &str) -> Markup {
        html! {
            ol.criteria {
                @for c in self.m.criteria.iter().filter(|c| c.area == area) {
                    (self.criterion(c))
                }
            }
        }
    }

    fn criterion(&self, c: &CriterionLine) -> Markup {
        let contradicted = c.basis == Some(Basis::Contradicted);
        let status = c.status.as_str();
        let symbol = match c.status {
            Status::Met => "✓",
            Status::NotMet => "✗",
            Status::Unknown => "?",
            Status::NotApplicable => "–",
        };
        let references = self.references(c);
        // What a consumer reads first: the reason when something is wrong
        // or unknown; for a met criterion the reason (a declared field) is
        // for experts, and so is everything about one that does not apply.
        let prominent = contradicted || matches!(c.status, Status::NotMet | Status::Unknown);
        let applies = c.status != Status::NotApplicable;
        html! {
            li.criterion.(format!("st-{status}")).contradicted[contradicted] #(criterion_anchor(&c.id)) {
                span.sym-v aria-hidden="true" { (symbol) }
                div {
                    (heading(self.top + 3, &format!("{}-h", criterion_anchor(&c.id)), "h-item", html! { (c.title) }))
                    p {
                        span.verdict { (self.t(&format!("verdict-{status}"))) }
                        @if let Some(basis) = c.basis {
                            " · "
                            span.(format!("basis basis-{}", basis.as_str())) { (self.t(&format!("basis-{}", basis.as_str()))) }
                        }
                    }
                    @if !c.consumer.trim().is_empty() && applies {
                        p { (c.consumer) }
                    }
                    @if prominent && !c.explanation.trim().is_empty() {
                        (self.reason(c))
                    }
                    details {
                        summary { (self.t("expert")) }
                        @if !c.consumer.trim().is_empty() && !applies {
                            p { (c.consumer) }
                        }
                        @if !prominent && !c.explanation.trim().is_empty() {
                            (self.reason(c))
                        }
                        dl {
                            dt { (self.t("criterion")) }
                            dd { code { (c.id) } }
                            dt { (self.t("criterion-level")) }
                            dd {
                                @if c.required {
                                    (self.t_with("required", &[("level", c.level.into())]))
                                } @else {
                                    (self.t_with("recommended", &[("level", c.level.into())]))
                                }
                            }
                            dt { (self.t("references")) }
                            dd {
                                @if references.is_empty() {
                                    (self.t("references-none"))
                                } @else {
                                    (references.join(" · "))
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// The engine's explanation, in English, with its `field` names as code.
    fn reason(&self, c: &CriterionLine) -> Markup {
        html! {
            p.reason {
                span.k {
                    @if self.english().is_some() { (self.t("reason-english")) } @else { (self.t("reason")) }
                }
                " "
                span lang=[self.english()] { (code_spans(&c.explanation)) }
            }
        }
    }

    /// `ETSI EN 303 645 5.1-1`, `UK PSTI R1`, …: a scheme's short name from
    /// the messages, else its id.
    fn references(&self, c: &CriterionLine) -> Vec<String> {
        c.references
            .iter()
            .map(|r| format!("{} {}", self.term("scheme", &r.scheme), r.clause))
            .collect()
    }

    // ------------------------------------------------------- vulnerabilities

    fn vulnerabilities(&self) -> Markup {
        let v = &self.m.vulnerabilities;
        let mut found: Vec<&VulnerabilityLine> = v.found.iter().collect();
        found.sort_by_key(|f| {
            (
                f.suppressed_by.is_some(),
                severity_rank(&f.severity),
                !f.kev,
            )
        });
        let content = html! {
            p { (self.t("vuln-intro")) }
            @if found.is_empty() {
                @if v.scanned {
                    p { strong { (self.t("vuln-none")) } }
                } @else {
                    div.caution role="note" { p { (self.t("vuln-not-scanned")) } }
                }
            } @else {
                p { strong { (self.t_with("vuln-count", &[("count", found.len().into())])) } }
                ol.vulns {
                    @for f in found { (self.vulnerability(f)) }
                }
            }
        };
        self.section("label-vulnerabilities", &self.t("vulnerabilities"), content)
    }

    fn vulnerability(&self, f: &VulnerabilityLine) -> Markup {
        let severity = match f.severity.as_str() {
            s @ ("critical" | "high" | "medium" | "low") => s,
            _ => "unknown",
        };
        let fixed = if f.fixed.is_empty() {
            self.t("vuln-fixed-none")
        } else {
            self.list(f.fixed.iter().cloned())
        };
        html! {
            li.vuln.suppressed[f.suppressed_by.is_some()] {
                (heading(self.top + 2, "", "h-item", html! { bdi { (f.id) } }))
                p.tags {
                    span.tag.(format!("sev-{severity}")) {
                        (self.t_with("vuln-severity", &[("severity", self.t(&format!("severity-{severity}")).into())]))
                    }
                    @if f.kev {
                        span.tag.kev { "! " (self.t("vuln-kev")) }
                    }
                    @if f.suppressed_by.is_some() {
                        span.tag.tag-suppressed { (self.t("vuln-suppressed")) }
                    }
                }
                @if f.kev {
                    p.small { (self.t("vuln-kev-note")) }
                }
                dl {
                    dt { (self.t("vuln-component")) } dd { bdi { (f.component) } }
                    dt { (self.t("vuln-installed")) } dd { bdi { (f.installed) } }
                    dt { (self.t("vuln-fixed")) } dd { (fixed) }
                    @if let Some(why) = f.suppressed_by.as_deref() {
                        dt { (self.t("vuln-justification")) } dd { bdi lang=[self.english()] { (why) } }
                    }
                }
            }
        }
    }

    // ------------------------------------------------------------ next level

    fn next_level(&self) -> Markup {
        let m = self.m;
        let content = html! {
            @match &m.mark.next_level {
                None => { p { (self.t("next-top")) } }
                Some(next) => {
                    p {
                        (self.t_with("next-missing", &[
                            ("level", next.level.into()),
                            ("name", next.level_name.clone().into()),
                        ]))
                    }
                    ol.missing {
                        @for id in &next.missing {
                            @let line = m.criteria.iter().find(|c| &c.id == id);
                            li {
                                @match line {
                                    Some(c) => {
                                        a href=(format!("#{}", criterion_anchor(id))) { (c.title) }
                                        " · " (self.t(&format!("verdict-{}", c.status.as_str())))
                                    }
                                    None => { code { (id) } }
                                }
                            }
                        }
                    }
                }
            }
        };
        self.section("label-next", &self.t("next"), content)
    }

    // --------------------------------------------------------------- schemes

    fn schemes(&self) -> Markup {
        let content = html! {
            p { (self.t("schemes-intro")) }
            div.scroll role="region" aria-labelledby="label-schemes-caption" tabindex="0" {
                table {
                    caption #label-schemes-caption { (self.t("schemes-caption")) }
                    thead {
                        tr {
                            th scope="col" { (self.t("col-scheme")) }
                            th.num scope="col" { (self.t("col-clauses")) }
                            th.num scope="col" { (self.t("col-met")) }
                            th.num scope="col" { (self.t("col-not-met")) }
                            th.num scope="col" { (self.t("col-unknown")) }
                            th.num scope="col" { (self.t("col-uncovered")) }
                        }
                    }
                    tbody {
                        @for s in &self.m.schemes {
                            tr {
                                th scope="row" lang=[self.english()] { (s.name) }
                                td.num { (s.clauses) }
                                td.num { (s.met) }
                                td.num { (s.not_met) }
                                td.num { (s.unknown.saturating_sub(s.uncovered)) }
                                td.num { (s.uncovered) }
                            }
                        }
                    }
                }
            }
        };
        self.section("label-schemes", &self.t("schemes"), content)
    }

    // ---------------------------------------------------------------- footer

    fn footer(&self) -> Markup {
        let m = self.m;
        html! {
            p {
                (self.t_with("assessed", &[
                    ("date", self.w.date(m.mark.assessment_date).into()),
                    ("version", m.mark.catalog_version.clone().into()),
                ]))
            }
            p { (self.t("snapshot")) }
            p { (self.t_with("format", &[("format", m.format.clone().into()), ("version", m.format_version.into())])) }
        }
    }
}

/// A heading of `level` (clamped to 1–6) with an id (none when empty) and
/// a class.
fn heading(level: u8, id: &str, class: &str, body: Markup) -> Markup {
    let id = (!id.is_empty()).then_some(id);
    match level {
        0 | 1 => html! { h1 id=[id] class=(class) { (body) } },
        2 => html! { h2 id=[id] class=(class) { (body) } },
        3 => html! { h3 id=[id] class=(class) { (body) } },
        4 => html! { h4 id=[id] class=(class) { (body) } },
        5 => html! { h5 id=[id] class=(class) { (body) } },
        _ => html! { h6 id=[id] class=(class) { (body) } },
    }
}

/// A grade letter on its colour, with the word "Grade" for screen readers:
/// the letter is always shown, so the colour carries nothing alone.
fn grade_badge(view: &View<'_>, grade: char, extra: &str) -> Markup {
    let class = match grade {
        'A'..='E' => format!("grade grade-{} {extra}", grade.to_ascii_lowercase()),
        _ => format!("grade {extra}"),
    };
    html! {
        span class=(class.trim_end()) {
            span.vh { (view.t("grade")) " " }
            (grade)
        }
    }
}

/// Text with its `backticked` parts as `<code>`; an unpaired backtick stays
/// as it is.
fn code_spans(text: &str) -> Markup {
    let parts: Vec<&str> = text.split('`').collect();
    let paired = parts.len() % 2 == 1;
    html! {
        @for (i, part) in parts.iter().enumerate() {
            @if i % 2 == 0 {
                (part)
            } @else if paired || i + 1 < parts.len() {
                code { (part) }
            } @else {
                "`" (part)
            }
        }
    }
}

/// The first letter in upper case (for a list that starts a value).
fn capitalised(text: String) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) if first.is_lowercase() => first.to_uppercase().chain(chars).collect(),
        _ => text,
    }
}

/// A link when `url` is an http(s) URL; otherwise the text alone, so a
/// `javascript:` or other URL from the data is never made clickable.
fn link(url: &str) -> Markup {
    let lower = url.trim_start().to_ascii_lowercase();
    let safe = lower.starts_with("https://") || lower.starts_with("http://");
    html! {
        @if safe {
            a.url href=(url) { (url) }
        } @else {
            span.url { (url) }
        }
    }
}

fn status_style(status: MarkStatus) -> (&'static str, &'static str) {
    match status {
        MarkStatus::Valid => ("status-ok", "✓"),
        MarkStatus::Suspended => ("status-caution", "!"),
        MarkStatus::Revoked => ("status-danger", "✗"),
        MarkStatus::Expired => ("status-caution", "!"),
        MarkStatus::SelfAssessed => ("status-caution", "i"),
    }
}

fn severity_rank(severity: &str) -> u8 {
    match severity {
        "critical" => 0,
        "high" => 1,
        "medium" => 2,
        "low" => 3,
        _ => 4,
    }
}

fn is_english(lang: &str) -> bool {
    lang == "en" || lang.starts_with("en-")
}

/// A fragment id from data: ASCII letters, digits, `-` and `_` kept,
/// anything else as `_`.
fn anchor(prefix: &str, id: &str) -> String {
    let clean: String = id
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '_'
            }
        })
        .collect();
    format!("{prefix}{clean}")
}

/// The element id of a criterion: `label-criterion-SEC-01`.
pub fn criterion_anchor(id: &str) -> String {
    anchor("label-criterion-", id)
}

/// The element id of an area: `label-area-SEC`.
pub fn area_anchor(id: &str) -> String {
    anchor("label-area-", id)
}

/// Whole calendar months from `from` to `to` (`to` later).
fn whole_months(from: NaiveDate, to: NaiveDate) -> i64 {
    let months =
        i64::from(to.year() - from.year()) * 12 + i64::from(to.month()) - i64::from(from.month());
    if to.day() < from.day() {
        (months - 1).max(0)
    } else {
        months.max(0)
    }
}

/// A coordinate with one decimal, without a trailing `.0`.
fn num(v: f64) -> String {
    let s = format!("{v:.1}");
    if let Some(whole) = s.strip_suffix(".0") {
        return whole.to_owned();
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).expect("date")
    }

    #[test]
    fn months_between_dates() {
        assert_eq!(whole_months(d(2026, 11, 1), d(2029, 4, 30)), 29);
        assert_eq!(whole_months(d(2026, 11, 1), d(2026, 12, 1)), 1);
        assert_eq!(whole_months(d(2026, 11, 1), d(2026, 11, 30)), 0);
        assert_eq!(whole_months(d(2026, 1, 31), d(2026, 2, 28)), 0);
    }

    #[test]
    fn anchors_are_safe() {
        assert_eq!(criterion_anchor("SEC-01"), "label-criterion-SEC-01");
        assert_eq!(area_anchor("a\"b <c>"), "label-area-a_b__c_");
    }

    #[test]
    fn only_http_urls_become_links() {
        assert!(link("https://x.example/a").into_string().starts_with("<a "));
        assert!(link("HTTP://x.example").into_string().starts_with("<a "));
        for bad in [
            "javascript:alert(1)",
            " data:text/html,x",
            "//x.example",
            "mailto:a@b",
        ] {
            assert!(link(bad).into_string().starts_with("<span"), "{bad}");
        }
    }

    #[test]
    fn coordinates_are_short() {
        assert_eq!(num(1000.0), "1000");
        assert_eq!(num(12.345), "12.3");
    }

    #[test]
    fn the_stylesheet_stays_xml_text() {
        let css = stylesheet();
        assert!(!css.contains('<') && !css.contains('&'));
        assert!(css.contains(".iotmark-label .grade-a{background:#1a7f37}"));
    }
}
