//! The on-disk layout: redb tables and how values are encoded.
//!
//! | table            | key                         | value                                  |
//! |------------------|-----------------------------|----------------------------------------|
//! | `meta`           | name                        | text (format, KEV catalog, newest …)   |
//! | `counters`       | `records`, `withdrawn`, `ecosystem/<base>` | count                   |
//! | `record_ids`     | record id                   | its sequence number                    |
//! | `records`        | sequence number             | (modified, withdrawn, lz4(JSON record))¹|
//! | `packages`       | `base \0 name \0 id`        | (sequence number, indices into the record's `affected`) |
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
//! **Invariant**: every write to these tables happens inside one import's
//! write transaction; the indices (`packages`, both alias tables,
//! `vex_index`, `counters`) always agree with `records` and `vex`.

use iotmark_vuln::osv::Record;
use redb::{MultimapTableDefinition, TableDefinition};

/// The format this crate writes and reads; a store of another format is
/// refused at open.
pub(crate) const FORMAT: &str = "iotmark-vulndb/3";

pub(crate) const META: TableDefinition<&str, &str> = TableDefinition::new("meta");
pub(crate) const COUNTERS: TableDefinition<&str, u64> = TableDefinition::new("counters");
pub(crate) const RECORD_IDS: TableDefinition<&str, u64> = TableDefinition::new("record_ids");
pub(crate) const RECORDS: TableDefinition<u64, (&str, bool, &[u8])> =
    TableDefinition::new("records");
pub(crate) const PACKAGES: TableDefinition<&str, (u64, Vec<u32>)> =
    TableDefinition::new("packages");
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
}
