use iotmark_catalog::Catalog;
use iotmark_model::{Basis, Status};
use maud::{DOCTYPE, Markup, html as m};

use crate::Assessment;

const STYLE: &str = "body{font-family:system-ui,sans-serif;max-width:60rem;margin:auto;padding:1rem;color:#1a1a1a;line-height:1.45}\
header p{margin:.2rem 0}.note{background:#fff4d6;border-left:4px solid #8a5a00;padding:.5rem 1rem}\
table{border-collapse:collapse;width:100%;margin:1rem 0}th,td{border-bottom:1px solid #ccc;padding:.35rem .5rem;text-align:left;vertical-align:top}\
.met{color:#1b5e20}.not_met{color:#a00000}.unknown{color:#6b4e00}.not_applicable{color:#555}.contradicted{font-weight:bold;color:#a00000}\
.grade{font-weight:bold;font-size:1.2em}@media print{.note{border:1px solid #000}}";

fn status_word(s: Status) -> &'static str {
    match s {
        Status::Met => "met",
        Status::NotMet => "not met",
        Status::Unknown => "unknown",
        Status::NotApplicable => "not applicable",
    }
}

/// A standalone, JavaScript-free HTML page of the assessment.
pub fn html(a: &Assessment, catalog: &Catalog) -> String {
    let t = catalog.text();
    let p = &a.product;
    let page: Markup = m! {
        (DOCTYPE)
        html lang="en" {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { "iotmark self-assessment: " (p.name) }
                style { (STYLE) }
            }
            body {
                header {
                    h1 { (p.name) }
                    p { "by " (p.manufacturer) ", model " (p.model) ", firmware " (p.firmware_version) }
                    p.note role="note" { strong { "Self-assessment, not a certificate." } " Only a certification body's approval in a registry makes a certificate." }
                }
                main {
                    section aria-labelledby="level" {
                        h2 #level { "Mark level " (a.level) ": " (t.level_name(a.level)) }
                        p { (t.level_description(a.level)) }
                        @if let Some(next) = &a.next_level {
                            p { "Level " (next.level) " (" (t.level_name(next.level)) ") still needs: " (next.missing.join(", ")) }
                        }
                        p { "Assessed " (a.assessment_date) " against catalog " (a.catalog.version) " (sha256 " code { (a.catalog.sha256) } ")." }
                    }
                    section aria-labelledby="areas" {
                        h2 #areas { "Areas" }
                        table {
                            thead { tr { th scope="col" { "Area" } th scope="col" { "Score" } th scope="col" { "Grade" } th scope="col" { "Met / not met / unknown / n.a." } } }
                            tbody {
                                @for s in &a.areas {
                                    tr {
                                        th scope="row" { (t.area_name(&s.id)) }
                                        td { (s.score) " / 100" }
                                        td.grade { (s.grade) }
                                        td { (s.met) " / " (s.not_met) " / " (s.unknown) " / " (s.not_applicable) }
                                    }
                                }
                            }
                        }
                    }
                    section aria-labelledby="criteria" {
                        h2 #criteria { "Criteria" }
                        @for area in &catalog.areas {
                            h3 { (t.area_name(&area.id)) }
                            table {
                                thead { tr { th scope="col" { "Criterion" } th scope="col" { "Level" } th scope="col" { "Verdict" } th scope="col" { "Why" } } }
                                tbody {
                                    @for v in a.verdicts.iter().filter(|v| v.area == area.id) {
                                        tr {
                                            th scope="row" { (v.criterion) " " (t.title(&v.criterion)) }
                                            td { (v.level) @if !v.required { " (recommended)" } }
                                            td class=(match v.status { Status::Met => "met", Status::NotMet => "not_met", Status::Unknown => "unknown", Status::NotApplicable => "not_applicable" }) {
                                                (status_word(v.status))
                                                @if let Some(b) = v.basis {
                                                    @if b == Basis::Contradicted { br; span.contradicted { "contradicted by evidence" } } @else { " (" (b.as_str()) ")" }
                                                }
                                            }
                                            td { (v.explanation) }
                                        }
                                    }
                                }
                            }
                        }
                    }
                    section aria-labelledby="schemes" {
                        h2 #schemes { "Schemes" }
                        table {
                            thead { tr { th scope="col" { "Scheme" } th scope="col" { "Clauses" } th scope="col" { "Met" } th scope="col" { "Not met" } th scope="col" { "Unknown" } } }
                            tbody {
                                @for s in &a.schemes {
                                    tr {
                                        th scope="row" { (catalog.scheme(&s.scheme).map(|x| x.name.as_str()).unwrap_or(&s.scheme)) }
                                        td { (s.clauses) } td { (s.met) } td { (s.not_met) } td { (s.unknown) }
                                    }
                                }
                            }
                        }
                    }
                    @if !a.findings.is_empty() {
                        section aria-labelledby="findings" {
                            h2 #findings { "Findings from evidence" }
                            ul { @for f in &a.findings { li { code { (f.name()) } " in " (f.evidence) ": " (f.message) } } }
                        }
                    }
                }
            }
        }
    };
    let mut s = page.into_string();
    s.push('\n');
    s
}
