//! The on-disk layout: redb tables and how values are encoded.
//!
//! | table            | key                         | value                                  |
//! |------------------|-----------------------------|----------------------------------------|
//! | `meta`           | name                        | text (format, KEV catalog, newest …)   |
//! | `counters`       | `records`, `withdrawn`, `ecosystem/<base>` | count                   |
//! | `record_ids`     | record id                   | its sequence number                    |
//! | `records`        | sequence number             | (modified, withdrawn, lz4(JSON record))¹|
//! | `packages`       | `base \0 name \0 id`        | the record's row for the package²      |
//! | `alias_index`    | alias (multimap)            | ids of the records that list it        |
//! | `record_aliases` | record id (multimap)        | the record's own aliases               |
//! | `kev`            | CVE id                      | JSON `KevEntry`                        |
//! | `vex`            | (source path, n)            | JSON `VexStatement`                    |
//! | `vex_index`      | vulnerability id or alias (multimap) | (source path, n)              |
//! | `sources`        | canonical input path        | JSON `Source`                          |
//!
//! Records are keyed by a sequence number that grows with every record
//! written, not by their id: ids arrive in no order, and a B-tree filled in
//! random key order keeps its pages about half full, where one filled in
//! key order packs them (the store came out a third smaller that way).
//!
//! ¹ compact JSON of [`Record`], LZ4 block-compressed against a preset
//! dictionary and prefixed with its length (see [`encode_record`]).
//!
//! ² what a scan needs of a record for one package, in postcard's binary
//! encoding (see [`Row`]): its `affected` entries for the package, aliases,
//! severity, dates and summary. Matching reads these rows alone: the rows
//! of one package lie side by side in the B-tree, and decoding one is a
//! tenth of the work of decompressing and parsing the JSON record. Only
//! records that are not withdrawn have rows.
//!
//! **Invariant**: every write to these tables happens inside one import's
//! write transaction; the indices (`packages`, both alias tables,
//! `vex_index`, `counters`) always agree with `records` and `vex`.

use iotmark_vuln::osv::{Affected, Event, Package, Range, Record, Severity};
use redb::{MultimapTableDefinition, TableDefinition};
use serde::{Deserialize, Serialize};

/// The format this crate writes and reads; a store of another format is
/// refused at open.
pub(crate) const FORMAT: &str = "iotmark-vulndb/4";

pub(crate) const META: TableDefinition<&str, &str> = TableDefinition::new("meta");
pub(crate) const COUNTERS: TableDefinition<&str, u64> = TableDefinition::new("counters");
pub(crate) const RECORD_IDS: TableDefinition<&str, u64> = TableDefinition::new("record_ids");
pub(crate) const RECORDS: TableDefinition<u64, (&str, bool, &[u8])> =
    TableDefinition::new("records");
pub(crate) const PACKAGES: TableDefinition<&str, &[u8]> = TableDefinition::new("packages");
pub(crate) const ALIAS_INDEX: MultimapTableDefinition<&str, &str> =
    MultimapTableDefinition::new("alias_index");
pub(crate) const RECORD_ALIASES: MultimapTableDefinition<&str, &str> =
    MultimapTableDefinition::new("record_aliases");
pub(crate) const KEV: TableDefinition<&str, &[u8]> = TableDefinition::new("kev");
pub(crate) const VEX: TableDefinition<(&str, u32), &[u8]> = TableDefinition::new("vex");
pub(crate) const VEX_INDEX: MultimapTableDefinition<&str, (&str, u32)> =
    MultimapTableDefinition::new("vex_index");
pub(crate) const SOURCES: TableDefinition<&str, &[u8]> = TableDefinition::new("sources");

pub(crate) const META_FORMAT: &str = "format";
pub(crate) const META_NEWEST_MODIFIED: &str = "newest_modified";
pub(crate) const META_KEV_VERSION: &str = "kev.catalog_version";
pub(crate) const META_KEV_RELEASED: &str = "kev.date_released";

pub(crate) const COUNTER_RECORDS: &str = "records";
pub(crate) const COUNTER_WITHDRAWN: &str = "withdrawn";
pub(crate) const COUNTER_ECOSYSTEM_PREFIX: &str = "ecosystem/";

/// The largest decoded record accepted from the store (a guard against a
/// damaged length prefix, not a limit real records come near).
const MAX_DECODED: usize = 256 << 20;

