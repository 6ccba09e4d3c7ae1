//! The assessment engine: a pure, deterministic function from a catalog, a
//! declaration, findings and a date to an [`Assessment`].
//!
//! Three stages, kept apart (facts → verdicts → scores): analysers turn
//! evidence into findings elsewhere; here each criterion's rule
//! ([`rules::RULES`]) gives a verdict, findings confirm or contradict it, and
//! [`score`] turns verdicts into area scores, grades and the mark level.
//!
//! What this crate does not do: no I/O, no clock, no network. The same inputs
//! give a byte-identical assessment.
//!
//! ```
//! use iotmark_assess::{Input, assess};
//! let catalog = iotmark_catalog::Catalog::embedded().unwrap();
//! let text = "schema_version: 1\nmanufacturer: {name: Acme}\nproduct: {name: Plug, model: P1, category: smart_plug, firmware_version: '1.0'}\n";
//! let declaration = iotmark_declaration::load("plug.yaml", text.as_bytes()).unwrap();
//! let date = chrono::NaiveDate::from_ymd_opt(2026, 11, 1).unwrap();
//! let a = assess(catalog, &Input::new(&declaration, date));
//! assert_eq!(a.level, 0); // nothing was declared, so nothing is met
//! ```

pub mod conditions;
pub mod outcome;
pub mod report;
pub mod rules;

use std::collections::BTreeMap;

use chrono::NaiveDate;
use iotmark_catalog::{Catalog, Criterion, NotApplicablePolicy};
use iotmark_declaration::Declaration;
use iotmark_model::{Basis, Finding, Status};
use serde::{Deserialize, Serialize};

use crate::outcome::Outcome;
use crate::rules::{Ctx, RULES};

/// The JSON contract's name and version (see `docs/assessment-format.md`).
pub const FORMAT: &str = "iotmark-assessment";
pub const FORMAT_VERSION: u32 = 1;

/// An evidence file as it entered the assessment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EvidenceRecord {
    pub path: String,
    pub kind: String,
    pub sha256: String,
    /// Set when the analyser could not read the file. An error is never
    /// scored as not met: the verdicts simply lack this evidence.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
}

/// Everything an assessment depends on.
#[derive(Debug, Clone)]
pub struct Input<'a> {
    pub declaration: &'a Declaration,
    pub findings: Vec<Finding>,
    pub evidence: Vec<EvidenceRecord>,
    pub date: NaiveDate,
    /// sha256 of the declaration file's bytes.
    pub declaration_sha256: String,
    /// Results a certification body's assessor recorded by testing the
    /// product: each decides its criterion's verdict (basis `assessor`).
    pub assessor_results: Vec<AssessorResult>,
}

/// What an assessor found when testing one criterion by hand.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AssessorResult {
    /// The criterion tested.
    pub criterion: String,
    /// `met`, `not_met` or `not_applicable` (`unknown` is ignored: it
    /// records nothing).
    pub status: Status,
    /// What was tested and seen.
    pub note: String,
    /// Who tested it.
    pub assessor: String,
}

