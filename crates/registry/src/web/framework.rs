//! The framework, as the catalog holds it: every area and criterion with
//! its explanation in the page's language and its crosswalk to the other
//! schemes; and, per scheme, which of its clauses the criteria cover.
//!
//! | route | what |
//! |---|---|
//! | `GET /framework` | every area (`#area-SEC`) and criterion (`#SEC-01`) |
//! | `GET /framework/{scheme}` | the scheme's clauses (`#clause-…`), the criteria that cover each, and the counts |

use axum::Router;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode, Uri};
use axum::response::Response;
use axum::routing::get;
use iotmark_catalog::{Catalog, ClauseCoverage, Confidence, Criterion, Crosswalk, Texts};
use maud::{Markup, html};

use super::i18n::t;
use super::pages::{layout, link};
use super::{LangParam, Shared};

/// The site's CSS for these pages, appended to the stylesheet.
// Unused until the stylesheet appends it.
pub(crate) const CSS: &str = r#"
.site .fw-area{margin-top:2rem}
.site .fw-criterion{border-top:1px solid #d1d9e0;padding:.75rem 0}
.site .fw-criterion h3{margin:.25rem 0 .5rem;font-size:1.1rem;line-height:1.35}
.site .fw-id{font-family:ui-monospace,SFMono-Regular,Menlo,monospace;font-size:.9em;background:#f6f8fa;border:1px solid #d1d9e0;border-radius:4px;padding:0 .3rem;margin-right:.35rem;white-space:nowrap}
.site .fw-criterion:target,.site tr:target{outline:3px solid #0b5394;outline-offset:2px}
.site .fw-criterion details{margin:.5rem 0}
.site .fw-criterion summary{cursor:pointer;font-weight:600;color:#0550ae}
.site ul.fw-refs{margin:.25rem 0;padding-left:1.2rem;font-size:.95rem}
.site ul.fw-refs li{margin:.15rem 0}
.site .fw-conf{color:#59636e;font-size:.9em}
.site svg.fw-bar{display:block;width:100%;height:1.5rem;margin:.75rem 0 .25rem}
.site ul.fw-legend{display:flex;flex-wrap:wrap;gap:.25rem 1.25rem;list-style:none;margin:.25rem 0 1rem;padding:0}
.site ul.fw-legend svg{vertical-align:middle;margin-right:.35rem}
.site .fw-table{overflow-x:auto}
.site .fw-table th[scope=row]{font-family:ui-monospace,SFMono-Regular,Menlo,monospace;white-space:nowrap}
.site td.fw-full{color:#1a7f37;font-weight:700}
.site td.fw-part{color:#7d4e00;font-weight:700}
.site td.fw-none{color:#cf222e;font-weight:700}
.site ul.fw-crit{list-style:none;margin:0;padding:0}
"#;

/// The bar's colours: covered, partly covered, not covered.
const FULL_FILL: &str = "#1a7f37";
const PART_FILL: &str = "#d4a72c";
const NONE_FILL: &str = "#d1d9e0";

/// This module's routes.
pub(super) fn routes() -> Router<Shared> {
    Router::new()
        .route("/framework", get(framework))
        .route("/framework/{scheme}", get(scheme))
}

/// How well the catalog covers one clause.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Coverage {
    /// Some criterion asks for the same thing.
    Full,
    /// Some criterion asks for part of it, none for all of it.
    Part,
    /// No criterion covers it (some may be on a related topic).
    None,
}

impl Coverage {
    fn of(clause: &ClauseCoverage<'_>) -> Coverage {
        if clause.criteria.iter().any(|(_, c)| *c == Confidence::Exact) {
            Coverage::Full
        } else if clause.covered() {
            Coverage::Part
        } else {
            Coverage::None
        }
    }

    fn word(self, lang: &str) -> &'static str {
        t(
            lang,
            match self {
                Coverage::Full => "fw_covered",
                Coverage::Part => "fw_partly",
                Coverage::None => "fw_uncovered",
            },
        )
    }

    fn class(self) -> &'static str {
        match self {
            Coverage::Full => "fw-full",
            Coverage::Part => "fw-part",
            Coverage::None => "fw-none",
        }
    }

    fn fill(self) -> &'static str {
        match self {
            Coverage::Full => FULL_FILL,
            Coverage::Part => PART_FILL,
            Coverage::None => NONE_FILL,
        }
    }
}

/// A clause's anchor on its scheme's page: `clause-` and its id, every
/// character but letters, digits, `-`, `.` and `_` as `_`.
pub fn clause_anchor(clause: &str) -> String {
    let id: String = clause
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '-' | '.' | '_') {
                c
            } else {
                '_'
            }
        })
        .collect();
    format!("clause-{id}")
}

fn confidence_text(texts: &Texts, c: Confidence) -> String {
    texts.label(match c {
        Confidence::Exact => "confidence-exact",
        Confidence::Partial => "confidence-partial",
        Confidence::Related => "confidence-related",
    })
}

fn scheme_link(lang: &str, scheme: &str) -> String {
    link(
        &format!("/framework/{scheme}"),
        &[("lang", lang.to_owned())],
    )
}

fn criterion_link(lang: &str, id: &str) -> String {
    format!("{}#{id}", link("/framework", &[("lang", lang.to_owned())]))
}

async fn framework(
    State(state): State<Shared>,
    Query(params): Query<LangParam>,
    headers: HeaderMap,
    uri: Uri,
) -> Response {
    let lang = super::i18n::negotiate(params.lang.as_deref(), &headers);
    let texts = super::texts(state.catalog, lang);
    let body = framework_page(state.catalog, texts, lang);
    super::html(
        StatusCode::OK,
        layout(lang, Some(&uri), t(lang, "fw_title"), body),
    )
}

fn framework_page(catalog: &Catalog, texts: &Texts, lang: &'static str) -> Markup {
    let words = iotmark_label::text::Words::new(texts);
    html! {
        h1 { (t(lang, "fw_title")) }
        p { (t(lang, "fw_intro")) }
        dl.kv {
            dt { (t(lang, "fw_version")) } dd { (catalog.version) }
            dt { (t(lang, "fw_published")) } dd { (words.date(catalog.published)) }
        }
        nav aria-labelledby="fw-areas" {
            h2 #fw-areas { (t(lang, "fw_areas")) }
            ul {
                @for area in &catalog.areas {
                    li {
                        a href={ "#area-" (area.id) } { (texts.area_name(&area.id)) }
                        " (" (catalog.criteria_of(&area.id).count()) ")"
                    }
                }
            }
        }
        nav aria-labelledby="fw-schemes" {
            h2 #fw-schemes { (t(lang, "fw_schemes")) }
            ul {
                @for s in &catalog.schemes {
                    li {
                        a href=(scheme_link(lang, &s.id)) { (s.name) }
                        @if let Some(x) = catalog.crosswalk(&s.id) {
                            " · " (t(lang, "fw_covered_any")) ": " (x.covered()) " / " (x.clauses.len())
                        }
                    }
                }
            }
        }
        @for area in &catalog.areas {
            section.fw-area id={ "area-" (area.id) } aria-labelledby={ "area-" (area.id) "-h" } {
                h2 id={ "area-" (area.id) "-h" } { (texts.area_name(&area.id)) }
                p { (texts.area_description(&area.id)) }
                @for c in catalog.criteria_of(&area.id) {
                    (criterion(catalog, texts, lang, c))
                }
            }
        }
    }
}

fn criterion(catalog: &Catalog, texts: &Texts, lang: &str, c: &Criterion) -> Markup {
    let id = c.id.as_str();
    let level = c.level.get();
    let obligation = match c.obligation {
        iotmark_catalog::Obligation::Required => "obligation-required",
        iotmark_catalog::Obligation::Recommended => "obligation-recommended",
    };
    let verification = match c.verification {
        iotmark_catalog::Verification::Declared => "verification-declared",
        iotmark_catalog::Verification::Analyser => "verification-analyser",
        iotmark_catalog::Verification::Assessor => "verification-assessor",
    };
    // The references grouped by scheme, in the catalog's scheme order.
    let by_scheme: Vec<_> = catalog
        .schemes
        .iter()
        .map(|s| {
            (
                s,
                c.references
                    .iter()
                    .filter(|r| r.scheme == s.id)
                    .collect::<Vec<_>>(),
            )
        })
        .filter(|(_, refs)| !refs.is_empty())
        .collect();
    html! {
        article.fw-criterion id=(id) aria-labelledby={ (id) "-h" } {
            h3 id={ (id) "-h" } { span.fw-id { (id) } (texts.title(id)) }
            p { (texts.requirement(id)) }
            dl.kv {
                dt { (t(lang, "fw_level")) } dd { (level) " · " (texts.level_name(level)) }
                dt { (t(lang, "fw_obligation")) } dd { (texts.label(obligation)) }
                dt { (t(lang, "fw_applies")) } dd { (texts.label(&format!("condition-{}", c.applies_if.name()))) }
                dt { (t(lang, "fw_verification")) } dd { (texts.label(verification)) }
                dt { (t(lang, "fw_consumer")) } dd { (texts.consumer(id)) }
            }
            details {
                summary { (t(lang, "fw_rationale")) }
                p { (texts.rationale(id)) }
            }
            h4 { (t(lang, "fw_crosswalk")) }
            @if by_scheme.is_empty() {
                p { (t(lang, "fw_no_refs")) }
            } @else {
                ul.fw-refs {
                    @for (scheme, refs) in &by_scheme {
                        li {
                            a href=(scheme_link(lang, &scheme.id)) { (scheme.name) } ": "
                            @for (i, r) in refs.iter().enumerate() {
                                @if i > 0 { ", " }
                                @let title = scheme.clauses.iter().find(|x| x.id == r.clause).map(|x| x.title.as_str()).unwrap_or_default();
                                a href={ (scheme_link(lang, &scheme.id)) "#" (clause_anchor(&r.clause)) } title=(title) lang="en" { (r.clause) }
                                " " span.fw-conf { "(" (confidence_text(texts, r.confidence)) ")" }
                            }
                        }
                    }
                }
            }
        }
    }
}

async fn scheme(
    State(state): State<Shared>,
    Path(id): Path<String>,
    Query(params): Query<LangParam>,
    headers: HeaderMap,
    uri: Uri,
) -> Response {
    let lang = super::i18n::negotiate(params.lang.as_deref(), &headers);
    let Some(crosswalk) = state.catalog.crosswalk(&id) else {
        return super::not_found(lang);
    };
    let texts = super::texts(state.catalog, lang);
    let body = scheme_page(state.catalog, texts, lang, &crosswalk);
    super::html(
        StatusCode::OK,
        layout(lang, Some(&uri), &crosswalk.scheme.name, body),
    )
}

/// The counts of clauses covered, partly covered and not covered.
fn counts(x: &Crosswalk<'_>) -> [(Coverage, usize); 3] {
    let n = |k: Coverage| x.clauses.iter().filter(|c| Coverage::of(c) == k).count();
    [
        (Coverage::Full, n(Coverage::Full)),
        (Coverage::Part, n(Coverage::Part)),
        (Coverage::None, n(Coverage::None)),
    ]
}

/// A bar of the clauses, one unit wide each: covered, partly, not covered.
fn bar(lang: &str, x: &Crosswalk<'_>) -> Markup {
    let counts = counts(x);
    let total = x.clauses.len().max(1);
    let description: Vec<String> = counts
        .iter()
        .map(|(k, n)| format!("{}: {n}", k.word(lang)))
        .collect();
    let mut start = 0;
    let segments: Vec<(usize, usize, &str)> = counts
        .iter()
        .filter(|(_, n)| *n > 0)
        .map(|(k, n)| {
            let s = (start, *n, k.fill());
            start += n;
            s
        })
        .collect();
    html! {
        svg.fw-bar xmlns="http://www.w3.org/2000/svg" role="img" width="100%" height="24"
            viewBox={ "0 0 " (total) " 1" } preserveAspectRatio="none"
            aria-label=(description.join(" · ")) {
            title { (description.join(" · ")) }
            @for (x0, w, fill) in &segments {
                rect x=(x0) y="0" width=(w) height="1" fill=(fill) {}
            }
        }
        ul.fw-legend {
            @for (k, n) in &counts {
                li {
                    svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true" {
                        rect width="12" height="12" fill=(k.fill()) {}
                    }
                    (k.word(lang)) ": " (n)
                }
            }
        }
    }
}

