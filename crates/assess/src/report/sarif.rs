use iotmark_catalog::Catalog;
use iotmark_model::{Basis, Position, Status};
use serde_json::{Value, json};

use crate::Assessment;

/// SARIF 2.1.0: one rule per criterion, one result per criterion that is not
/// met (level `error` when contradicted or required, `warning` when
/// recommended) or unknown (`note`). `locate` gives the position of a
/// declaration path in `declaration_uri`, so alerts point into the file.
pub fn sarif(
    a: &Assessment,
    catalog: &Catalog,
    declaration_uri: &str,
    locate: &dyn Fn(&str) -> Option<Position>,
) -> String {
    let t = catalog.text();
    let rules: Vec<Value> = catalog
        .criteria
        .iter()
        .map(|c| {
            let id = c.id.as_str();
            json!({
                "id": id,
                "name": id.replace('-', ""),
                "shortDescription": {"text": t.title(id)},
                "fullDescription": {"text": t.requirement(id)},
                "help": {"text": format!("{} {}", t.rationale(id), t.consumer(id))},
                "properties": {"level": c.level.get(), "area": c.area, "tags": [c.area.clone(), format!("level-{}", c.level)]},
            })
        })
        .collect();
    let index = |id: &str| {
        catalog
            .criteria
            .iter()
            .position(|c| c.id.as_str() == id)
            .unwrap_or(0)
    };
    let results: Vec<Value> = a
        .verdicts
        .iter()
        .filter(|v| matches!(v.status, Status::NotMet | Status::Unknown))
        .map(|v| {
            let level = match (v.status, v.basis, v.required) {
                (_, Some(Basis::Contradicted), _) => "error",
                (Status::NotMet, _, true) => "error",
                (Status::NotMet, _, false) => "warning",
                _ => "note",
            };
            let path = v
                .evidence
                .iter()
                .find_map(|e| e.strip_prefix("declaration:"))
                .unwrap_or("");
            let pos = locate(path).unwrap_or(Position { line: 1, column: 1 });
            json!({
                "ruleId": v.criterion,
                "ruleIndex": index(&v.criterion),
                "level": level,
                "message": {"text": format!("{}: {}", t.title(&v.criterion), v.explanation)},
                "locations": [{
                    "physicalLocation": {
                        "artifactLocation": {"uri": declaration_uri},
                        "region": {"startLine": pos.line, "startColumn": pos.column},
                    },
                    "logicalLocations": [{"fullyQualifiedName": path, "kind": "member"}],
                }],
                "properties": {"status": v.status, "basis": v.basis},
            })
        })
        .collect();
    let log = json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "iotmark",
                "informationUri": "https://iotmark.example/",
                "semanticVersion": env!("CARGO_PKG_VERSION"),
                "rules": rules,
            }},
            "automationDetails": {"id": format!("iotmark/self-assessment/{}", a.catalog.version)},
            "results": results,
            "properties": {"selfAssessed": true, "level": a.level, "catalog": a.catalog.version},
        }],
    });
    let mut s = serde_json::to_string_pretty(&log).unwrap_or_default();
    s.push('\n');
    s
}