impl<'a> Input<'a> {
    pub fn new(declaration: &'a Declaration, date: NaiveDate) -> Input<'a> {
        Input {
            declaration,
            findings: Vec::new(),
            evidence: Vec::new(),
            date,
            declaration_sha256: String::new(),
            assessor_results: Vec::new(),
        }
    }
}

/// The result of assessing one product. This is the versioned JSON contract.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Assessment {
    pub format: String,
    pub format_version: u32,
    /// Always true for `iotmark assess`: only a certification body's
    /// approval in a registry makes a certificate.
    pub self_assessed: bool,
    pub assessment_date: NaiveDate,
    pub catalog: CatalogRef,
    pub product: ProductRef,
    pub declaration_sha256: String,
    /// The mark level reached, 0 to 3.
    pub level: u8,
    pub areas: Vec<AreaScore>,
    pub verdicts: Vec<Verdict>,
    /// What the next level still needs; absent at level 3.
    pub next_level: Option<NextLevel>,
    pub schemes: Vec<SchemeCoverage>,
    pub findings: Vec<Finding>,
    pub evidence: Vec<EvidenceRecord>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CatalogRef {
    pub version: String,
    pub sha256: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProductRef {
    pub manufacturer: String,
    pub name: String,
    pub model: String,
    pub category: String,
    pub firmware_version: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AreaScore {
    pub id: String,
    /// 0 to 100: the weighted share of applicable criteria that are met.
    pub score: u8,
    pub grade: char,
    pub met: usize,
    pub not_met: usize,
    pub unknown: usize,
    pub not_applicable: usize,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Verdict {
    pub criterion: String,
    pub area: String,
    pub level: u8,
    pub required: bool,
    pub status: Status,
    /// What the verdict rests on; absent when nothing was declared.
    pub basis: Option<Basis>,
    pub explanation: String,
    pub evidence: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NextLevel {
    pub level: u8,
    /// Required criteria at or below that level that are not met or unknown.
    pub missing: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SchemeCoverage {
    pub scheme: String,
    /// Every clause of the scheme.
    pub clauses: usize,
    /// Clauses whose covering criteria are all met (or not applicable).
    pub met: usize,
    /// Clauses with a covering criterion not met.
    pub not_met: usize,
    /// Clauses with a covering criterion unknown, or that no criterion covers.
    pub unknown: usize,
    /// Of the unknown, the clauses no criterion covers.
    pub uncovered: usize,
}

/// Assess a declaration.
pub fn assess(catalog: &Catalog, input: &Input<'_>) -> Assessment {
    let d = input.declaration;
    let verdicts: Vec<Verdict> = catalog.criteria.iter().map(|c| verdict(c, input)).collect();
    let scored = score(catalog, &verdicts);
    let schemes = scheme_coverage(catalog, &verdicts);
    Assessment {
        format: FORMAT.into(),
        format_version: FORMAT_VERSION,
        self_assessed: true,
        assessment_date: input.date,
        catalog: CatalogRef {
            version: catalog.version.clone(),
            sha256: catalog.sha256.clone(),
        },
        product: ProductRef {
            manufacturer: d.manufacturer.name.clone(),
            name: d.product.name.clone(),
            model: d.product.model.clone(),
            category: serde_json::to_value(d.product.category)
                .ok()
                .and_then(|v| v.as_str().map(str::to_owned))
                .unwrap_or_default(),
            firmware_version: d.product.firmware_version.clone(),
        },
        declaration_sha256: input.declaration_sha256.clone(),
        level: scored.level,
        areas: scored.areas,
        verdicts,
        next_level: scored.next_level,
        schemes,
        findings: input.findings.clone(),
        evidence: input.evidence.clone(),
    }
}

fn rule_for(id: &str) -> Option<rules::Rule> {
    RULES.iter().find(|(r, _)| *r == id).map(|(_, f)| *f)
}

fn verdict(c: &Criterion, input: &Input<'_>) -> Verdict {
    let d = input.declaration;
    let id = c.id.as_str();
    let mut note = String::new();
    let declared_na = d
        .not_applicable
        .iter()
        .find(|na| na.criterion.as_str() == id);
    let outcome = if conditions::holds(c.applies_if, d) == Some(false) {
        Outcome {
            status: Status::NotApplicable,
            basis: Some(Basis::Declared),
            explanation: format!(
                "Not applicable: this criterion applies only to {}, and {} says this product is not one.",
                c.applies_if.name().replace('_', " "),
                conditions::fact(c.applies_if)
            ),
            evidence: vec![],
            findings_weighed: true,
        }
    } else if let Some(na) = declared_na.filter(|_| c.not_applicable != NotApplicablePolicy::Never)
    {
        Outcome {
            status: Status::NotApplicable,
            basis: Some(Basis::Declared),
            explanation: format!("Declared not applicable: {}", na.reason.trim()),
            evidence: vec!["declaration:not_applicable".into()],
            findings_weighed: true,
        }
    } else {
        if declared_na.is_some() {
            note = " (It was declared not applicable, but it applies to every product.)".into();
        }
        let ctx = Ctx {
            d,
            criterion: c,
            findings: &input.findings,
            date: input.date,
        };
        let mut o = match rule_for(id) {
            Some(rule) => rule(&ctx),
            None => Outcome {
                status: Status::Unknown,
                basis: None,
                explanation: "The engine has no rule for this criterion.".into(),
                evidence: vec![],
                findings_weighed: false,
            },
        };
        apply_findings(c, &input.findings, &mut o);
        o
    };
    let outcome = match input
        .assessor_results
        .iter()
        .rfind(|r| r.criterion == id && r.status != Status::Unknown)
    {
        Some(r) => Outcome {
            status: r.status,
            basis: Some(Basis::Assessor),
            explanation: format!(
                "Tested by the assessor ({}): {} (On the declaration and evidence alone: {}: {})",
                r.assessor.trim(),
                r.note.trim(),
                outcome.status.as_str(),
                outcome.explanation
            ),
            evidence: {
                let mut e = outcome.evidence;
                e.push("assessor".into());
                e
            },
            findings_weighed: true,
        },
        None => outcome,
    };
    Verdict {
        criterion: id.to_owned(),
        area: c.area.clone(),
        level: c.level.get(),
        required: c.gates_level(),
        status: outcome.status,
        basis: outcome.basis,
        explanation: outcome.explanation + &note,
        evidence: outcome.evidence,
    }
}

/// Findings of the kinds a criterion names confirm or contradict what the
/// rule found on the declaration alone. A claim a finding contradicts is
/// never counted as met.
fn apply_findings(c: &Criterion, findings: &[Finding], o: &mut Outcome) {
    if o.findings_weighed || (o.basis != Some(Basis::Declared) && o.status != Status::Unknown) {
        return; // the rule already weighed the evidence itself
    }
    let contradicting: Vec<&Finding> = findings
        .iter()
        .filter(|f| c.findings.contradict.iter().any(|k| k == f.name()))
        .collect();
    let confirming: Vec<&Finding> = findings
        .iter()
        .filter(|f| c.findings.confirm.iter().any(|k| k == f.name()))
        .collect();
    if let Some(f) = contradicting.first() {
        if o.status == Status::Met {
            o.explanation = format!(
                "Contradicted by `{}`: {} The claim is not counted.",
                f.evidence, f.message
            );
        } else {
            o.explanation = format!(
                "{} Evidence also counts against it (`{}`): {}",
                o.explanation, f.evidence, f.message
            );
        }
        o.status = Status::NotMet;
        o.basis = Some(Basis::Contradicted);
    } else if let Some(f) = confirming.first()
        && o.status == Status::Met
    {
        o.basis = Some(Basis::Verified);
        o.explanation = format!(
            "{} Verified by `{}`: {}",
            o.explanation, f.evidence, f.message
        );
    }
    for f in contradicting.iter().chain(&confirming) {
        o.evidence
            .push(format!("finding:{}@{}", f.name(), f.evidence));
    }
}

/// Scores, grades and the level, from verdicts alone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Scored {
    pub areas: Vec<AreaScore>,
    pub level: u8,
    pub next_level: Option<NextLevel>,
}

/// Area scores (weights from the catalog), grades and the mark level.
/// `unknown` never counts as met; `not_applicable` is left out.
pub fn score(catalog: &Catalog, verdicts: &[Verdict]) -> Scored {
    let weight: BTreeMap<&str, u32> = catalog
        .criteria
        .iter()
        .map(|c| (c.id.as_str(), u32::from(c.weight)))
        .collect();
    let areas = catalog
        .areas
        .iter()
        .map(|a| {
            let vs: Vec<&Verdict> = verdicts.iter().filter(|v| v.area == a.id).collect();
            let count = |s: Status| vs.iter().filter(|v| v.status == s).count();
            let w = |v: &&Verdict| weight.get(v.criterion.as_str()).copied().unwrap_or(1);
            let applicable: u32 = vs
                .iter()
                .filter(|v| v.status != Status::NotApplicable)
                .map(w)
                .sum();
            let met: u32 = vs.iter().filter(|v| v.status == Status::Met).map(w).sum();
            let score = (met * 100 + applicable / 2)
                .checked_div(applicable)
                .map_or(100, |s| s as u8);
            AreaScore {
                id: a.id.clone(),
                score,
                grade: catalog.grade_for(score),
                met: count(Status::Met),
                not_met: count(Status::NotMet),
                unknown: count(Status::Unknown),
                not_applicable: count(Status::NotApplicable),
            }
        })
        .collect();
    let blocking = |level: u8| -> Vec<String> {
        verdicts
            .iter()
            .filter(|v| {
                v.required
                    && v.level <= level
                    && !matches!(v.status, Status::Met | Status::NotApplicable)
            })
            .map(|v| v.criterion.clone())
            .collect()
    };
    let mut level = 0;
    while level < 3 && blocking(level + 1).is_empty() {
        level += 1;
    }
    let next_level = (level < 3).then(|| NextLevel {
        level: level + 1,
        missing: blocking(level + 1),
    });
    Scored {
        areas,
        level,
        next_level,
    }
}

fn scheme_coverage(catalog: &Catalog, verdicts: &[Verdict]) -> Vec<SchemeCoverage> {
    let status: BTreeMap<&str, Status> = verdicts
        .iter()
        .map(|v| (v.criterion.as_str(), v.status))
        .collect();
    catalog
        .schemes
        .iter()
        .filter_map(|s| catalog.crosswalk(&s.id))
        .map(|x| {
            let mut cov = SchemeCoverage {
                scheme: x.scheme.id.clone(),
                clauses: x.clauses.len(),
                met: 0,
                not_met: 0,
                unknown: 0,
                uncovered: 0,
            };
            for clause in &x.clauses {
                let covering: Vec<Status> = clause
                    .criteria
                    .iter()
                    .filter(|(_, conf)| conf.covers())
                    .filter_map(|(id, _)| status.get(id).copied())
                    .collect();
                if covering.is_empty() {
                    cov.unknown += 1;
                    cov.uncovered += 1;
                } else if covering.contains(&Status::NotMet) {
                    cov.not_met += 1;
                } else if covering.contains(&Status::Unknown) {
                    cov.unknown += 1;
                } else {
                    cov.met += 1;
                }
            }
            cov
        })
        .collect()
}

/// Consistency of the catalog with the engine: every criterion has a rule,
/// every rule a criterion, and every declaration path a criterion names
/// exists in the declaration schema.
pub fn check_rules(catalog: &Catalog) -> Vec<iotmark_model::Diagnostic> {
    use iotmark_model::Diagnostic;
    let mut out = Vec::new();
    for c in &catalog.criteria {
        if rule_for(c.id.as_str()).is_none() {
            out.push(Diagnostic::error(
                "engine/missing-rule",
                "crates/assess/src/rules.rs",
                format!("criterion `{}` has no rule", c.id),
            ));
        }
        for f in &c.fields {
            if !declaration_path_exists(f) {
                out.push(Diagnostic::error(
                    "catalog/unknown-field",
                    &format!("catalog/criteria/{}.yaml", c.area.to_lowercase()),
                    format!(
                        "`{}` reads `{f}`, which the declaration does not have",
                        c.id
                    ),
                ));
            }
        }
    }
    for (i, (id, _)) in RULES.iter().enumerate() {
        if catalog.criterion(id).is_none() {
            out.push(Diagnostic::error(
                "engine/orphan-rule",
                "crates/assess/src/rules.rs",
                format!("rule `{id}` has no criterion"),
            ));
        }
        if RULES[..i].iter().any(|(other, _)| other == id) {
            out.push(Diagnostic::error(
                "engine/duplicate-rule",
                "crates/assess/src/rules.rs",
                format!("rule `{id}` is registered twice"),
            ));
        }
    }
    out
}

/// Whether a dotted path (`updates.support.end_date`) names a declaration field.
fn declaration_path_exists(path: &str) -> bool {
    let schema = iotmark_declaration::schema();
    let resolve = |mut s: &'static serde_json::Value| {
        for _ in 0..16 {
            let Some(r) = s
                .get("$ref")
                .and_then(|r| r.as_str())
                .and_then(|r| r.strip_prefix('#'))
            else {
                break;
            };
            match schema.pointer(r) {
                Some(t) => s = t,
                None => break,
            }
        }
        s
    };
    let mut current = vec![schema];
    for seg in path.split('.') {
        let mut next = Vec::new();
        for s in current {
            let s = resolve(s);
            let mut candidates = vec![s];
            for k in ["anyOf", "oneOf"] {
                if let Some(list) = s.get(k).and_then(|v| v.as_array()) {
                    candidates.extend(list.iter().map(resolve));
                }
            }
            for cand in candidates {
                let cand = cand.get("items").map(resolve).unwrap_or(cand);
                if let Some(p) = cand.get("properties").and_then(|p| p.get(seg)) {
                    next.push(p);
                }
            }
        }
        if next.is_empty() {
            return false;
        }
        current = next;
    }
    true
}
