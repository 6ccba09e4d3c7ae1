//! CycloneDX, JSON (1.2–1.7) and XML (1.0–1.7).
//!
//! Both encodings are walked by hand (`serde_json::Value`, `roxmltree`) so
//! that every problem carries its JSON path or element position; the rules
//! they share live here. See the crate documentation for why
//! `cyclonedx-bom` is not used.

pub(crate) mod json;
pub(crate) mod xml;

use std::collections::{HashMap, HashSet};

use crate::Component;

pub(crate) const XML_NAMESPACE_PREFIX: &str = "http://cyclonedx.org/schema/bom/";

/// The CycloneDX versions this crate reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum SpecVersion {
    V1_0,
    V1_1,
    V1_2,
    V1_3,
    V1_4,
    V1_5,
    V1_6,
    V1_7,
}

pub(crate) const JSON_VERSIONS: &str = "1.2, 1.3, 1.4, 1.5, 1.6 or 1.7";
pub(crate) const XML_VERSIONS: &str = "1.0 to 1.7";

impl SpecVersion {
    pub(crate) fn parse(text: &str) -> Option<SpecVersion> {
        Some(match text {
            "1.0" => SpecVersion::V1_0,
            "1.1" => SpecVersion::V1_1,
            "1.2" => SpecVersion::V1_2,
            "1.3" => SpecVersion::V1_3,
            "1.4" => SpecVersion::V1_4,
            "1.5" => SpecVersion::V1_5,
            "1.6" => SpecVersion::V1_6,
            "1.7" => SpecVersion::V1_7,
            _ => return None,
        })
    }

    /// Component `type` values of this version.
    fn component_types(self) -> &'static [&'static str] {
        const V1_0: &[&str] = &[
            "application",
            "framework",
            "library",
            "operating-system",
            "device",
        ];
        const V1_1: &[&str] = &[
            "application",
            "framework",
            "library",
            "operating-system",
            "device",
            "file",
        ];
        const V1_2: &[&str] = &[
            "application",
            "framework",
            "library",
            "container",
            "operating-system",
            "device",
            "firmware",
            "file",
        ];
        const V1_5: &[&str] = &[
            "application",
            "framework",
            "library",
            "container",
            "platform",
            "operating-system",
            "device",
            "device-driver",
            "firmware",
            "file",
            "machine-learning-model",
            "data",
        ];
        const V1_6: &[&str] = &[
            "application",
            "framework",
            "library",
            "container",
            "platform",
            "operating-system",
            "device",
            "device-driver",
            "firmware",
            "file",
            "machine-learning-model",
            "data",
            "cryptographic-asset",
        ];
        match self {
            SpecVersion::V1_0 => V1_0,
            SpecVersion::V1_1 => V1_1,
            SpecVersion::V1_2 | SpecVersion::V1_3 | SpecVersion::V1_4 => V1_2,
            SpecVersion::V1_5 => V1_5,
            SpecVersion::V1_6 | SpecVersion::V1_7 => V1_6,
        }
    }

    /// Before 1.7 a `licenses` list is either licences or one expression.
    fn allows_mixed_licenses(self) -> bool {
        self >= SpecVersion::V1_7
    }
}

/// Hash algorithms and the hex length of their digests (`None`: any of the
/// lengths the schema allows).
const HASH_ALGORITHMS: &[(&str, Option<usize>)] = &[
    ("MD5", Some(32)),
    ("SHA-1", Some(40)),
    ("SHA-256", Some(64)),
    ("SHA-384", Some(96)),
    ("SHA-512", Some(128)),
    ("SHA3-256", Some(64)),
    ("SHA3-384", Some(96)),
    ("SHA3-512", Some(128)),
    ("BLAKE2b-256", Some(64)),
    ("BLAKE2b-384", Some(96)),
    ("BLAKE2b-512", Some(128)),
    ("BLAKE3", None),
    ("Streebog-256", Some(64)),
    ("Streebog-512", Some(128)),
];

pub(crate) fn check_component_type(version: SpecVersion, kind: &str) -> Result<(), String> {
    let types = version.component_types();
    if types.contains(&kind) {
        Ok(())
    } else {
        Err(format!(
            "component type {kind:?} is not one of {}",
            types.join(", ")
        ))
    }
}

