//! VEX statements from OpenVEX documents
//! (<https://github.com/openvex/spec/blob/main/OPENVEX-SPEC.md>) and CycloneDX
//! VEX (a CycloneDX BOM with `vulnerabilities[].analysis`,
//! <https://cyclonedx.org/capabilities/vex/>), in one shape.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::error::ImportIssue;

/// The status a VEX statement gives a vulnerability in its products, in
/// OpenVEX terms (the CISA minimum requirements' four).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum VexStatus {
    /// OpenVEX `not_affected`; CycloneDX `not_affected` and `false_positive`.
    NotAffected,
    /// OpenVEX `affected`; CycloneDX `exploitable`.
    Affected,
    /// OpenVEX `fixed`; CycloneDX `resolved` and `resolved_with_pedigree`.
    Fixed,
    /// OpenVEX `under_investigation`; CycloneDX `in_triage`.
    UnderInvestigation,
}

/// The format a statement was read from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum VexFormat {
    OpenVex,
    CycloneDx,
}

/// One statement: a vulnerability, the products it is about, and its status.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct VexStatement {
    /// The vulnerability's main identifier (OpenVEX `name`, else `@id`;
    /// CycloneDX `id`).
    pub vulnerability: String,
    /// Other identifiers of the same vulnerability (OpenVEX `aliases` and
    /// `@id`; CycloneDX `references[].id`).
    pub aliases: Vec<String>,
    /// The products, as purls where the document gives them (OpenVEX
    /// `@id` / `identifiers.purl`; CycloneDX `affects[].ref` resolved
    /// through the BOM's `bom-ref`s to the component's purl, else the ref).
    pub products: Vec<String>,
    /// OpenVEX `subcomponents` of the products.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub subcomponents: Vec<String>,
    pub status: VexStatus,
    /// The status as the document wrote it (`exploitable`, `in_triage`, …).
    pub status_as_written: String,
    /// The machine-readable justification label of a `not_affected`
    /// statement (OpenVEX `justification`, CycloneDX `analysis.justification`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub justification: Option<String>,
    /// Free text (OpenVEX `impact_statement`, CycloneDX `analysis.detail`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub impact_statement: Option<String>,
    /// OpenVEX `action_statement`; CycloneDX `analysis.response` joined.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub action_statement: Option<String>,
    /// When the statement was made: its own timestamp, else the document's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<String>,
    pub format: VexFormat,
    /// The document's identifier (OpenVEX `@id`, CycloneDX `serialNumber`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub document_id: Option<String>,
    /// The path of the document the statement was imported from.
    pub source: String,
}

impl VexStatement {
    /// Every identifier the statement answers to: its vulnerability and
    /// aliases, without repeats.
    pub fn identifiers(&self) -> Vec<&str> {
        let mut ids: Vec<&str> = Vec::with_capacity(1 + self.aliases.len());
        for id in std::iter::once(&self.vulnerability).chain(&self.aliases) {
            if !id.is_empty() && !ids.contains(&id.as_str()) {
                ids.push(id);
            }
        }
        ids
    }
}

fn push_unique(list: &mut Vec<String>, value: &str) {
    let value = value.trim();
    if !value.is_empty() && !list.iter().any(|v| v == value) {
        list.push(value.to_owned());
    }
}

// ---------------------------------------------------------------- OpenVEX

#[derive(Deserialize)]
struct OpenVexDocument {
    #[serde(rename = "@id", default)]
    id: Option<String>,
    #[serde(default)]
    timestamp: Option<String>,
    #[serde(default)]
    last_updated: Option<String>,
    #[serde(default)]
    statements: Vec<serde_json::Value>,
}

#[derive(Deserialize)]
struct OpenVexStatement {
    vulnerability: OpenVexVulnerability,
    #[serde(default)]
    products: Vec<OpenVexComponent>,
    status: String,
    #[serde(default)]
    justification: Option<String>,
    #[serde(default)]
    impact_statement: Option<String>,
    #[serde(default)]
    action_statement: Option<String>,
    #[serde(default)]
    timestamp: Option<String>,
    #[serde(default)]
    last_updated: Option<String>,
}

