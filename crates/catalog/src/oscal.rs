//! Export as a NIST OSCAL 1.1 catalog (JSON).
//!
//! Mapping: each area is an OSCAL `group`, each criterion a `control` whose
//! `statement` part is the requirement, `guidance` the rationale, and an
//! `explanation` part the consumer text. Level, weight, obligation,
//! applicability and verification are `props` in the iotmark namespace;
//! each crosswalk reference is a `mapping` prop (`class` = confidence,
//! value = `scheme:clause`) plus a link to the scheme's back-matter
//! resource. UUIDs are derived from the catalog hash, so the export is
//! deterministic.

use serde_json::{Value, json};
use sha2::{Digest, Sha256};

use crate::Catalog;

/// The OSCAL version the export conforms to.
pub const OSCAL_VERSION: &str = "1.1.2";
/// The namespace of iotmark's OSCAL properties.
pub const NAMESPACE: &str = "https://iotmark.example/ns/oscal";

fn uuid(catalog: &Catalog, name: &str) -> String {
    let digest = Sha256::digest(format!("{}:{name}", catalog.sha256).as_bytes());
    let mut b = [0u8; 16];
    b.copy_from_slice(&digest[..16]);
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    let h = hex::encode(b);
    format!(
        "{}-{}-{}-{}-{}",
        &h[0..8],
        &h[8..12],
        &h[12..16],
        &h[16..20],
        &h[20..32]
    )
}

fn prop(name: &str, value: impl ToString) -> Value {
    json!({"name": name, "ns": NAMESPACE, "value": value.to_string()})
}

fn token<T: serde::Serialize>(v: T) -> String {
    serde_json::to_value(v)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}

/// The catalog as an OSCAL 1.1 catalog document.
pub fn to_oscal(catalog: &Catalog) -> Value {
    let t = catalog.text();
    let groups: Vec<Value> = catalog
        .areas
        .iter()
        .map(|a| {
            let controls: Vec<Value> = catalog
                .criteria_of(&a.id)
                .map(|c| {
                    let id = c.id.as_str();
                    let lid = id.to_lowercase();
                    let mut props = vec![
                        json!({"name": "label", "value": id}),
                        prop("level", c.level),
                        prop("weight", c.weight),
                        prop("obligation", token(c.obligation)),
                        prop("applies-if", token(c.applies_if).replace('_', "-")),
                        prop("not-applicable", token(c.not_applicable).replace('_', "-")),
                        prop("verification", token(c.verification)),
                    ];
                    let mut links = Vec::new();
                    for r in &c.references {
                        props.push(json!({
                            "name": "mapping",
                            "ns": NAMESPACE,
                            "class": token(r.confidence),
                            "value": format!("{}:{}", r.scheme, r.clause),
                        }));
                        let href = format!("#{}", uuid(catalog, &format!("scheme/{}", r.scheme)));
                        if !links.iter().any(|l: &Value| l["href"] == href.as_str()) {
                            links.push(json!({"href": href, "rel": "reference"}));
                        }
                    }
                    let mut control = json!({
                        "id": lid,
                        "class": "criterion",
                        "title": t.title(id),
                        "props": props,
                        "parts": [
                            {"id": format!("{lid}_smt"), "name": "statement", "prose": t.requirement(id)},
                            {"id": format!("{lid}_gdn"), "name": "guidance", "prose": t.rationale(id)},
                            {"id": format!("{lid}_exp"), "name": "explanation", "ns": NAMESPACE, "prose": t.consumer(id)},
                        ],
                    });
                    if !links.is_empty() {
                        control["links"] = Value::Array(links);
                    }
                    control
                })
                .collect();
            json!({
                "id": a.id.to_lowercase(),
                "class": "area",
                "title": t.area_name(&a.id),
                "parts": [{"id": format!("{}_ovw", a.id.to_lowercase()), "name": "overview", "prose": t.area_description(&a.id)}],
                "controls": controls,
            })
        })
        .collect();
    let resources: Vec<Value> = catalog
        .schemes
        .iter()
        .map(|s| {
            json!({
                "uuid": uuid(catalog, &format!("scheme/{}", s.id)),
                "title": s.name,
                "description": s.edition,
                "props": [prop("scheme-id", &s.id)],
                "rlinks": [{"href": s.url}],
            })
        })
        .collect();
    json!({
        "catalog": {
            "uuid": uuid(catalog, "catalog"),
            "metadata": {
                "title": "iotmark harmonised criteria catalog",
                "published": format!("{}T00:00:00Z", catalog.published),
                "last-modified": format!("{}T00:00:00Z", catalog.published),
                "version": catalog.version,
                "oscal-version": OSCAL_VERSION,
                "props": [prop("catalog-sha256", &catalog.sha256)],
            },
            "groups": groups,
            "back-matter": {"resources": resources},
        }
    })
}
