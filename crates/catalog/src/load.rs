//! Loading and validating the catalog files. Every problem is collected;
//! nothing stops at the first one.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use iotmark_model::{CriterionId, Diagnostic, FindingKind, Level};
use serde::Deserialize;
use serde_json::Value;
use sha2::{Digest, Sha256};

use crate::text::Texts;
use crate::{
    Area, Catalog, Condition, Criterion, FindingRefs, GradeBand, NotApplicablePolicy, Obligation,
    Parameter, Reference, Scheme, Verification,
};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCatalog {
    version: String,
    published: chrono::NaiveDate,
    grades: Vec<GradeBand>,
    areas: Vec<String>,
    conditions: Vec<String>,
    schemes: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawAreaFile<C> {
    area: String,
    criteria: Vec<C>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCriterion {
    id: String,
    level: u8,
    obligation: Obligation,
    weight: u8,
    applies_if: Condition,
    not_applicable: NotApplicablePolicy,
    verification: Verification,
    #[serde(default)]
    fields: Vec<String>,
    #[serde(default)]
    findings: FindingRefs,
    #[serde(default)]
    parameters: BTreeMap<String, Parameter>,
    #[serde(default)]
    references: Vec<Reference>,
}

/// Load a catalog from `(path, contents)` pairs (paths relative to the
/// repository root: `catalog/…` and `locales/<lang>/…`). Returns every
/// problem found when the catalog is not valid.
pub fn load<'a>(
    files: impl IntoIterator<Item = (&'a str, &'a str)>,
) -> Result<Catalog, Vec<Diagnostic>> {
    let files: Vec<(&str, &str)> = files.into_iter().collect();
    let sha256 = hash(files.iter().copied());
    load_prepared(files, sha256)
}

/// sha256 over `(path, contents)` pairs in path order.
pub(crate) fn hash<'a>(files: impl IntoIterator<Item = (&'a str, &'a str)>) -> String {
    let mut files: Vec<(&str, &str)> = files.into_iter().collect();
    files.sort();
    let mut hasher = Sha256::new();
    for (path, contents) in &files {
        hasher.update(path.as_bytes());
        hasher.update([0]);
        hasher.update(contents.as_bytes());
        hasher.update([0]);
    }
    hex::encode(hasher.finalize())
}

/// A catalog file, parsed.
enum Parsed<'a> {
    /// From YAML, with the position of every value.
    Spanned(iotmark_document::Document),
    /// JSON converted at build time: deserialised straight into the types.
    Json(&'a str),
}

impl Parsed<'_> {
    fn position(&self, pointer: &str) -> Option<iotmark_model::Position> {
        match self {
            Parsed::Spanned(d) => d.position(pointer),
            Parsed::Json(_) => None,
        }
    }

    fn deserialize<T: serde::de::DeserializeOwned>(&self) -> Result<T, serde_json::Error> {
        match self {
            Parsed::Spanned(d) => T::deserialize(&d.value),
            Parsed::Json(text) => serde_json::from_str(text),
        }
    }

    /// The area file's area and its criteria, each deserialised on its own
    /// so that one broken criterion does not hide the others.
    fn criteria(&self) -> Result<(String, Vec<Result<RawCriterion, String>>), serde_json::Error> {
        if let Parsed::Json(text) = self
            && let Ok(f) = serde_json::from_str::<RawAreaFile<RawCriterion>>(text)
        {
            return Ok((f.area, f.criteria.into_iter().map(Ok).collect()));
        }
        let f: RawAreaFile<Value> = self.deserialize()?;
        let items = f
            .criteria
            .iter()
            .map(|v| RawCriterion::deserialize(v).map_err(|e| e.to_string()))
            .collect();
        Ok((f.area, items))
    }
}

/// A file by its source path: the YAML itself (parsed with positions), or
/// its build-time JSON conversion (`<path>.json`, parsed fast).
fn document<'a>(
    by_path: &HashMap<&str, &'a str>,
    path: &str,
) -> Option<Result<Parsed<'a>, Diagnostic>> {
    if let Some(text) = by_path.get(path) {
        return Some(iotmark_document::parse(path, text).map(Parsed::Spanned));
    }
    let json = by_path.get(format!("{path}.json").as_str())?;
    Some(Ok(Parsed::Json(json)))
}