/// Checks a hash and returns it normalised (lower-case hex).
pub(crate) fn check_hash(version: SpecVersion, alg: &str, content: &str) -> Result<String, String> {
    let streebog = alg.starts_with("Streebog");
    let Some((_, length)) = HASH_ALGORITHMS
        .iter()
        .find(|(name, _)| *name == alg)
        .filter(|_| !streebog || version >= SpecVersion::V1_7)
    else {
        return Err(format!("unknown hash algorithm {alg:?}"));
    };
    let content = content.trim();
    let hex = content.bytes().all(|b| b.is_ascii_hexdigit());
    let length_ok = match length {
        Some(length) => content.len() == *length,
        None => [32, 40, 64, 96, 128].contains(&content.len()),
    };
    if hex && length_ok {
        Ok(content.to_ascii_lowercase())
    } else {
        let wanted = length.map_or_else(
            || "32, 40, 64, 96 or 128".to_owned(),
            |length| length.to_string(),
        );
        Err(format!(
            "{alg} hash {content:?} is not {wanted} hexadecimal digits"
        ))
    }
}

pub(crate) fn check_enum(what: &str, value: &str, allowed: &[&str]) -> Result<(), String> {
    if allowed.contains(&value) {
        Ok(())
    } else {
        Err(format!(
            "{what} {value:?} is not one of {}",
            allowed.join(", ")
        ))
    }
}

pub(crate) const SCOPES: &[&str] = &["required", "optional", "excluded"];
pub(crate) const PATCH_TYPES: &[&str] = &["unofficial", "monkey", "backport", "cherry-pick"];
pub(crate) const ISSUE_TYPES: &[&str] = &["defect", "enhancement", "security"];
pub(crate) const DATA_FLOWS: &[&str] = &["inbound", "outbound", "bi-directional", "unknown"];

/// `urn:uuid:` followed by an RFC 4122 UUID.
pub(crate) fn check_serial_number(serial: &str) -> Result<(), String> {
    let uuid = serial.strip_prefix("urn:uuid:").unwrap_or("");
    let groups: Vec<&str> = uuid.split('-').collect();
    let lengths_ok = groups.iter().map(|g| g.len()).eq([8, 4, 4, 4, 12]);
    if lengths_ok
        && groups
            .iter()
            .all(|g| g.bytes().all(|b| b.is_ascii_hexdigit()))
    {
        Ok(())
    } else {
        Err(format!(
            "serial number {serial:?} is not `urn:uuid:` and a UUID"
        ))
    }
}

/// An RFC 3339 / `xs:dateTime` timestamp: `YYYY-MM-DDThh:mm:ss`, optional
/// fraction, optional `Z` or `±hh:mm`.
pub(crate) fn check_timestamp(timestamp: &str) -> Result<(), String> {
    fn digits(text: &[u8], at: usize, count: usize) -> Option<u32> {
        let part = text.get(at..at + count)?;
        part.iter().all(u8::is_ascii_digit).then(|| {
            part.iter()
                .fold(0u32, |acc, digit| acc * 10 + u32::from(digit - b'0'))
        })
    }
    let text = timestamp.as_bytes();
    let valid = (|| {
        let _year = digits(text, 0, 4)?;
        let month = digits(text, 5, 2)?;
        let day = digits(text, 8, 2)?;
        let hour = digits(text, 11, 2)?;
        let minute = digits(text, 14, 2)?;
        let second = digits(text, 17, 2)?;
        let separators = text.get(4) == Some(&b'-')
            && text.get(7) == Some(&b'-')
            && matches!(text.get(10), Some(b'T' | b't'))
            && text.get(13) == Some(&b':')
            && text.get(16) == Some(&b':');
        let ranges = (1..=12).contains(&month)
            && (1..=31).contains(&day)
            && hour <= 24
            && minute <= 59
            && second <= 60;
        let mut rest = text.get(19..)?;
        if let Some(fraction) = rest.strip_prefix(b".") {
            let count = fraction.iter().take_while(|b| b.is_ascii_digit()).count();
            if count == 0 {
                return None;
            }
            rest = &fraction[count..];
        }
        let zone = match rest {
            [] | [b'Z' | b'z'] => true,
            [b'+' | b'-', h1, h2, b':', m1, m2] => {
                [h1, h2, m1, m2].iter().all(|b| b.is_ascii_digit())
            }
            _ => false,
        };
        (separators && ranges && zone).then_some(())
    })();
    valid.ok_or_else(|| {
        format!("timestamp {timestamp:?} is not a date-time such as 2024-05-01T12:00:00Z")
    })
}

