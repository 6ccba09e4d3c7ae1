//! The site's pages, written with maud: every text from the database or
//! the request goes through its escaping. No script, no inline style.

use axum::http::Uri;
use iotmark_catalog::Texts;
use iotmark_label::MarkStatus;
use iotmark_label::text::Words;
use maud::{DOCTYPE, Markup, PreEscaped, html};
use sha2::{Digest, Sha256};

use super::i18n::{LANGUAGES, native_name, t};
use super::log::{Inclusion, Snapshot};
use super::verify::Outcome;
use crate::store::{
    CertificateRecord, Product, ProductSummary, Search, SearchPage, Sort, StatusEventRecord,
};

/// The site's own CSS, served after the label's in `/static/label.css`.
pub const SITE_CSS: &str = r#"
body.site{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Noto Sans CJK JP",sans-serif;line-height:1.55;color:#1f2328;background:#fff}
.site .skip{position:absolute;left:.5rem;top:-5rem;background:#fff;padding:.5rem 1rem}
.site .skip:focus{top:.5rem}
.site .top{background:#0b5394;color:#fff;padding:.6rem 1rem;display:flex;flex-wrap:wrap;gap:.5rem 1.5rem;align-items:center;justify-content:space-between}
.site .top a{color:#fff}
.site .brand{font-weight:800;font-size:1.15rem;text-decoration:none}
.site .langs ul{display:flex;flex-wrap:wrap;gap:.25rem .9rem;list-style:none;margin:0;padding:0}
.site .langs a[aria-current]{font-weight:800;text-decoration:none}
.site main{max-width:52rem;margin:0 auto;padding:1rem}
.site h1{font-size:1.7rem;line-height:1.25;margin:.75rem 0}
.site h2{font-size:1.3rem;margin:2rem 0 .5rem}
.site a{color:#0550ae}
.site form.search{background:#f6f8fa;border-radius:10px;padding:1rem;display:grid;gap:.75rem}
.site form.search .row{display:flex;flex-wrap:wrap;gap:.75rem 1rem;align-items:end}
.site form.search label{display:flex;flex-direction:column;font-size:.9rem;font-weight:600;gap:.2rem}
.site input,.site select,.site button{font:inherit;padding:.4rem .5rem;border:1px solid #8c959f;border-radius:6px;background:#fff;color:inherit}
.site input[type=search]{min-width:min(100%,22rem)}
.site button{background:#0b5394;color:#fff;border-color:#0b5394;font-weight:700;cursor:pointer}
.site .results{list-style:none;margin:1rem 0;padding:0}
.site .results li{border-bottom:1px solid #d1d9e0;padding:.75rem 0}
.site .results .name{font-size:1.1rem;font-weight:700}
.site .results .facts{display:flex;flex-wrap:wrap;gap:.2rem 1.25rem;margin:.25rem 0 0;padding:0;font-size:.95rem}
.site .results .facts div{display:flex;gap:.35rem}
.site .results dt{color:#59636e}
.site .results dd{margin:0;font-weight:600}
.site nav.pager ul{display:flex;gap:1rem;list-style:none;padding:0;align-items:center}
.site table{border-collapse:collapse;width:100%;font-size:.95rem}
.site th,.site td{border-top:1px solid #d1d9e0;padding:.4rem .5rem;text-align:left;vertical-align:top}
.site .digest{font-family:ui-monospace,SFMono-Regular,Menlo,monospace;font-size:.85rem;word-break:break-all}
.site dl.kv{display:grid;grid-template-columns:max-content 1fr;gap:.3rem 1rem}
.site dl.kv dt{color:#59636e}
.site dl.kv dd{margin:0}
.site footer{max-width:52rem;margin:2rem auto 0;padding:1rem;color:#59636e;font-size:.9rem;border-top:1px solid #d1d9e0}
.site .iotmark-label{margin:1rem -1rem}
.site ul.links{display:flex;flex-wrap:wrap;gap:.25rem 1.25rem;list-style:none;margin:0;padding:0}
.site textarea{font:inherit;font-family:ui-monospace,SFMono-Regular,Menlo,monospace;font-size:.85rem;width:100%;min-height:12rem;box-sizing:border-box;padding:.4rem .5rem;border:1px solid #8c959f;border-radius:6px}
.site form.verify{background:#f6f8fa;border-radius:10px;padding:1rem;display:grid;gap:.75rem}
.site form.verify label{display:flex;flex-direction:column;font-weight:600;gap:.2rem}
.site .outcome{border-left:6px solid #1a7f37;padding:.5rem 1rem;margin:1rem 0;background:#f6f8fa}
.site .outcome.bad{border-left-color:#cf222e}
.site .top nav.main a{color:#fff;font-weight:600}
.site form.inline{display:inline}
.site p.whoami{margin:2rem 0 .5rem;padding-top:.75rem;border-top:1px solid #d1d9e0;color:#59636e}
.site ul.actions{margin:1.5rem 0}
.site article.report{border-top:1px solid #d1d9e0;padding:.5rem 0}
.site article.report .meta{color:#59636e;font-size:.9rem;margin:0}
.site details summary{cursor:pointer;font-weight:600;margin:1rem 0 .5rem}
.site form.verify + form.verify{margin-top:1.25rem}
.site form.inline + form.inline{margin-left:.75rem}
.site form.verify > button{justify-self:start}
.site .outcome h2{margin-top:.25rem}
.site dl.kv dd{overflow-wrap:anywhere}
.site pre.note{background:#f6f8fa;border-radius:6px;padding:.75rem;overflow-x:auto;font-size:.85rem}
.site div.scroll{overflow-x:auto}
.site table.keys code{overflow-wrap:anywhere}
"#;

/// Percent-encodes a query value.
pub(super) fn encode(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for b in value.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// A link to `path` with these query parameters (empty values left out).
pub(super) fn link(path: &str, params: &[(&str, String)]) -> String {
    let query: Vec<String> = params
        .iter()
        .filter(|(_, v)| !v.is_empty())
        .map(|(k, v)| format!("{k}={}", encode(v)))
        .collect();
    if query.is_empty() {
        path.to_owned()
    } else {
        format!("{path}?{}", query.join("&"))
    }
}

/// The same page in another language: the request's path and query with
/// `lang` replaced.
fn in_language(uri: &Uri, lang: &str) -> String {
    let mut query: Vec<String> = uri
        .query()
        .unwrap_or_default()
        .split('&')
        .filter(|p| !p.is_empty() && !p.starts_with("lang=") && *p != "lang")
        .map(str::to_owned)
        .collect();
    query.push(format!("lang={lang}"));
    format!("{}?{}", uri.path(), query.join("&"))
}

pub(super) fn layout(lang: &str, uri: Option<&Uri>, title: &str, body: Markup) -> String {
    let page = html! {
        (DOCTYPE)
        html lang=(lang) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                meta name="color-scheme" content="light";
                title { (title) " · " (t(lang, "site")) }
                link rel="stylesheet" href="/static/label.css";
                link rel="alternate" type="application/atom+xml" href="/feed.atom" title=(t(lang, "feed"));
            }
            body.site {
                a.skip href="#main" { (t(lang, "skip")) }
                header.top {
                    a.brand href=(link("/", &[("lang", lang.to_owned())])) { (t(lang, "site")) }
                    nav.main aria-label=(t(lang, "nav-main")) {
                        ul.links {
                            li { a href=(link("/framework", &[("lang", lang.to_owned())])) { (t(lang, "nav-framework")) } }
                            li { a href=(link("/compare", &[("lang", lang.to_owned())])) { (t(lang, "nav-compare")) } }
                            li { a href=(link("/verify", &[("lang", lang.to_owned())])) { (t(lang, "verify")) } }
                            li { a href="/account" { (t(lang, "nav-account")) } }
                        }
                    }
                    @if let Some(uri) = uri {
                        nav.langs aria-label=(t(lang, "languages")) {
                            ul {
                                @for l in LANGUAGES {
                                    li {
                                        @if l == lang {
                                            a href=(in_language(uri, l)) hreflang=(l) lang=(l) aria-current="page" { (native_name(l)) }
                                        } @else {
                                            a href=(in_language(uri, l)) hreflang=(l) lang=(l) { (native_name(l)) }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
                main #main { (body) }
                footer {
                    p { (t(lang, "footer")) }
                    nav aria-label=(t(lang, "more")) {
                        ul.links {
                            li { a href=(link("/log", &[("lang", lang.to_owned())])) { (t(lang, "log")) } }
                            li { a href=(link("/keys", &[("lang", lang.to_owned())])) { (t(lang, "key_title")) } }
                            li { a href="/feed.atom" type="application/atom+xml" { (t(lang, "feed")) } }
                            li { a href="/export/products.jsonl" type="application/x-ndjson" { (t(lang, "export")) } }
                            li { a href=(link("/verify", &[("lang", lang.to_owned())])) { (t(lang, "verify")) } }
                        }
                    }
                }
            }
        }
    };
    let mut out = page.into_string();
    out.push('\n');
    out
}

/// What the search page shows.
pub(super) struct HomeView<'a> {
    pub lang: &'static str,
    pub uri: &'a Uri,
    pub search: &'a Search,
    /// The query as typed, to show back in the box.
    pub raw_q: &'a str,
    pub categories: &'a [String],
    pub results: &'a SearchPage,
    pub words: &'a Words<'a>,
    pub texts: &'a Texts,
}

pub(super) fn status_name(words: &Words<'_>, status: MarkStatus) -> String {
    words.get(&format!("label-web-status-{}", status.name()))
}

pub(super) fn category_name(category: &str) -> String {
    let mut name = category.replace('_', " ");
    if let Some(first) = name.get(..1) {
        let upper = first.to_uppercase();
        name.replace_range(..1, &upper);
    }
    name
}

pub(super) fn date_text(words: &Words<'_>, date: Option<chrono::NaiveDate>, lang: &str) -> String {
    match date {
        Some(d) => words.date(d),
        None => t(lang, "no-date").to_owned(),
    }
}

impl HomeView<'_> {
    /// The search's parameters for a link, with `page`.
    fn params(&self, page: u32) -> Vec<(&'static str, String)> {
        let s = self.search;
        vec![
            ("q", self.raw_q.to_owned()),
            (
                "level",
                s.min_level.map(|l| l.to_string()).unwrap_or_default(),
            ),
            ("category", s.category.clone().unwrap_or_default()),
            (
                "status",
                s.status.map(|x| x.name().to_owned()).unwrap_or_default(),
            ),
            (
                "support_after",
                s.support_after.map(|d| d.to_string()).unwrap_or_default(),
            ),
            (
                "sort",
                if s.sort == Sort::Relevance {
                    String::new()
                } else {
                    s.sort.as_str().to_owned()
                },
            ),
            (
                "page",
                if page > 1 {
                    page.to_string()
                } else {
                    String::new()
                },
            ),
            ("lang", self.lang.to_owned()),
        ]
    }

    fn item(&self, p: &ProductSummary) -> Markup {
        let lang = self.lang;
        html! {
            li {
                a.name href=(link(&format!("/p/{}", p.id), &[("lang", lang.to_owned())])) { (p.name) }
                dl.facts {
                    div { dt { (t(lang, "maker")) } dd { (p.manufacturer) } }
                    div { dt { (t(lang, "model")) } dd { (p.model) } }
                    div { dt { (t(lang, "level")) } dd { (p.level) " · " (self.texts.level_name(p.level)) } }
                    div { dt { (t(lang, "support-end")) } dd { (date_text(self.words, p.support_end, lang)) } }
                    div { dt { (t(lang, "status")) } dd { (status_name(self.words, p.status)) } }
                }
            }
        }
    }
}

/// The search page.
pub(super) fn home(v: &HomeView<'_>) -> String {
    let lang = v.lang;
    let s = v.search;
    let r = v.results;
    let statuses = [
        MarkStatus::Valid,
        MarkStatus::SelfAssessed,
        MarkStatus::Suspended,
        MarkStatus::Revoked,
        MarkStatus::Expired,
    ];
    let body = html! {
        h1 { (t(lang, "site")) }
        p { (t(lang, "tagline")) }
        form.search method="get" action="/" role="search" {
            input type="hidden" name="lang" value=(lang);
            div.row {
                label {
                    (t(lang, "search-label"))
                    input type="search" name="q" value=(v.raw_q) maxlength="200";
                }
                button type="submit" { (t(lang, "search")) }
            }
            div.row {
                label {
                    (t(lang, "level"))
                    select name="level" {
                        option value="" { (t(lang, "any")) }
                        @for l in 1..=3u8 {
                            option value=(l) selected[s.min_level == Some(l)] {
                                (t(lang, "at-least")) " " (l) " · " (v.texts.level_name(l))
                            }
                        }
                    }
                }
                label {
                    (t(lang, "category"))
                    select name="category" {
                        option value="" { (t(lang, "any")) }
                        @for c in v.categories {
                            option value=(c) selected[s.category.as_deref() == Some(c.as_str())] { (category_name(c)) }
                        }
                    }
                }
                label {
                    (t(lang, "status"))
                    select name="status" {
                        option value="" { (t(lang, "any")) }
                        @for st in statuses {
                            option value=(st.name()) selected[s.status == Some(st)] { (status_name(v.words, st)) }
                        }
                    }
                }
                label {
                    (t(lang, "support-after"))
                    input type="date" name="support_after" value=(s.support_after.map(|d| d.to_string()).unwrap_or_default());
                }
                label {
                    (t(lang, "sort"))
                    select name="sort" {
                        @for o in Sort::ALL {
                            option value=(o.as_str()) selected[s.sort == o] { (t(lang, &format!("sort-{}", o.as_str()))) }
                        }
                    }
                }
            }
        }
        section aria-labelledby="results" {
            h2 #results { (t(lang, "results")) ": " (r.total) }
            @if r.items.is_empty() {
                p { (t(lang, "no-results")) }
            } @else {
                ul.results { @for p in &r.items { (v.item(p)) } }
            }
            @if r.pages() > 1 || r.page > 1 {
                nav.pager aria-label=(t(lang, "pages")) {
                    ul {
                        @if r.page > 1 {
                            li { a rel="prev" href=(link("/", &v.params(r.page - 1))) { (t(lang, "previous")) } }
                        }
                        li { (t(lang, "page")) " " (r.page) " " (t(lang, "of")) " " (r.pages()) }
                        @if r.page < r.pages() {
                            li { a rel="next" href=(link("/", &v.params(r.page + 1))) { (t(lang, "next")) } }
                        }
                    }
                }
            }
        }
    };
    let _ = v.uri;
    layout(lang, Some(v.uri), t(lang, "search"), body)
}

/// What a product page shows.
pub(super) struct ProductView<'a> {
    pub lang: &'static str,
    pub uri: &'a Uri,
    pub product: &'a Product,
    pub certificate: Option<&'a CertificateRecord>,
    pub history: &'a [StatusEventRecord],
    /// The label's secondary layer, already escaped by the label's renderer.
    pub fragment: Option<&'a str>,
    pub words: &'a Words<'a>,
    /// The certificate's inclusion in the log, when the site has a log.
    pub inclusion: Option<&'a Inclusion>,
    /// The published reports of problems, and the maker's answers.
    pub reports: Markup,
    /// The certification body key that signed the certificate, and when
    /// and why it was withdrawn, if it was.
    pub signed_by: Option<&'a crate::keys::Signer>,
}

pub(super) fn certificate_status(words: &Words<'_>, status: iotmark_cert::event::Status) -> String {
    status_name(words, super::mark_status(status))
        + if status == iotmark_cert::event::Status::Attention {
            " (attention)"
        } else {
            ""
        }
}

/// The evidence the assessment report lists: (file, kind, SHA-256).
fn evidence(assessment: &str) -> Vec<(String, String, String)> {
    // Only `evidence` is read; serde skips the rest of the report without
    // building it.
    #[derive(serde::Deserialize)]
    struct Report {
        #[serde(default)]
        evidence: Vec<Evidence>,
    }
    #[derive(serde::Deserialize)]
    struct Evidence {
        #[serde(default)]
        path: String,
        #[serde(default)]
        kind: String,
        #[serde(default)]
        sha256: String,
    }
    serde_json::from_str::<Report>(assessment).map_or_else(
        |_| Vec::new(),
        |r| {
            r.evidence
                .into_iter()
                .map(|e| (e.path, e.kind, e.sha256))
                .collect()
        },
    )
}

/// A product's page.
pub(super) fn product(v: &ProductView<'_>) -> String {
    let lang = v.lang;
    let p = &v.product.data;
    let id = &v.product.id;
    let here = |file: &str| link(&format!("/p/{id}/{file}"), &[("lang", lang.to_owned())]);
    let files = evidence(&p.assessment);
    // The digest of the bytes served, computed here rather than read.
    let declaration_digest = hex::encode(Sha256::digest(&p.declaration));
    let body = html! {
        h1 { (p.name) }
        dl.kv {
            dt { (t(lang, "maker")) } dd { (p.manufacturer) }
            dt { (t(lang, "model")) } dd { (p.model) }
            dt { (t(lang, "firmware")) } dd { (p.firmware_version) }
            dt { (t(lang, "category")) } dd { (category_name(&p.category)) }
        }
        section aria-labelledby="certificate" {
            h2 #certificate { (t(lang, "certificate")) }
            @match v.certificate {
                None => p { (t(lang, "no-certificate")) },
                Some(c) => {
                    @if let Some((on, reason)) = v.signed_by.and_then(|s| s.withdrawn.as_ref()) {
                        p.outcome.bad role="alert" #key-withdrawn {
                            (t(lang, "key_cert_withdrawn")) " " (v.words.date(*on))
                            @if !reason.is_empty() { " (" (reason) ")" }
                            ". " (t(lang, "key_cert_withdrawn_after"))
                        }
                    }
                    dl.kv {
                        dt { (t(lang, "certificate-id")) } dd { (c.id) }
                        dt { (t(lang, "status")) }
                        dd {
                            @if v.signed_by.is_some_and(|s| s.withdrawn.is_some()) {
                                strong { (t(lang, "key_status_untrusted")) }
                            } @else {
                                (certificate_status(v.words, c.status))
                            }
                        }
                        dt { (t(lang, "issued")) } dd { (v.words.date(c.issued_on)) }
                        dt { (t(lang, "valid-until")) } dd { (v.words.date(c.valid_until)) }
                        dt { (t(lang, "log-entry")) } dd { (c.log_index) }
                        @if let Some(signer) = v.signed_by {
                            dt { (t(lang, "key_signed")) }
                            dd { code { (signer.key_id) } " · " a href=(link("/keys", &[("lang", lang.to_owned())])) { (t(lang, "key_title")) } }
                        }
                        @if let Some(inclusion) = v.inclusion {
                            dt { (t(lang, "inclusion")) }
                            dd {
                                @match inclusion {
                                    Inclusion::Verified { size } => {
                                        (t(lang, "inclusion-verified")) " " (size)
                                    }
                                    Inclusion::Failed(why) => {
                                        strong { (t(lang, "inclusion-failed")) } " " (why)
                                    }
                                }
                                " · " a href=(link("/log", &[("lang", lang.to_owned())])) { (t(lang, "log")) }
                            }
                        }
                    }
                    h3 { (t(lang, "history")) }
                    @if v.history.is_empty() {
                        p { (t(lang, "no-history")) }
                    } @else {
                        table {
                            thead { tr {
                                th scope="col" { (t(lang, "date")) }
                                th scope="col" { (t(lang, "status")) }
                                th scope="col" { (t(lang, "reason")) }
                                th scope="col" { (t(lang, "log-index")) }
                            } }
                            tbody {
                                @for e in v.history {
                                    tr {
                                        td { (v.words.date(e.effective_on)) }
                                        td { (certificate_status(v.words, e.status)) }
                                        td { (e.reason) }
                                        td { (e.log_index) }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        @match v.fragment {
            Some(f) => (PreEscaped(f)),
            None => p { (t(lang, "no-label")) },
        }
        section aria-labelledby="evidence" {
            h2 #evidence { (t(lang, "evidence")) }
            table {
                thead { tr {
                    th scope="col" { (t(lang, "file")) }
                    th scope="col" { (t(lang, "kind")) }
                    th scope="col" { "SHA-256" }
                } }
                tbody {
                    tr {
                        td { (p.declaration_name) }
                        td { (t(lang, "declaration")) }
                        td.digest { (declaration_digest) }
                    }
                    @for (file, kind, digest) in &files {
                        tr { td { (file) } td { (kind) } td.digest { (digest) } }
                    }
                }
            }
        }
        section aria-labelledby="downloads" {
            h2 #downloads { (t(lang, "downloads")) }
            ul {
                li { a href=(here("label.svg")) { (t(lang, "label-svg")) } }
                li { a href=(here("label.png")) { (t(lang, "label-png")) } }
                li { a href=(here("label.pdf")) { (t(lang, "label-pdf")) } }
                li { a href=(here("label.json")) { (t(lang, "label-json")) } }
                li { a href=(here("declaration")) { (t(lang, "declaration")) " (" (p.declaration_name) ")" } }
                li { a href=(here("assessment.json")) { (t(lang, "assessment")) " (JSON)" } }
                @if v.certificate.is_some() {
                    li { a href=(here("certificate.json")) { (t(lang, "certificate-file")) } }
                }
                li { a href=(here("cta-2120.json")) { (t(lang, "cta-record")) } }
            }
        }
        ul.links.actions {
            li { a href=(link("/compare", &[("ids", id.clone()), ("lang", lang.to_owned())])) { (t(lang, "nav-compare")) } }
            li { a href=(here("report")) { (t(lang, "rep_report")) } }
        }
        (v.reports)
    };
    layout(lang, Some(v.uri), &p.name, body)
}

/// What the log's page shows.
pub(super) struct LogView<'a> {
    pub lang: &'static str,
    pub uri: &'a Uri,
    pub origin: &'a str,
    pub verifier_key: String,
    /// The latest checkpoint and tree, or why they could not be read.
    pub snapshot: Result<&'a Snapshot, &'a str>,
}

/// The transparency log's page: the latest checkpoint, the key that signs
/// it and where monitors fetch the log.
pub(super) fn log(v: &LogView<'_>) -> String {
    let lang = v.lang;
    let body = html! {
        h1 { (t(lang, "log")) }
        p { (t(lang, "log-intro")) }
        h2 { (t(lang, "checkpoint")) }
        @match v.snapshot {
            Ok(s) => {
                dl.kv {
                    dt { (t(lang, "origin")) } dd.digest { (s.checkpoint.origin) }
                    dt { (t(lang, "tree-size")) } dd { (s.checkpoint.size) }
                    dt { (t(lang, "root-hash")) } dd.digest {
                        (base64::Engine::encode(&base64::engine::general_purpose::STANDARD, s.checkpoint.root))
                        " (hex " (iotmark_tlog::hash::to_hex(&s.checkpoint.root)) ")"
                    }
                }
                h3 { (t(lang, "signatures")) }
                pre.note { @for line in signature_lines(&s.note) { (line) "\n" } }
            }
            Err(why) => p { strong { (t(lang, "log-unreadable")) } " " (why) },
        }
        h2 { (t(lang, "verifier-key")) }
        dl.kv {
            dt { (t(lang, "origin")) } dd.digest { (v.origin) }
            dt { (t(lang, "verifier-key")) } dd.digest { (v.verifier_key) }
        }
        h2 { (t(lang, "monitors")) }
        p { (t(lang, "monitors-text")) }
        ul {
            li { a href="/log/checkpoint" { "/log/checkpoint" } }
            li { code { "/log/tile/<L>/<N>[.p/<W>]" } ", " code { "/log/tile/entries/<N>[.p/<W>]" } }
        }
    };
    layout(lang, Some(v.uri), t(lang, "log"), body)
}

/// The signature lines of a signed note (after the blank line).
fn signature_lines(note: &[u8]) -> Vec<String> {
    let text = String::from_utf8_lossy(note);
    text.split_once("\n\n")
        .map(|(_, sigs)| sigs.lines().map(str::to_owned).collect())
        .unwrap_or_default()
}

/// What the verify page shows.
pub(super) struct VerifyView<'a> {
    pub lang: &'static str,
    pub uri: &'a Uri,
    /// The bundle and id as submitted, to show back.
    pub bundle: &'a str,
    pub id: &'a str,
    pub outcome: Option<&'a Outcome>,
    /// The label's words, for the certificate's status.
    pub words: &'a Words<'a>,
}

/// The verify page: a form, and the outcome of a submission.
pub(super) fn verify(v: &VerifyView<'_>) -> String {
    let lang = v.lang;
    let body = html! {
        h1 { (t(lang, "verify")) }
        p { (t(lang, "verify-intro")) }
        @if let Some(outcome) = v.outcome {
            section.outcome.bad[!matches!(outcome, Outcome::Genuine(_))] aria-live="polite" {
                @match outcome {
                    Outcome::Genuine(verified) => {
                        h2 { (t(lang, "genuine")) }
                        @let p = &verified.statement.predicate;
                        dl.kv {
                            dt { (t(lang, "certificate-id")) } dd { (p.certificate_id) }
                            dt { (t(lang, "maker")) } dd { (p.product.manufacturer) }
                            dt { (t(lang, "model")) } dd { (p.product.model) }
                            dt { (t(lang, "level")) } dd { (p.level) }
                            dt { (t(lang, "valid-until")) } dd { (p.valid_until) }
                            dt { (t(lang, "log-entry")) } dd { (verified.log_index) }
                            @if let Some(status) = &verified.status {
                                dt { (t(lang, "status")) } dd { (certificate_status(v.words, status.status)) }
                            }
                        }
                        p { a href=(link(&format!("/p/{}", p.product.id), &[("lang", lang.to_owned())])) { (t(lang, "product-page")) } }
                    }
                    Outcome::Rejected(why) => {
                        h2 { (t(lang, "not-genuine")) }
                        p { (why) }
                    }
                    Outcome::UnknownId(id) => {
                        h2 { (t(lang, "not-genuine")) }
                        p { (t(lang, "unknown-certificate")) " " code { (id) } }
                    }
                    Outcome::Unavailable(why) => {
                        h2 { (t(lang, "cannot-verify")) }
                        p { (why) }
                    }
                }
            }
        }
        form.verify method="post" action="/verify" enctype="multipart/form-data" {
            input type="hidden" name="lang" value=(lang);
            label {
                (t(lang, "bundle-json"))
                textarea name="bundle" spellcheck="false" { (v.bundle) }
            }
            label {
                (t(lang, "bundle-file"))
                input type="file" name="bundle_file" accept=".json,application/json";
            }
            label {
                (t(lang, "or-certificate-id"))
                input type="text" name="id" value=(v.id) maxlength="128";
            }
            div { button type="submit" { (t(lang, "verify-button")) } }
        }
    };
    layout(lang, Some(v.uri), t(lang, "verify"), body)
}

/// The page of an unknown product or path.
pub(super) fn not_found(lang: &str) -> String {
    let body = html! {
        h1 { (t(lang, "not-found")) }
        p { (t(lang, "not-found-text")) }
        p { a href=(link("/", &[("lang", lang.to_owned())])) { (t(lang, "home")) } }
    };
    layout(lang, None, t(lang, "not-found"), body)
}

/// The page of a failure on the server's side.
pub(super) fn error(lang: &str) -> String {
    let body = html! {
        h1 { (t(lang, "error")) }
        p { (t(lang, "error-text")) }
        p { a href=(link("/", &[("lang", lang.to_owned())])) { (t(lang, "home")) } }
    };
    layout(lang, None, t(lang, "error"), body)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_encode_their_values() {
        assert_eq!(
            link(
                "/",
                &[("q", "a b&c=\"<".to_owned()), ("page", String::new())]
            ),
            "/?q=a%20b%26c%3D%22%3C"
        );
        assert_eq!(link("/", &[]), "/");
        let uri: Uri = "/p/x?lang=fr&a=1".parse().expect("uri");
        assert_eq!(in_language(&uri, "ja"), "/p/x?a=1&lang=ja");
    }
}
