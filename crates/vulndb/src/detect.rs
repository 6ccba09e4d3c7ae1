//! Telling the kinds of JSON input apart by their content.

use serde::Deserialize;
use serde::de::IgnoredAny;

/// What a JSON document is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum JsonKind {
    Osv,
    Kev,
    OpenVex,
    CycloneDxVex,
}

/// Why a JSON document is none of the known kinds.
#[derive(Debug)]
pub(crate) enum Unknown {
    /// Not JSON, or JSON that is not an object.
    Json(serde_json::Error),
    /// An object of none of the kinds; the hint says what was seen.
    Shape(Option<String>),
}

/// The top-level members that tell the kinds apart. Everything else is
/// skipped without being built (serde_json skips values iteratively, so
/// this pass cannot run out of stack on deep nesting).
#[derive(Deserialize)]
struct Sniff {
    #[serde(rename = "@context", default)]
    context: Option<serde_json::Value>,
    #[serde(rename = "bomFormat", default)]
    bom_format: Option<serde_json::Value>,
    #[serde(rename = "catalogVersion", default)]
    catalog_version: Option<IgnoredAny>,
    #[serde(default)]
    title: Option<serde_json::Value>,
    #[serde(default)]
    vulnerabilities: Option<IgnoredAny>,
    #[serde(default)]
    statements: Option<IgnoredAny>,
    #[serde(default)]
    id: Option<IgnoredAny>,
    #[serde(default)]
    modified: Option<IgnoredAny>,
    #[serde(default)]
    schema_version: Option<IgnoredAny>,
    #[serde(default)]
    affected: Option<IgnoredAny>,
}

fn mentions_openvex(context: &serde_json::Value) -> bool {
    match context {
        serde_json::Value::String(s) => s.contains("openvex.dev/ns"),
        serde_json::Value::Array(items) => items.iter().any(mentions_openvex),
        _ => false,
    }
}

/// Decides the kind of a JSON document.
pub(crate) fn detect(bytes: &[u8]) -> Result<JsonKind, Unknown> {
    let sniff: Sniff = serde_json::from_slice(bytes).map_err(Unknown::Json)?;
    if let Some(context) = &sniff.context
        && mentions_openvex(context)
    {
        return Ok(JsonKind::OpenVex);
    }
    if sniff
        .bom_format
        .as_ref()
        .is_some_and(|f| f.as_str() == Some("CycloneDX"))
    {
        return if sniff.vulnerabilities.is_some() {
            Ok(JsonKind::CycloneDxVex)
        } else {
            Err(Unknown::Shape(Some(
                "a CycloneDX BOM without vulnerabilities is not VEX".to_owned(),
            )))
        };
    }
    let kev_title = sniff
        .title
        .as_ref()
        .and_then(|t| t.as_str())
        .is_some_and(|t| t.contains("Known Exploited Vulnerabilities"));
    if sniff.vulnerabilities.is_some() && (sniff.catalog_version.is_some() || kev_title) {
        return Ok(JsonKind::Kev);
    }
    if sniff.id.is_some()
        || sniff.modified.is_some()
        || sniff.schema_version.is_some()
        || sniff.affected.is_some()
    {
        return Ok(JsonKind::Osv);
    }
    if sniff.statements.is_some() {
        return Err(Unknown::Shape(Some(
            "statements without an OpenVEX @context".to_owned(),
        )));
    }
    Err(Unknown::Shape(None))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kind(json: &str) -> Option<JsonKind> {
        detect(json.as_bytes()).ok()
    }

    #[test]
    fn kinds() {
        assert_eq!(
            kind(r#"{"id":"X","modified":"2024-01-01T00:00:00Z"}"#),
            Some(JsonKind::Osv)
        );
        // Still OSV (and then malformed): no id.
        assert_eq!(
            kind(r#"{"modified":"2024-01-01T00:00:00Z"}"#),
            Some(JsonKind::Osv)
        );
        assert_eq!(
            kind(r#"{"catalogVersion":"1","vulnerabilities":[]}"#),
            Some(JsonKind::Kev)
        );
        assert_eq!(
            kind(r#"{"@context":"https://openvex.dev/ns/v0.2.0","statements":[]}"#),
            Some(JsonKind::OpenVex)
        );
        assert_eq!(
            kind(r#"{"bomFormat":"CycloneDX","vulnerabilities":[]}"#),
            Some(JsonKind::CycloneDxVex)
        );
        assert_eq!(kind(r#"{"bomFormat":"CycloneDX","components":[]}"#), None);
        assert_eq!(kind(r#"{"name":"package.json"}"#), None);
        assert_eq!(kind("[1,2]"), None);
        assert_eq!(kind("{\"id\":"), None);
    }

    #[test]
    fn deep_nesting_in_skipped_members_is_no_stack_overflow() {
        let deep = format!(
            "{{\"id\":\"X\",\"x\":{}{}}}",
            "[".repeat(100_000),
            "]".repeat(100_000)
        );
        assert_eq!(kind(&deep), Some(JsonKind::Osv));
    }
}