/// OpenVEX 0.2 has a vulnerability struct; 0.0.x had a plain string.
#[derive(Deserialize)]
#[serde(untagged)]
enum OpenVexVulnerability {
    Name(String),
    Struct {
        #[serde(rename = "@id", default)]
        id: Option<String>,
        #[serde(default)]
        name: Option<String>,
        #[serde(default)]
        aliases: Vec<String>,
    },
}

/// OpenVEX 0.2 has product structs; 0.0.x had plain strings.
#[derive(Deserialize)]
#[serde(untagged)]
enum OpenVexComponent {
    Id(String),
    Struct {
        #[serde(rename = "@id", default)]
        id: Option<String>,
        #[serde(default)]
        identifiers: BTreeMap<String, String>,
        #[serde(default)]
        subcomponents: Vec<OpenVexComponent>,
    },
}

impl OpenVexComponent {
    fn names(&self, out: &mut Vec<String>) {
        match self {
            OpenVexComponent::Id(id) => push_unique(out, id),
            OpenVexComponent::Struct {
                id, identifiers, ..
            } => {
                if let Some(id) = id {
                    push_unique(out, id);
                }
                if let Some(purl) = identifiers.get("purl") {
                    push_unique(out, purl);
                }
            }
        }
    }
}

/// Parses an OpenVEX document. A document that does not parse is an `Err`;
/// a statement that does not is an issue and is skipped.
pub(crate) fn parse_openvex(
    bytes: &[u8],
    source: &str,
    issues: &mut Vec<ImportIssue>,
) -> Result<Vec<VexStatement>, serde_json::Error> {
    let doc: OpenVexDocument = serde_json::from_slice(bytes)?;
    let doc_time = doc.last_updated.or(doc.timestamp);
    let mut out = Vec::with_capacity(doc.statements.len());
    for (index, value) in doc.statements.into_iter().enumerate() {
        let statement = match serde_json::from_value::<OpenVexStatement>(value) {
            Ok(statement) => statement,
            Err(error) => {
                issues.push(ImportIssue::new(
                    source,
                    None,
                    format!("statements[{index}]: {error}"),
                ));
                continue;
            }
        };
        let status = match statement.status.as_str() {
            "not_affected" => VexStatus::NotAffected,
            "affected" => VexStatus::Affected,
            "fixed" => VexStatus::Fixed,
            "under_investigation" => VexStatus::UnderInvestigation,
            other => {
                issues.push(ImportIssue::new(
                    source,
                    None,
                    format!("statements[{index}]: unknown status {other:?}"),
                ));
                continue;
            }
        };
        let (vulnerability, aliases) = match statement.vulnerability {
            OpenVexVulnerability::Name(name) => (name, Vec::new()),
            OpenVexVulnerability::Struct { id, name, aliases } => {
                let mut all = Vec::new();
                let main = match (name, id) {
                    (Some(name), id) => {
                        if let Some(id) = id {
                            push_unique(&mut all, &id);
                        }
                        name
                    }
                    (None, Some(id)) => id,
                    (None, None) => String::new(),
                };
                for alias in &aliases {
                    push_unique(&mut all, alias);
                }
                all.retain(|a| *a != main);
                (main, all)
            }
        };
        if vulnerability.trim().is_empty() {
            issues.push(ImportIssue::new(
                source,
                None,
                format!("statements[{index}]: the vulnerability has no name or @id"),
            ));
            continue;
        }
        let mut products = Vec::new();
        let mut subcomponents = Vec::new();
        for product in &statement.products {
            product.names(&mut products);
            if let OpenVexComponent::Struct {
                subcomponents: subs,
                ..
            } = product
            {
                for sub in subs {
                    sub.names(&mut subcomponents);
                }
            }
        }
        out.push(VexStatement {
            vulnerability: vulnerability.trim().to_owned(),
            aliases,
            products,
            subcomponents,
            status,
            status_as_written: statement.status,
            justification: statement.justification,
            impact_statement: statement.impact_statement,
            action_statement: statement.action_statement,
            timestamp: statement
                .last_updated
                .or(statement.timestamp)
                .or_else(|| doc_time.clone()),
            format: VexFormat::OpenVex,
            document_id: doc.id.clone(),
            source: source.to_owned(),
        });
    }
    Ok(out)
}

// -------------------------------------------------------------- CycloneDX