fn scheme_page(catalog: &Catalog, texts: &Texts, lang: &'static str, x: &Crosswalk<'_>) -> Markup {
    let s = x.scheme;
    html! {
        h1 { (s.name) }
        p { (t(lang, "fw_scheme_intro")) }
        dl.kv {
            dt { (t(lang, "fw_edition")) } dd lang="en" { (s.edition) }
            dt { (t(lang, "fw_source")) } dd { a href=(s.url) rel="external noopener" { (s.url) } }
            dt { (t(lang, "fw_clauses")) } dd { (x.clauses.len()) }
            dt { (t(lang, "fw_covered_any")) } dd { (x.covered()) " / " (x.clauses.len()) }
            dt { (t(lang, "fw_mandatory_covered")) } dd { (x.mandatory_covered()) " / " (x.mandatory()) }
        }
        @if let Some(notes) = &s.notes {
            p lang="en" { (notes) }
        }
        section aria-labelledby="fw-coverage" {
            h2 #fw-coverage { (t(lang, "fw_coverage_of")) }
            (bar(lang, x))
            p { small { (t(lang, "fw_paraphrased")) } }
            div.fw-table {
                table {
                    thead { tr {
                        th scope="col" { (t(lang, "fw_clause")) }
                        th scope="col" { (t(lang, "fw_clause_title")) }
                        th scope="col" { (t(lang, "fw_mandatory")) }
                        th scope="col" { (t(lang, "fw_coverage")) }
                        th scope="col" { (t(lang, "fw_criteria")) }
                    } }
                    tbody {
                        @for c in &x.clauses {
                            @let coverage = Coverage::of(c);
                            tr id=(clause_anchor(&c.clause.id)) {
                                th scope="row" { (c.clause.id) }
                                td lang="en" { (c.clause.title) }
                                td { (t(lang, if c.clause.mandatory { "fw_yes" } else { "fw_no" })) }
                                td class=(coverage.class()) { (coverage.word(lang)) }
                                td {
                                    @if c.criteria.is_empty() {
                                        (t(lang, "fw_none"))
                                    } @else {
                                        ul.fw-crit {
                                            @for (id, confidence) in &c.criteria {
                                                li {
                                                    a href=(criterion_link(lang, id)) { span.fw-id { (id) } }
                                                    (texts.title(id))
                                                    " " span.fw-conf { "(" (confidence_text(texts, *confidence)) ")" }
                                                }
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        p { a href=(link("/framework", &[("lang", lang.to_owned())])) { (t(lang, "fw_all_criteria")) } }
        nav aria-labelledby="fw-other" {
            h2 #fw-other { (t(lang, "fw_other_schemes")) }
            ul {
                @for other in catalog.schemes.iter().filter(|o| o.id != s.id) {
                    li { a href=(scheme_link(lang, &other.id)) { (other.name) } }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clause_anchors_are_plain() {
        assert_eq!(clause_anchor("5.1-1"), "clause-5.1-1");
        assert_eq!(clause_anchor("a b\"<"), "clause-a_b__");
    }

    #[test]
    fn the_counts_add_up_to_the_crosswalk() {
        let catalog = Catalog::embedded().expect("catalog");
        for s in &catalog.schemes {
            let x = catalog.crosswalk(&s.id).expect("crosswalk");
            let [(_, full), (_, part), (_, none)] = counts(&x);
            assert_eq!(full + part, x.covered(), "{}", s.id);
            assert_eq!(full + part + none, x.clauses.len(), "{}", s.id);
        }
    }
}