/// The preset dictionary records are compressed with: the boilerplate of
/// OSV records as [`Record`] serialises them (keys, `null`s, ecosystems,
/// purl prefixes, reference URLs, CVSS vectors). Records are small (about
/// 1.5 KB of JSON) and alike, so a dictionary makes them about 40% smaller
/// than plain LZ4 does. **Part of the format**: changing a byte of it means
/// a new [`FORMAT`].
const RECORD_DICTIONARY: &[u8] = include_bytes!("record_dictionary.txt");

/// A record as stored: compact JSON, LZ4-compressed against
/// [`RECORD_DICTIONARY`], with its length first.
///
/// The store keeps what matching and reports need: the advisory prose
/// (`details`) and the reference links are left out, which makes the store
/// less than half the size and decoding twice as fast. The full text stays
/// with the OSV source.
pub(crate) fn encode_record(record: &Record) -> Vec<u8> {
    let mut slim = record.clone();
    slim.details = None;
    slim.references.clear();
    // Serialising these plain data types cannot fail.
    let json = serde_json::to_vec(&slim).unwrap_or_default();
    lz4_flex::block::compress_prepend_size_with_dict(&json, RECORD_DICTIONARY)
}

pub(crate) fn decode_record(bytes: &[u8]) -> Result<Record, String> {
    let Some(prefix) = bytes.get(..4) else {
        return Err("shorter than its length prefix".to_owned());
    };
    let mut len = [0u8; 4];
    len.copy_from_slice(prefix);
    if u32::from_le_bytes(len) as usize > MAX_DECODED {
        return Err("length prefix out of range".to_owned());
    }
    let json = lz4_flex::block::decompress_size_prepended_with_dict(bytes, RECORD_DICTIONARY)
        .map_err(|e| e.to_string())?;
    serde_json::from_slice(&json).map_err(|e| e.to_string())
}

/// A record as the `packages` table keeps it for one package. **Part of
/// the format**: a change to these types means a new [`FORMAT`].
#[derive(Debug, Serialize, Deserialize)]
pub(crate) struct Row {
    modified: String,
    published: Option<String>,
    aliases: Vec<String>,
    summary: Option<String>,
    /// (type, score) pairs of the record's `severity`.
    severity: Vec<(String, String)>,
    /// `database_specific.severity`, when it is text (GHSA's rating).
    database_severity: Option<String>,
    affected: Vec<RowAffected>,
}

#[derive(Debug, Serialize, Deserialize)]
struct RowAffected {
    ecosystem: String,
    name: String,
    purl: Option<String>,
    severity: Vec<(String, String)>,
    ranges: Vec<RowRange>,
    versions: Vec<String>,
}

#[derive(Debug, Serialize, Deserialize)]
struct RowRange {
    kind: String,
    repo: Option<String>,
    /// (introduced, fixed, last_affected, limit): a well-formed event has
    /// exactly one set; a malformed one is kept as it is, for matching to
    /// report.
    events: Vec<RowEvent>,
}

type RowEvent = (
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
);

fn severities(list: &[Severity]) -> Vec<(String, String)> {
    list.iter()
        .map(|s| (s.kind.clone(), s.score.clone()))
        .collect()
}

fn from_severities(list: Vec<(String, String)>) -> Vec<Severity> {
    list.into_iter()
        .map(|(kind, score)| Severity { kind, score })
        .collect()
}

/// The row of `record` for the package of its `affected` entries at
/// `indices`.
pub(crate) fn encode_row(record: &Record, indices: &[u32]) -> Vec<u8> {
    let affected = indices
        .iter()
        .filter_map(|i| record.affected.get(*i as usize))
        .map(|a| RowAffected {
            ecosystem: a
                .package
                .as_ref()
                .map(|p| p.ecosystem.clone())
                .unwrap_or_default(),
            name: a
                .package
                .as_ref()
                .map(|p| p.name.clone())
                .unwrap_or_default(),
            purl: a.package.as_ref().and_then(|p| p.purl.clone()),
            severity: severities(&a.severity),
            ranges: a
                .ranges
                .iter()
                .map(|r| RowRange {
                    kind: r.kind.clone(),
                    repo: r.repo.clone(),
                    events: r
                        .events
                        .iter()
                        .map(|e| {
                            (
                                e.introduced.clone(),
                                e.fixed.clone(),
                                e.last_affected.clone(),
                                e.limit.clone(),
                            )
                        })
                        .collect(),
                })
                .collect(),
            versions: a.versions.clone(),
        })
        .collect();
    let row = Row {
        modified: record.modified.clone(),
        published: record.published.clone(),
        aliases: record.aliases.clone(),
        summary: record.summary.clone(),
        severity: severities(&record.severity),
        database_severity: record
            .database_specific
            .as_ref()
            .and_then(|d| d.get("severity"))
            .and_then(|s| s.as_str())
            .map(str::to_owned),
        affected,
    };
    // Serialising these plain data types into a Vec cannot fail.
    postcard::to_stdvec(&row).unwrap_or_default()
}