#[derive(Deserialize)]
struct CdxBom {
    #[serde(rename = "serialNumber", default)]
    serial_number: Option<String>,
    #[serde(default)]
    metadata: Option<CdxMetadata>,
    #[serde(default)]
    components: Vec<CdxComponent>,
    #[serde(default)]
    vulnerabilities: Vec<serde_json::Value>,
}

#[derive(Deserialize)]
struct CdxMetadata {
    #[serde(default)]
    timestamp: Option<String>,
    #[serde(default)]
    component: Option<CdxComponent>,
}

#[derive(Deserialize)]
struct CdxComponent {
    #[serde(rename = "bom-ref", default)]
    bom_ref: Option<String>,
    #[serde(default)]
    purl: Option<String>,
    #[serde(default)]
    components: Vec<CdxComponent>,
}

#[derive(Deserialize)]
struct CdxVulnerability {
    id: String,
    #[serde(default)]
    references: Vec<CdxReference>,
    #[serde(default)]
    analysis: Option<CdxAnalysis>,
    #[serde(default)]
    affects: Vec<CdxAffects>,
    #[serde(default)]
    updated: Option<String>,
    #[serde(default)]
    published: Option<String>,
}

#[derive(Deserialize)]
struct CdxReference {
    id: String,
}

#[derive(Deserialize)]
struct CdxAnalysis {
    #[serde(default)]
    state: Option<String>,
    #[serde(default)]
    justification: Option<String>,
    #[serde(default)]
    detail: Option<String>,
    #[serde(default)]
    response: Vec<String>,
    #[serde(rename = "lastUpdated", default)]
    last_updated: Option<String>,
}

#[derive(Deserialize)]
struct CdxAffects {
    #[serde(rename = "ref")]
    reference: String,
}

fn collect_refs(component: &CdxComponent, refs: &mut BTreeMap<String, String>) {
    if let (Some(bom_ref), Some(purl)) = (&component.bom_ref, &component.purl) {
        refs.entry(bom_ref.clone()).or_insert_with(|| purl.clone());
    }
    for child in &component.components {
        collect_refs(child, refs);
    }
}

/// A CycloneDX `ref` as a product: a BOM-link (`urn:cdx:serial/version#ref`)
/// is reduced to its fragment, which is looked up among the BOM's
/// `bom-ref`s. A known ref gives its component's purl; an unknown one that
/// is a purl gives that purl; anything else stays as written.
fn resolve_ref(reference: &str, refs: &BTreeMap<String, String>) -> String {
    let reference = reference.trim();
    let fragment = match reference.strip_prefix("urn:cdx:") {
        Some(rest) => rest.split_once('#').map_or(reference, |(_, f)| f),
        None => reference,
    };
    if let Some(purl) = refs.get(fragment).or_else(|| refs.get(reference)) {
        return purl.clone();
    }
    if fragment.starts_with("pkg:") {
        return fragment.to_owned();
    }
    reference.to_owned()
}

