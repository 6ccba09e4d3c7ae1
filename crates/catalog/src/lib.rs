//! The harmonised criteria catalog: loading, validation, text and exports.
//!
//! The catalog is data (`catalog/*.yaml` and `locales/<lang>/*.ftl` at the
//! repository root, see `catalog/README.md`), embedded into this crate at
//! build time. [`Catalog::embedded`] loads and validates it; [`load`] loads
//! any set of files and reports **every** problem at once. Only this crate
//! reads criteria data.
//!
//! What this crate does not do: it does not judge products (that is
//! `iotmark-assess`, which also checks that every criterion has a rule) and
//! it does no I/O beyond what the caller hands in.
//!
//! ```
//! let catalog = iotmark_catalog::Catalog::embedded().unwrap();
//! let c = catalog.criterion("SEC-01").unwrap();
//! assert_eq!(c.level.get(), 1);
//! assert!(!catalog.text().title("SEC-01").is_empty());
//! ```

mod crosswalk;
mod export;
mod load;
mod oscal;
mod text;

use std::collections::BTreeMap;
use std::sync::OnceLock;

use iotmark_model::{CriterionId, Diagnostic, Level};
use serde::{Deserialize, Serialize};

pub use crosswalk::{ClauseCoverage, Crosswalk};
pub use export::{to_json, to_markdown};
pub use load::load;
pub use oscal::to_oscal;
pub use text::Texts;

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/embedded.rs"));
}

/// The embedded catalog and locale files: (path relative to the repository root, contents).
pub fn embedded_files() -> &'static [(&'static str, &'static str)] {
    embedded::FILES
}

/// A loaded, validated catalog.
#[derive(Debug)]
pub struct Catalog {
    /// The catalog version, e.g. `2026.1`.
    pub version: String,
    /// The publication date of this version.
    pub published: chrono::NaiveDate,
    /// sha256 over every catalog and locale file, in path order.
    pub sha256: String,
    /// Grade bands, best first.
    pub grades: Vec<GradeBand>,
    /// Areas in display order.
    pub areas: Vec<Area>,
    /// Criteria in area order, then id order.
    pub criteria: Vec<Criterion>,
    /// The referenced schemes, in catalog order.
    pub schemes: Vec<Scheme>,
    texts: Texts,
    /// The locale files of the languages other than English.
    locale_files: Vec<(String, String)>,
    /// Those languages, loaded when first asked for.
    translations: [OnceLock<Result<Texts, Vec<Diagnostic>>>; LANGUAGES.len() - 1],
}

/// The languages the catalog and the labels are written in; English is
/// canonical and complete, the others must have every message English has.
pub const LANGUAGES: [&str; 5] = ["en", "fr", "de", "es", "ja"];

impl Catalog {
    /// The catalog embedded at build time. It is validated once; a broken
    /// embedded catalog is reported as its diagnostics.
    pub fn embedded() -> Result<&'static Catalog, &'static [Diagnostic]> {
        static CATALOG: OnceLock<Result<Catalog, Vec<Diagnostic>>> = OnceLock::new();
        CATALOG
            .get_or_init(Catalog::load_embedded)
            .as_ref()
            .map_err(Vec::as_slice)
    }

    /// Load and validate the embedded catalog afresh (uncached; the YAML was
    /// converted to JSON at build time). [`Catalog::embedded`] caches this.
    pub fn load_embedded() -> Result<Catalog, Vec<Diagnostic>> {
        load::load_prepared(
            embedded::PREPARED.iter().copied(),
            embedded::SHA256.to_owned(),
        )
    }

    pub fn criterion(&self, id: &str) -> Option<&Criterion> {
        self.criteria.iter().find(|c| c.id.as_str() == id)
    }

    pub fn area(&self, id: &str) -> Option<&Area> {
        self.areas.iter().find(|a| a.id == id)
    }

    pub fn scheme(&self, id: &str) -> Option<&Scheme> {
        self.schemes.iter().find(|s| s.id == id)
    }

