//! The CISA Known Exploited Vulnerabilities catalog
//! (<https://www.cisa.gov/known-exploited-vulnerabilities-catalog>), as its
//! JSON feed ships it.

use serde::{Deserialize, Serialize};

use crate::error::ImportIssue;

/// One catalog entry. Field names are the feed's own.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct KevEntry {
    #[serde(rename = "cveID")]
    pub cve_id: String,
    #[serde(default)]
    pub vendor_project: String,
    #[serde(default)]
    pub product: String,
    #[serde(default)]
    pub vulnerability_name: String,
    /// `YYYY-MM-DD`: when CISA added the entry.
    #[serde(default)]
    pub date_added: String,
    #[serde(default)]
    pub short_description: String,
    #[serde(default)]
    pub required_action: String,
    /// `YYYY-MM-DD`: the remediation deadline for US federal agencies.
    #[serde(default)]
    pub due_date: String,
    /// `Known` or `Unknown`.
    #[serde(default)]
    pub known_ransomware_campaign_use: String,
    #[serde(default)]
    pub notes: String,
    #[serde(default)]
    pub cwes: Vec<String>,
}

/// The catalog's header and its entries, those that could be read.
#[derive(Debug)]
pub(crate) struct KevCatalog {
    pub catalog_version: Option<String>,
    pub date_released: Option<String>,
    pub entries: Vec<KevEntry>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct RawCatalog {
    #[serde(default)]
    catalog_version: Option<String>,
    #[serde(default)]
    date_released: Option<String>,
    vulnerabilities: Vec<serde_json::Value>,
}

/// Parses the catalog. The whole document failing to parse is an `Err`
/// (with serde_json's place); a bad entry is an issue and is skipped.
pub(crate) fn parse(
    bytes: &[u8],
    path: &str,
    issues: &mut Vec<ImportIssue>,
) -> Result<KevCatalog, serde_json::Error> {
    let raw: RawCatalog = serde_json::from_slice(bytes)?;
    let mut entries = Vec::with_capacity(raw.vulnerabilities.len());
    for (index, value) in raw.vulnerabilities.into_iter().enumerate() {
        match serde_json::from_value::<KevEntry>(value) {
            Ok(entry) if is_cve_id(&entry.cve_id) => entries.push(entry),
            Ok(entry) => issues.push(ImportIssue::new(
                path,
                None,
                format!(
                    "vulnerabilities[{index}]: cveID {:?} is not a CVE id",
                    entry.cve_id
                ),
            )),
            Err(error) => issues.push(ImportIssue::new(
                path,
                None,
                format!("vulnerabilities[{index}]: {error}"),
            )),
        }
    }
    Ok(KevCatalog {
        catalog_version: raw.catalog_version,
        date_released: raw.date_released,
        entries,
    })
}

/// `CVE-YYYY-NNNN…`, the shape the catalog uses.
fn is_cve_id(id: &str) -> bool {
    let Some(rest) = id.strip_prefix("CVE-") else {
        return false;
    };
    let Some((year, number)) = rest.split_once('-') else {
        return false;
    };
    year.len() == 4
        && year.bytes().all(|b| b.is_ascii_digit())
        && number.len() >= 4
        && number.bytes().all(|b| b.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cve_ids() {
        assert!(is_cve_id("CVE-2021-44228"));
        assert!(is_cve_id("CVE-2024-1234567"));
        assert!(!is_cve_id("GHSA-xxxx"));
        assert!(!is_cve_id("CVE-21-1"));
        assert!(!is_cve_id(""));
    }

    #[test]
    fn bad_entries_are_issues() {
        let json =
            br#"{"catalogVersion":"1","dateReleased":"2025-01-01T00:00:00Z","vulnerabilities":[
            {"cveID":"CVE-2021-44228","vendorProject":"Apache","product":"Log4j2"},
            {"vendorProject":"nobody"},
            {"cveID":"nonsense"}]}"#;
        let mut issues = Vec::new();
        let catalog = parse(json, "kev.json", &mut issues).expect("parses");
        assert_eq!(catalog.entries.len(), 1);
        assert_eq!(issues.len(), 2, "{issues:?}");
        assert!(issues[0].message.contains("vulnerabilities[1]"));
    }
}