/// Load from files whose YAML may already be converted to JSON, with the
/// hash of the source files given.
pub(crate) fn load_prepared<'a>(
    files: impl IntoIterator<Item = (&'a str, &'a str)>,
    sha256: String,
) -> Result<Catalog, Vec<Diagnostic>> {
    let mut files: Vec<(&str, &str)> = files.into_iter().collect();
    files.sort();
    let mut diags = Vec::new();

    let by_path: HashMap<&str, &str> = files.iter().copied().collect();
    let main_path = "catalog/catalog.yaml";
    let main_doc = match document(&by_path, main_path) {
        None => {
            return Err(vec![Diagnostic::error(
                "catalog/missing-file",
                main_path,
                "the catalog has no catalog.yaml",
            )]);
        }
        Some(Ok(d)) => d,
        Some(Err(d)) => return Err(vec![d]),
    };
    let raw: RawCatalog = match main_doc.deserialize() {
        Ok(r) => r,
        Err(e) => {
            return Err(vec![
                Diagnostic::error("catalog/invalid", main_path, e.to_string())
                    .at(main_doc.position("")),
            ]);
        }
    };

    if raw.version.trim().is_empty() {
        diags.push(
            Diagnostic::error("catalog/invalid", main_path, "the version is empty").path("version"),
        );
    }
    if raw
        .grades
        .windows(2)
        .any(|w| w[0].min_score <= w[1].min_score)
        || raw.grades.last().map(|g| g.min_score) != Some(0)
    {
        diags.push(
            Diagnostic::error(
                "catalog/invalid",
                main_path,
                "grade bands must fall strictly and end at 0",
            )
            .at(main_doc.position("/grades"))
            .path("grades"),
        );
    }

    // Conditions: the data's list and the engine's closed set agree both ways.
    let known: BTreeSet<String> = Condition::ALL.iter().map(|c| c.name()).collect();
    let listed: BTreeSet<String> = raw.conditions.iter().cloned().collect();
    for c in listed.difference(&known) {
        diags.push(Diagnostic::error(
            "catalog/unknown-condition",
            main_path,
            format!("condition `{c}` is listed but the engine does not know it"),
        ));
    }
    for c in known.difference(&listed) {
        diags.push(Diagnostic::error(
            "catalog/unlisted-condition",
            main_path,
            format!("the engine knows condition `{c}` but catalog.yaml does not list it"),
        ));
    }

    // Schemes.
    let mut schemes = Vec::new();
    for (i, id) in raw.schemes.iter().enumerate() {
        let path = format!("catalog/schemes/{id}.yaml");
        let Some(parsed) = document(&by_path, &path) else {
            diags.push(
                Diagnostic::error(
                    "catalog/missing-file",
                    main_path,
                    format!("scheme `{id}` has no file {path}"),
                )
                .at(main_doc.position(&format!("/schemes/{i}")))
                .path(format!("schemes[{i}]")),
            );
            continue;
        };
        match parsed {
            Err(d) => diags.push(d),
            Ok(doc) => match doc.deserialize::<Scheme>() {
                Err(e) => diags.push(Diagnostic::error("catalog/invalid", &path, e.to_string())),
                Ok(s) => {
                    if &s.id != id {
                        diags.push(
                            Diagnostic::error(
                                "catalog/invalid",
                                &path,
                                format!("the file's id is `{}`", s.id),
                            )
                            .at(doc.position("/id"))
                            .path("id")
                            .expected(format!("`{id}`")),
                        );
                    }
                    let mut seen = BTreeSet::new();
                    for (j, c) in s.clauses.iter().enumerate() {
                        if !seen.insert(c.id.as_str()) {
                            diags.push(
                                Diagnostic::error(
                                    "catalog/duplicate",
                                    &path,
                                    format!("clause `{}` appears twice", c.id),
                                )
                                .at(doc.position(&format!("/clauses/{j}")))
                                .path(format!("clauses[{j}]")),
                            );
                        }
                    }
                    schemes.push(s);
                }
            },
        }
    }
    for (path, _) in &files {
        if let Some(id) = path
            .strip_prefix("catalog/schemes/")
            .and_then(|p| p.trim_end_matches(".json").strip_suffix(".yaml"))
            && !raw.schemes.iter().any(|s| s == id)
        {
            diags.push(Diagnostic::error(
                "catalog/unlisted-file",
                path,
                format!("scheme file `{id}` is not listed in catalog.yaml"),
            ));
        }
    }
    let clause_index: HashMap<&str, BTreeSet<&str>> = schemes
        .iter()
        .map(|s| {
            (
                s.id.as_str(),
                s.clauses.iter().map(|c| c.id.as_str()).collect(),
            )
        })
        .collect();

    // Criteria, one file per area.
    let mut areas = Vec::new();
    let mut criteria = Vec::new();
    let mut ids = BTreeSet::new();
    for (ai, area) in raw.areas.iter().enumerate() {
        if area.len() != 3 || !area.bytes().all(|b| b.is_ascii_uppercase()) {
            diags.push(
                Diagnostic::error(
                    "catalog/invalid",
                    main_path,
                    format!("area `{area}` is not three capital letters"),
                )
                .at(main_doc.position(&format!("/areas/{ai}"))),
            );
            continue;
        }
        areas.push(Area { id: area.clone() });
        let path = format!("catalog/criteria/{}.yaml", area.to_lowercase());
        let Some(parsed) = document(&by_path, &path) else {
            diags.push(Diagnostic::error(
                "catalog/missing-file",
                main_path,
                format!("area `{area}` has no criteria file {path}"),
            ));
            continue;
        };
        let doc = match parsed {
            Ok(d) => d,
            Err(d) => {
                diags.push(d);
                continue;
            }
        };
        let (file_area, items) = match doc.criteria() {
            Ok(f) => f,
            Err(e) => {
                diags.push(
                    Diagnostic::error("catalog/invalid", &path, e.to_string()).at(doc.position("")),
                );
                continue;
            }
        };
        if &file_area != area {
            diags.push(
                Diagnostic::error(
                    "catalog/invalid",
                    &path,
                    format!("the file says area `{file_area}`"),
                )
                .at(doc.position("/area"))
                .path("area")
                .expected(format!("`{area}`")),
            );
        }
        for (ci, item) in items.into_iter().enumerate() {
            let ptr = format!("/criteria/{ci}");
            let at = doc.position(&ptr);
            let here = |code: &str, msg: String| {
                Diagnostic::error(code, &path, msg)
                    .at(at)
                    .path(format!("criteria[{ci}]"))
            };
            let rc: RawCriterion = match item {
                Ok(c) => c,
                Err(e) => {
                    diags.push(here("catalog/invalid", e));
                    continue;
                }
            };
            let id: CriterionId = match rc.id.parse() {
                Ok(id) => id,
                Err(e) => {
                    diags.push(here("catalog/invalid-id", e.to_string()));
                    continue;
                }
            };
            if !ids.insert(id.clone()) {
                diags.push(here(
                    "catalog/duplicate",
                    format!("criterion `{id}` is defined twice"),
                ));
            }
            if id.area_prefix() != area {
                diags.push(here(
                    "catalog/wrong-area",
                    format!("`{id}` is in the file of area `{area}`"),
                ));
            }
            let level = match Level::new(rc.level) {
                Some(l) if l.get() >= 1 => l,
                _ => {
                    diags.push(here(
                        "catalog/invalid-level",
                        format!("`{id}` has level {}", rc.level),
                    ));
                    Level::BASELINE
                }
            };
            if !(1..=5).contains(&rc.weight) {
                diags.push(here(
                    "catalog/invalid-weight",
                    format!("`{id}` has weight {}", rc.weight),
                ));
            }
            for name in rc.findings.confirm.iter().chain(&rc.findings.contradict) {
                if !FindingKind::NAMES.contains(&name.as_str()) {
                    diags.push(here(
                        "catalog/unknown-finding",
                        format!("`{id}` names finding kind `{name}`, which no analyser produces"),
                    ));
                }
            }
            let mut seen = BTreeSet::new();
            for (ri, r) in rc.references.iter().enumerate() {
                let rat = doc.position(&format!("{ptr}/references/{ri}"));
                match clause_index.get(r.scheme.as_str()) {
                    None => diags.push(
                        Diagnostic::error(
                            "catalog/unknown-scheme",
                            &path,
                            format!("`{id}` references unknown scheme `{}`", r.scheme),
                        )
                        .at(rat)
                        .path(format!("criteria[{ci}].references[{ri}]")),
                    ),
                    Some(clauses) if !clauses.contains(r.clause.as_str()) => diags.push(
                        Diagnostic::error(
                            "catalog/unknown-clause",
                            &path,
                            format!(
                                "`{id}` references clause `{}`, which scheme `{}` does not have",
                                r.clause, r.scheme
                            ),
                        )
                        .at(rat)
                        .path(format!("criteria[{ci}].references[{ri}]")),
                    ),
                    Some(_) => {}
                }
                if !seen.insert((r.scheme.as_str(), r.clause.as_str())) {
                    diags.push(
                        Diagnostic::error(
                            "catalog/duplicate",
                            &path,
                            format!("`{id}` references {} {} twice", r.scheme, r.clause),
                        )
                        .at(rat),
                    );
                }
            }
            criteria.push(Criterion {
                id,
                area: area.clone(),
                level,
                obligation: rc.obligation,
                weight: rc.weight,
                applies_if: rc.applies_if,
                not_applicable: rc.not_applicable,
                verification: rc.verification,
                fields: rc.fields,
                findings: rc.findings,
                parameters: rc.parameters,
                references: rc.references,
            });
        }
    }
    for (path, _) in &files {
        if let Some(name) = path
            .strip_prefix("catalog/criteria/")
            .and_then(|p| p.trim_end_matches(".json").strip_suffix(".yaml"))
            && !raw.areas.iter().any(|a| a.to_lowercase() == name)
        {
            diags.push(Diagnostic::error(
                "catalog/unlisted-file",
                path,
                format!("criteria file `{name}.yaml` belongs to no area in catalog.yaml"),
            ));
        }
    }

    // Text: English is canonical and complete.
    let texts = match Texts::load(&files, "en") {
        Ok(t) => t,
        Err(mut d) => {
            diags.append(&mut d);
            return Err(diags);
        }
    };
    diags.extend(texts.check(&criteria, &areas));

    if !diags.is_empty() {
        return Err(diags);
    }
    // The other languages are loaded when first asked for; keep their files.
    let locale_files: Vec<(String, String)> = files
        .iter()
        .filter(|(path, _)| path.starts_with("locales/") && !path.starts_with("locales/en/"))
        .map(|(p, t)| ((*p).to_owned(), (*t).to_owned()))
        .collect();
    Ok(Catalog {
        version: raw.version,
        published: raw.published,
        sha256,
        grades: raw.grades,
        areas,
        criteria,
        schemes,
        texts,
        locale_files,
        translations: Default::default(),
    })
}
