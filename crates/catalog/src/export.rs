//! JSON and Markdown exports of the catalog, with its text.

use std::fmt::Write as _;

use serde_json::{Value, json};

use crate::{Catalog, Condition, Confidence, Criterion, Obligation, Verification};

fn name_of<T: serde::Serialize>(v: T) -> String {
    serde_json::to_value(v)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}

fn criterion_json(catalog: &Catalog, c: &Criterion) -> Value {
    let t = catalog.text();
    let id = c.id.as_str();
    json!({
        "id": id,
        "area": c.area,
        "level": c.level,
        "obligation": c.obligation,
        "weight": c.weight,
        "applies_if": c.applies_if,
        "not_applicable": c.not_applicable,
        "verification": c.verification,
        "title": t.title(id),
        "requirement": t.requirement(id),
        "rationale": t.rationale(id),
        "consumer": t.consumer(id),
        "fields": c.fields,
        "findings": c.findings,
        "parameters": c.parameters,
        "references": c.references,
    })
}

/// The whole catalog, with English text, as one JSON document.
pub fn to_json(catalog: &Catalog) -> Value {
    let t = catalog.text();
    json!({
        "catalog": {
            "version": catalog.version,
            "published": catalog.published,
            "sha256": catalog.sha256,
        },
        "grades": catalog.grades,
        "levels": (1..=3).map(|l| json!({"level": l, "name": t.level_name(l), "description": t.level_description(l)})).collect::<Vec<_>>(),
        "areas": catalog.areas.iter().map(|a| json!({
            "id": a.id,
            "name": t.area_name(&a.id),
            "description": t.area_description(&a.id),
            "criteria": catalog.criteria_of(&a.id).map(|c| criterion_json(catalog, c)).collect::<Vec<_>>(),
        })).collect::<Vec<_>>(),
        "schemes": catalog.schemes,
    })
}

/// The catalog as a Markdown document for people.
pub fn to_markdown(catalog: &Catalog) -> String {
    let t = catalog.text();
    let mut s = String::new();
    let _ = writeln!(s, "# iotmark criteria catalog {}\n", catalog.version);
    let _ = writeln!(
        s,
        "Published {}. {} criteria in {} areas. Catalog sha256 `{}`.\n",
        catalog.published,
        catalog.criteria.len(),
        catalog.areas.len(),
        catalog.sha256
    );
    s.push_str("## Levels\n\n");
    for l in 1..=3u8 {
        let _ = writeln!(
            s,
            "- **{} — {}**: {}",
            l,
            t.level_name(l),
            t.level_description(l)
        );
    }
    s.push('\n');
    for a in &catalog.areas {
        let _ = writeln!(
            s,
            "## {} — {}\n\n{}\n",
            a.id,
            t.area_name(&a.id),
            t.area_description(&a.id)
        );
        s.push_str("| id | criterion | level | obligation | applies to | verified by |\n|---|---|---|---|---|---|\n");
        for c in catalog.criteria_of(&a.id) {
            let _ = writeln!(
                s,
                "| {} | {} | {} | {} | {} | {} |",
                c.id,
                t.title(c.id.as_str()),
                c.level,
                match c.obligation {
                    Obligation::Required => "required",
                    Obligation::Recommended => "recommended",
                },
                applies_phrase(catalog, c.applies_if),
                match c.verification {
                    Verification::Declared => "declaration",
                    Verification::Analyser => "evidence analyser",
                    Verification::Assessor => "assessor",
                }
            );
        }
        s.push('\n');
        for c in catalog.criteria_of(&a.id) {
            let id = c.id.as_str();
            let _ = writeln!(s, "### {} {}\n", id, t.title(id));
            let _ = writeln!(s, "{}\n", t.requirement(id));
            let _ = writeln!(s, "*Why:* {}\n", t.rationale(id));
            let _ = writeln!(s, "*In plain words:* {}\n", t.consumer(id));
            if !c.references.is_empty() {
                let refs: Vec<String> = c
                    .references
                    .iter()
                    .map(|r| {
                        let short = catalog
                            .scheme(&r.scheme)
                            .map(|s| s.name.as_str())
                            .unwrap_or(&r.scheme);
                        format!("{short} {} ({})", r.clause, confidence(r.confidence))
                    })
                    .collect();
                let _ = writeln!(s, "*Maps to:* {}\n", refs.join("; "));
            }
        }
    }
    s
}

fn confidence(c: Confidence) -> &'static str {
    match c {
        Confidence::Exact => "exact",
        Confidence::Partial => "partial",
        Confidence::Related => "related",
    }
}

fn applies_phrase(catalog: &Catalog, c: Condition) -> String {
    catalog.text().label(&format!("condition-{}", name_of(c)))
}