/// A row back as a [`Record`] with only what the row keeps: the package's
/// `affected` entries, aliases, severity (with `database_specific.severity`),
/// dates and summary.
pub(crate) fn decode_row(id: &str, bytes: &[u8]) -> Result<Record, String> {
    let row: Row = postcard::from_bytes(bytes).map_err(|e| e.to_string())?;
    Ok(Record {
        schema_version: None,
        id: id.to_owned(),
        modified: row.modified,
        published: row.published,
        withdrawn: None,
        aliases: row.aliases,
        related: Vec::new(),
        upstream: Vec::new(),
        summary: row.summary,
        details: None,
        severity: from_severities(row.severity),
        affected: row
            .affected
            .into_iter()
            .map(|a| Affected {
                package: Some(Package {
                    ecosystem: a.ecosystem,
                    name: a.name,
                    purl: a.purl,
                }),
                severity: from_severities(a.severity),
                ranges: a
                    .ranges
                    .into_iter()
                    .map(|r| Range {
                        kind: r.kind,
                        repo: r.repo,
                        events: r
                            .events
                            .into_iter()
                            .map(|(introduced, fixed, last_affected, limit)| Event {
                                introduced,
                                fixed,
                                last_affected,
                                limit,
                            })
                            .collect(),
                        database_specific: None,
                    })
                    .collect(),
                versions: a.versions,
                ecosystem_specific: None,
                database_specific: None,
            })
            .collect(),
        references: Vec::new(),
        database_specific: row
            .database_severity
            .map(|s| serde_json::json!({ "severity": s })),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn records_round_trip_and_damage_is_an_error() {
        let record: Record = serde_json::from_str(
            r#"{"id":"X-1","modified":"2024-01-01T00:00:00Z","aliases":["CVE-1"],"database_specific":{"a":[1,{"b":null}]}}"#,
        )
        .expect("record");
        let bytes = encode_record(&record);
        assert_eq!(decode_record(&bytes).expect("decodes"), record);
        assert!(decode_record(&bytes[..3]).is_err());
        assert!(decode_record(&bytes[..bytes.len() - 2]).is_err());
        assert!(decode_record(&[0xff, 0xff, 0xff, 0xff, 1, 2]).is_err());
    }

    #[test]
    fn rows_keep_what_matching_needs_and_damage_is_an_error() {
        let record: Record = serde_json::from_str(
            r#"{"id":"GHSA-1","modified":"2024-01-01T00:00:00Z","published":"2023-12-01T00:00:00Z",
                "aliases":["CVE-1"],"summary":"s","details":"long prose",
                "severity":[{"type":"CVSS_V3","score":"CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"}],
                "affected":[
                  {"package":{"ecosystem":"npm","name":"other"},"versions":["9"]},
                  {"package":{"ecosystem":"npm","name":"a","purl":"pkg:npm/a"},
                   "ranges":[{"type":"SEMVER","events":[{"introduced":"0"},{"fixed":"1.2.3"},{"introduced":"2","limit":"3"}]},
                             {"type":"GIT","repo":"https://x","events":[{"introduced":"abc"}]}],
                   "versions":["1.0.0"]}],
                "references":[{"type":"WEB","url":"https://x"}],
                "database_specific":{"severity":"HIGH","cwe_ids":["CWE-79"]}}"#,
        )
        .expect("record");
        let bytes = encode_row(&record, &[1]);
        let row = decode_row("GHSA-1", &bytes).expect("decodes");
        assert_eq!(row.id, "GHSA-1");
        assert_eq!(row.aliases, ["CVE-1"]);
        assert_eq!(row.published, record.published);
        assert_eq!(row.severity, record.severity);
        assert_eq!(row.affected.len(), 1);
        let (a, b) = (&row.affected[0], &record.affected[1]);
        assert_eq!(a.package, b.package);
        assert_eq!(a.versions, b.versions);
        assert_eq!(a.ranges.len(), 2);
        assert_eq!(a.ranges[0].events, b.ranges[0].events);
        assert_eq!(a.ranges[1].repo.as_deref(), Some("https://x"));
        assert_eq!(
            row.database_specific,
            Some(serde_json::json!({"severity": "HIGH"}))
        );
        assert!(row.details.is_none() && row.references.is_empty());
        assert!(decode_row("GHSA-1", &bytes[..bytes.len() - 3]).is_err());
        assert!(decode_row("GHSA-1", &[0xff; 8]).is_err());
    }
}