/// Parses the VEX statements of a CycloneDX BOM: every vulnerability with
/// an `analysis.state`. One without is a disclosure (VDR), not a VEX
/// statement, and is passed over without an issue; `passed_over` counts
/// them.
pub(crate) fn parse_cyclonedx(
    bytes: &[u8],
    source: &str,
    issues: &mut Vec<ImportIssue>,
    passed_over: &mut u64,
) -> Result<Vec<VexStatement>, serde_json::Error> {
    let bom: CdxBom = serde_json::from_slice(bytes)?;
    let mut refs = BTreeMap::new();
    if let Some(component) = bom.metadata.as_ref().and_then(|m| m.component.as_ref()) {
        collect_refs(component, &mut refs);
    }
    for component in &bom.components {
        collect_refs(component, &mut refs);
    }
    let doc_time = bom.metadata.and_then(|m| m.timestamp);
    let mut out = Vec::with_capacity(bom.vulnerabilities.len());
    for (index, value) in bom.vulnerabilities.into_iter().enumerate() {
        let vulnerability = match serde_json::from_value::<CdxVulnerability>(value) {
            Ok(v) => v,
            Err(error) => {
                issues.push(ImportIssue::new(
                    source,
                    None,
                    format!("vulnerabilities[{index}]: {error}"),
                ));
                continue;
            }
        };
        let Some(analysis) = vulnerability.analysis else {
            *passed_over += 1;
            continue;
        };
        let Some(state) = analysis.state else {
            *passed_over += 1;
            continue;
        };
        let status = match state.as_str() {
            "not_affected" | "false_positive" => VexStatus::NotAffected,
            "exploitable" => VexStatus::Affected,
            "resolved" | "resolved_with_pedigree" => VexStatus::Fixed,
            "in_triage" => VexStatus::UnderInvestigation,
            other => {
                issues.push(ImportIssue::new(
                    source,
                    None,
                    format!("vulnerabilities[{index}]: unknown analysis.state {other:?}"),
                ));
                continue;
            }
        };
        if vulnerability.id.trim().is_empty() {
            issues.push(ImportIssue::new(
                source,
                None,
                format!("vulnerabilities[{index}]: empty id"),
            ));
            continue;
        }
        let id = vulnerability.id.trim().to_owned();
        let mut aliases = Vec::new();
        for reference in &vulnerability.references {
            push_unique(&mut aliases, &reference.id);
        }
        aliases.retain(|a| *a != id);
        let mut products = Vec::new();
        for affects in &vulnerability.affects {
            push_unique(&mut products, &resolve_ref(&affects.reference, &refs));
        }
        let action = (!analysis.response.is_empty()).then(|| analysis.response.join(", "));
        out.push(VexStatement {
            vulnerability: id,
            aliases,
            products,
            subcomponents: Vec::new(),
            status,
            status_as_written: state,
            justification: analysis.justification,
            impact_statement: analysis.detail,
            action_statement: action,
            timestamp: analysis
                .last_updated
                .or(vulnerability.updated)
                .or(vulnerability.published)
                .or_else(|| doc_time.clone()),
            format: VexFormat::CycloneDx,
            document_id: bom.serial_number.clone(),
            source: source.to_owned(),
        });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refs_resolve_to_purls() {
        let mut refs = BTreeMap::new();
        refs.insert("comp-1".to_owned(), "pkg:npm/a@1".to_owned());
        assert_eq!(resolve_ref("comp-1", &refs), "pkg:npm/a@1");
        assert_eq!(resolve_ref("urn:cdx:abc/1#comp-1", &refs), "pkg:npm/a@1");
        assert_eq!(
            resolve_ref("urn:cdx:abc/1#pkg:maven/g/a@2?type=jar", &refs),
            "pkg:maven/g/a@2?type=jar"
        );
        assert_eq!(
            resolve_ref("urn:cdx:abc/1#other", &refs),
            "urn:cdx:abc/1#other"
        );
        assert_eq!(resolve_ref("product-ABC", &refs), "product-ABC");
    }

    #[test]
    fn openvex_old_and_new_shapes() {
        let json = br#"{"@context":"https://openvex.dev/ns/v0.2.0","@id":"doc","timestamp":"2024-01-01T00:00:00Z",
          "statements":[
            {"vulnerability":{"@id":"https://nvd.nist.gov/vuln/detail/CVE-1","name":"CVE-1","aliases":["GHSA-1","CVE-1"]},
             "products":[{"@id":"pkg:npm/a@1","subcomponents":[{"@id":"pkg:npm/b@2"}]}],
             "status":"not_affected","justification":"vulnerable_code_not_present"},
            {"vulnerability":"CVE-2","products":["pkg:npm/c@3"],"status":"fixed","timestamp":"2024-02-01T00:00:00Z"},
            {"vulnerability":{"name":"CVE-3"},"status":"bogus"},
            {"products":[]}
          ]}"#;
        let mut issues = Vec::new();
        let statements = parse_openvex(json, "doc.json", &mut issues).expect("parses");
        assert_eq!(statements.len(), 2);
        assert_eq!(issues.len(), 2, "{issues:?}");
        let first = &statements[0];
        assert_eq!(first.vulnerability, "CVE-1");
        assert_eq!(
            first.aliases,
            ["https://nvd.nist.gov/vuln/detail/CVE-1", "GHSA-1"]
        );
        assert_eq!(first.products, ["pkg:npm/a@1"]);
        assert_eq!(first.subcomponents, ["pkg:npm/b@2"]);
        assert_eq!(first.timestamp.as_deref(), Some("2024-01-01T00:00:00Z"));
        assert_eq!(statements[1].status, VexStatus::Fixed);
        assert_eq!(
            statements[1].timestamp.as_deref(),
            Some("2024-02-01T00:00:00Z")
        );
    }
}