/// A licence `id` must be an SPDX licence identifier: the schemas enumerate
/// the SPDX list, deprecated ids (`GPL-2.0`, `LGPL-2.1+`) included. The
/// lookup is exact (`spdx::license_id` would also take `MIT+`).
pub(crate) fn check_license_id(id: &str) -> Result<(), String> {
    let listed = spdx::identifiers::LICENSES
        .binary_search_by(|license| license.name.cmp(id))
        .is_ok();
    if listed {
        Ok(())
    } else {
        Err(format!(
            "licence id {id:?} is not an SPDX licence identifier (use `name` for other licences)"
        ))
    }
}

/// The parts of a document both encodings fill in.
#[derive(Debug, Default)]
pub(crate) struct Collected {
    pub(crate) components: Vec<Component>,
    /// `(from, to)` as written, before they are filtered to component keys.
    pub(crate) edges: Vec<(String, String)>,
    pub(crate) primary: Option<String>,
    pub(crate) name: Option<String>,
    /// The `bom-ref`s of components and services, with where each is.
    pub(crate) refs: HashMap<String, String>,
}

impl Collected {
    /// The key for the next component: its `bom-ref`, or `#n` by position.
    pub(crate) fn key(&self, bom_ref: Option<&str>) -> String {
        match bom_ref {
            Some(bom_ref) if !bom_ref.is_empty() => bom_ref.to_owned(),
            _ => format!("#{}", self.components.len() + 1),
        }
    }

    /// Records the `bom-ref` of a component or service found at `place`:
    /// it must be non-empty and unique. (Only components and services are
    /// checked: the specification's own valid formulation examples repeat
    /// `bom-ref`s in workflows, which are not part of the component model.)
    pub(crate) fn claim(&mut self, bom_ref: &str, place: String) -> Result<(), String> {
        if bom_ref.is_empty() {
            return Err("`bom-ref` must not be empty".to_owned());
        }
        if let Some(first) = self.refs.get(bom_ref) {
            return Err(format!("`bom-ref` {bom_ref:?} is already used at {first}"));
        }
        self.refs.insert(bom_ref.to_owned(), place);
        Ok(())
    }

    /// Keeps the edges between known components, without repeats.
    pub(crate) fn dependencies(&self) -> Vec<(String, String)> {
        let keys: HashSet<&str> = self.components.iter().map(|c| c.key.as_str()).collect();
        let mut seen = HashSet::new();
        self.edges
            .iter()
            .filter(|(from, to)| keys.contains(from.as_str()) && keys.contains(to.as_str()))
            .filter(|edge| seen.insert(*edge))
            .cloned()
            .collect()
    }
}

/// Adds `value` to `list` unless it is already there.
pub(crate) fn push_unique(list: &mut Vec<String>, value: &str) {
    let value = value.trim();
    if !value.is_empty() && !list.iter().any(|existing| existing == value) {
        list.push(value.to_owned());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timestamps() {
        for ok in [
            "2020-04-13T20:20:39Z",
            "2020-04-13T20:20:39.123+02:00",
            "2020-04-13T20:20:39",
        ] {
            assert_eq!(check_timestamp(ok), Ok(()), "{ok}");
        }
        for bad in [
            "2020-04-13",
            "2020-13-13T20:20:39Z",
            "2020-04-13T20:20:39+0200",
            "",
        ] {
            assert!(check_timestamp(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn hashes_check_length_per_algorithm() {
        let md5 = "3942447FAC867AE5CDB3229B658F4D48";
        assert_eq!(
            check_hash(SpecVersion::V1_6, "MD5", md5).as_deref(),
            Ok("3942447fac867ae5cdb3229b658f4d48")
        );
        assert!(check_hash(SpecVersion::V1_6, "SHA-1", md5).is_err());
        assert!(check_hash(SpecVersion::V1_6, "FOO", md5).is_err());
        assert!(check_hash(SpecVersion::V1_6, "Streebog-256", &"a".repeat(64)).is_err());
        assert!(check_hash(SpecVersion::V1_7, "Streebog-256", &"a".repeat(64)).is_ok());
    }

    #[test]
    fn serial_numbers() {
        assert!(check_serial_number("urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79").is_ok());
        assert!(check_serial_number("urn:uuid:3e671687-395b-41f5-a30f").is_err());
    }

    #[test]
    fn licence_ids() {
        assert!(check_license_id("Apache-2.0").is_ok());
        assert!(
            check_license_id("GPL-2.0").is_ok(),
            "deprecated ids stay valid"
        );
        assert!(check_license_id("Apache-2").is_err());
        assert!(
            check_license_id("LGPL-2.1+").is_ok(),
            "deprecated `+` ids are listed"
        );
        assert!(check_license_id("MIT+").is_err());
    }
}