    /// The criteria of one area.
    pub fn criteria_of<'a>(&'a self, area: &'a str) -> impl Iterator<Item = &'a Criterion> + 'a {
        self.criteria.iter().filter(move |c| c.area == area)
    }

    /// English text (the canonical language).
    pub fn text(&self) -> &Texts {
        &self.texts
    }

    /// The text in one of [`LANGUAGES`]; the problems of its Fluent files
    /// when they do not load, or an error naming the languages there are.
    pub fn text_in(&self, lang: &str) -> Result<&Texts, &[Diagnostic]> {
        static UNKNOWN: OnceLock<Vec<Diagnostic>> = OnceLock::new();
        if lang == "en" {
            return Ok(&self.texts);
        }
        let Some(index) = LANGUAGES[1..].iter().position(|l| *l == lang) else {
            return Err(UNKNOWN.get_or_init(|| {
                vec![
                    Diagnostic::error(
                        "locale/unknown",
                        "locales/",
                        "no text in this language".to_owned(),
                    )
                    .expected(format!("one of {}", LANGUAGES.join(", "))),
                ]
            }));
        };
        self.translations[index]
            .get_or_init(|| {
                let files: Vec<(&str, &str)> = self
                    .locale_files
                    .iter()
                    .map(|(p, t)| (p.as_str(), t.as_str()))
                    .collect();
                Texts::load(&files, lang)
            })
            .as_ref()
            .map_err(Vec::as_slice)
    }

    /// Problems with the translations: a language whose files do not load,
    /// a message or attribute English has and a language lacks (or leaves
    /// empty), and a message a language has that English does not.
    pub fn check_translations(&self) -> Vec<Diagnostic> {
        let mut out = Vec::new();
        for lang in &LANGUAGES[1..] {
            match self.text_in(lang) {
                Ok(texts) => out.extend(self.texts.compare(texts)),
                Err(d) => out.extend(d.iter().cloned()),
            }
        }
        out
    }

    /// The grade for an area score.
    pub fn grade_for(&self, score: u8) -> char {
        self.grades
            .iter()
            .find(|g| score >= g.min_score)
            .map(|g| g.grade)
            .unwrap_or('E')
    }

    /// Which clauses of a scheme the catalog covers.
    pub fn crosswalk(&self, scheme: &str) -> Option<Crosswalk<'_>> {
        crosswalk::crosswalk(self, scheme)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct GradeBand {
    pub grade: char,
    pub min_score: u8,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Area {
    /// Three capital letters, the prefix of its criterion ids.
    pub id: String,
}

/// A checkable requirement. Its human text lives in [`Texts`].
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Criterion {
    pub id: CriterionId,
    pub area: String,
    pub level: Level,
    pub obligation: Obligation,
    pub weight: u8,
    pub applies_if: Condition,
    pub not_applicable: NotApplicablePolicy,
    pub verification: Verification,
    /// Declaration paths the rule reads.
    pub fields: Vec<String>,
    pub findings: FindingRefs,
    /// Numbers and strings the rule reads, e.g. `max_days`.
    pub parameters: BTreeMap<String, Parameter>,
    pub references: Vec<Reference>,
}

impl Criterion {
    /// A numeric parameter. Validation guarantees the ones rules use exist.
    pub fn number(&self, name: &str) -> Option<f64> {
        match self.parameters.get(name) {
            Some(Parameter::Number(n)) => Some(*n),
            _ => None,
        }
    }

    pub fn string(&self, name: &str) -> Option<&str> {
        match self.parameters.get(name) {
            Some(Parameter::Text(s)) => Some(s),
            _ => None,
        }
    }

    /// Whether it gates its level (recommended criteria only score).
    pub fn gates_level(&self) -> bool {
        self.obligation == Obligation::Required
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Parameter {
    Number(f64),
    Text(String),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Obligation {
    Required,
    Recommended,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NotApplicablePolicy {
    /// The criterion applies to every product.
    Never,
    /// A manufacturer may declare it not applicable with a written reason.
    WithReason,
    /// A manufacturer may declare it not applicable.
    Allowed,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Verification {
    Declared,
    Analyser,
    Assessor,
}

/// When a criterion applies. A closed set: the engine knows each one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Condition {
    Always,
    NetworkLogin,
    UniqueDefaultPassword,
    Updatable,
    UsesCloud,
    HasAccount,
    HasApp,
    HasBattery,
    HasCameraOrMicrophone,
    HasSensitiveSensor,
    ProcessesPersonalData,
    ForChildren,
    HasStandards,
}

impl Condition {
    pub const ALL: &'static [Condition] = &[
        Condition::Always,
        Condition::NetworkLogin,
        Condition::UniqueDefaultPassword,
        Condition::Updatable,
        Condition::UsesCloud,
        Condition::HasAccount,
        Condition::HasApp,
        Condition::HasBattery,
        Condition::HasCameraOrMicrophone,
        Condition::HasSensitiveSensor,
        Condition::ProcessesPersonalData,
        Condition::ForChildren,
        Condition::HasStandards,
    ];

    pub fn name(self) -> String {
        serde_json::to_value(self)
            .ok()
            .and_then(|v| v.as_str().map(str::to_owned))
            .unwrap_or_default()
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FindingRefs {
    #[serde(default)]
    pub confirm: Vec<String>,
    #[serde(default)]
    pub contradict: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Reference {
    pub scheme: String,
    pub clause: String,
    pub confidence: Confidence,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Confidence {
    Exact,
    Partial,
    Related,
}

impl Confidence {
    /// Whether a reference of this confidence counts as covering the clause.
    pub fn covers(self) -> bool {
        matches!(self, Confidence::Exact | Confidence::Partial)
    }
}

/// A scheme the catalog maps to, with its clause list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scheme {
    pub id: String,
    pub name: String,
    pub edition: String,
    pub url: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
    pub clauses: Vec<Clause>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Clause {
    pub id: String,
    pub title: String,
    pub mandatory: bool,
}
