//! SPDX 2.2 and 2.3, JSON and tag-value.
//!
//! Both readers fill in the same [`Document`] (packages, element ids,
//! relationships, each with where it was found); [`Document::finish`] then
//! checks what the two encodings share and builds the [`Sbom`], so the same
//! document gives the same components in either encoding. See the crate
//! documentation for why `spdx-rs` is not used.

pub(crate) mod json;
pub(crate) mod tag_value;

use std::collections::{HashMap, HashSet};

use crate::error::{Location, Problems};
use crate::{Component, Sbom, SbomError, SbomFormat, SpdxEncoding};

pub(crate) const VERSIONS: &str = "SPDX-2.2 or SPDX-2.3";

/// `SPDX-2.2` → `2.2`; `None` for versions this crate does not read.
pub(crate) fn version(text: &str) -> Option<&'static str> {
    match text.trim() {
        "SPDX-2.2" => Some("2.2"),
        "SPDX-2.3" => Some("2.3"),
        _ => None,
    }
}

/// Relationship types of SPDX 2.3 (2.2 has all but the last two).
const RELATIONSHIP_TYPES: &[&str] = &[
    "DESCRIBES",
    "DESCRIBED_BY",
    "CONTAINS",
    "CONTAINED_BY",
    "DEPENDS_ON",
    "DEPENDENCY_OF",
    "DEPENDENCY_MANIFEST_OF",
    "BUILD_DEPENDENCY_OF",
    "DEV_DEPENDENCY_OF",
    "OPTIONAL_DEPENDENCY_OF",
    "PROVIDED_DEPENDENCY_OF",
    "TEST_DEPENDENCY_OF",
    "RUNTIME_DEPENDENCY_OF",
    "EXAMPLE_OF",
    "GENERATES",
    "GENERATED_FROM",
    "ANCESTOR_OF",
    "DESCENDANT_OF",
    "VARIANT_OF",
    "DISTRIBUTION_ARTIFACT",
    "PATCH_FOR",
    "PATCH_APPLIED",
    "COPY_OF",
    "FILE_ADDED",
    "FILE_DELETED",
    "FILE_MODIFIED",
    "EXPANDED_FROM_ARCHIVE",
    "DYNAMIC_LINK",
    "STATIC_LINK",
    "DATA_FILE_OF",
    "TEST_CASE_OF",
    "BUILD_TOOL_OF",
    "DEV_TOOL_OF",
    "TEST_OF",
    "TEST_TOOL_OF",
    "DOCUMENTATION_OF",
    "OPTIONAL_COMPONENT_OF",
    "METAFILE_OF",
    "PACKAGE_OF",
    "AMENDS",
    "PREREQUISITE_FOR",
    "HAS_PREREQUISITE",
    "REQUIREMENT_DESCRIPTION_FOR",
    "SPECIFICATION_FOR",
    "OTHER",
];

/// Checksum algorithms, their CycloneDX spelling and digest length in hex
/// digits (`None`: variable).
const CHECKSUM_ALGORITHMS: &[(&str, &str, Option<usize>)] = &[
    ("SHA1", "SHA-1", Some(40)),
    ("SHA224", "SHA-224", Some(56)),
    ("SHA256", "SHA-256", Some(64)),
    ("SHA384", "SHA-384", Some(96)),
    ("SHA512", "SHA-512", Some(128)),
    ("SHA3-256", "SHA3-256", Some(64)),
    ("SHA3-384", "SHA3-384", Some(96)),
    ("SHA3-512", "SHA3-512", Some(128)),
    ("BLAKE2b-256", "BLAKE2b-256", Some(64)),
    ("BLAKE2b-384", "BLAKE2b-384", Some(96)),
    ("BLAKE2b-512", "BLAKE2b-512", Some(128)),
    ("BLAKE3", "BLAKE3", None),
    ("MD2", "MD2", Some(32)),
    ("MD4", "MD4", Some(32)),
    ("MD5", "MD5", Some(32)),
    ("MD6", "MD6", None),
    ("ADLER32", "ADLER32", Some(8)),
];

const PURPOSES: &[&str] = &[
    "APPLICATION",
    "FRAMEWORK",
    "LIBRARY",
    "CONTAINER",
    "OPERATING-SYSTEM",
    "DEVICE",
    "FIRMWARE",
    "SOURCE",
    "ARCHIVE",
    "FILE",
    "INSTALL",
    "OTHER",
];

/// What a reader found, before the shared checks.
#[derive(Debug, Default)]
pub(crate) struct Document {
    pub(crate) version: &'static str,
    pub(crate) name: Option<String>,
    pub(crate) packages: Vec<Package>,
    /// Every `SPDXID` defined (document, packages, files, snippets), with
    /// where it was defined.
    pub(crate) ids: Vec<(String, Location)>,
    /// `DocumentRef-…` ids of external documents.
    pub(crate) external_documents: HashSet<String>,
    pub(crate) relationships: Vec<Relationship>,
    /// `documentDescribes` entries (JSON only).
    pub(crate) describes: Vec<(String, Location)>,
}

#[derive(Debug, Default)]
pub(crate) struct Package {
    pub(crate) id: String,
    pub(crate) name: String,
    pub(crate) version: Option<String>,
    pub(crate) supplier: Option<(String, Location)>,
    /// `(algorithm, value, where)`.
    pub(crate) checksums: Vec<(String, String, Location)>,
    pub(crate) license_concluded: Option<String>,
    pub(crate) license_declared: Option<String>,
    /// `(category, type, locator, where)`.
    pub(crate) external_refs: Vec<(String, String, String, Location)>,
    pub(crate) purpose: Option<(String, Location)>,
}

#[derive(Debug)]
pub(crate) struct Relationship {
    pub(crate) from: String,
    pub(crate) kind: String,
    pub(crate) to: String,
    pub(crate) location: Location,
}

/// `SPDXRef-` and at least one letter, digit, `.` or `-`.
pub(crate) fn check_element_id(id: &str) -> Result<(), String> {
    let valid = id.strip_prefix("SPDXRef-").is_some_and(|rest| {
        !rest.is_empty()
            && rest
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'-')
    });
    if valid {
        Ok(())
    } else {
        Err(format!(
            "{id:?} is not an SPDX element id (`SPDXRef-` and letters, digits, `.` or `-`)"
        ))
    }
}

/// `Person: …`, `Organization: …` or `NOASSERTION`; the name without its
/// prefix.
fn supplier_name(supplier: &str) -> Result<Option<String>, String> {
    let supplier = supplier.trim();
    if supplier == "NOASSERTION" {
        return Ok(None);
    }
    ["Person:", "Organization:"]
        .iter()
        .find_map(|prefix| supplier.strip_prefix(prefix))
        .map(|name| Some(name.trim().to_owned()))
        .ok_or_else(|| {
            format!("supplier {supplier:?} is not `Person: …`, `Organization: …` or NOASSERTION")
        })
}

impl Document {
    /// The shared checks, then the [`Sbom`].
    pub(crate) fn finish(
        self,
        file: &str,
        encoding: SpdxEncoding,
        mut problems: Problems,
    ) -> Result<Sbom, SbomError> {
        let mut defined: HashMap<&str, &Location> = HashMap::new();
        for (id, location) in &self.ids {
            if let Err(message) = check_element_id(id) {
                problems.push(location.clone(), message);
            } else if let Some(first) = defined.get(id.as_str()) {
                problems.push(
                    location.clone(),
                    format!("SPDXID {id:?} is already defined at {first}"),
                );
            } else {
                defined.insert(id, location);
            }
        }
        let package_ids: HashSet<&str> = self.packages.iter().map(|p| p.id.as_str()).collect();
        let resolves = |id: &str, related: bool| -> Result<(), String> {
            if related && (id == "NONE" || id == "NOASSERTION") {
                return Ok(());
            }
            if let Some((document, element)) = id.split_once(':') {
                if !self.external_documents.contains(document) {
                    return Err(format!(
                        "{id:?} refers to external document {document:?}, which is not declared"
                    ));
                }
                return check_element_id(element);
            }
            if defined.contains_key(id) {
                Ok(())
            } else {
                Err(format!("{id:?} is not an element of this document"))
            }
        };

        let mut primary = None;
        for (id, location) in &self.describes {
            match resolves(id, false) {
                Ok(()) if primary.is_none() && package_ids.contains(id.as_str()) => {
                    primary = Some(id.clone());
                }
                Ok(()) => {}
                Err(message) => problems.push(location.clone(), message),
            }
        }
        let mut edges = Vec::new();
        for relationship in &self.relationships {
            let Relationship {
                from,
                kind,
                to,
                location,
            } = relationship;
            if !RELATIONSHIP_TYPES.contains(&kind.as_str()) {
                problems.push(
                    location.clone(),
                    format!("{kind:?} is not an SPDX relationship type"),
                );
                continue;
            }
            let mut ok = true;
            for (id, related) in [(from, false), (to, true)] {
                if let Err(message) = resolves(id, related) {
                    problems.push(location.clone(), message);
                    ok = false;
                }
            }
            if !ok {
                continue;
            }
            let edge = match kind.as_str() {
                "DEPENDS_ON" | "CONTAINS" | "STATIC_LINK" | "DYNAMIC_LINK" => (from, to),
                "DEPENDENCY_OF" | "RUNTIME_DEPENDENCY_OF" | "CONTAINED_BY" => (to, from),
                "DESCRIBES" | "DESCRIBED_BY" => {
                    let described = if kind == "DESCRIBES" { to } else { from };
                    if primary.is_none() && package_ids.contains(described.as_str()) {
                        primary = Some(described.clone());
                    }
                    continue;
                }
                _ => continue,
            };
            if package_ids.contains(edge.0.as_str()) && package_ids.contains(edge.1.as_str()) {
                let edge = (edge.0.clone(), edge.1.clone());
                if !edges.contains(&edge) {
                    edges.push(edge);
                }
            }
        }

        let mut components = Vec::with_capacity(self.packages.len());
        for package in self.packages {
            components.push(component(package, &mut problems));
        }
        let sbom = Sbom {
            format: SbomFormat::Spdx {
                version: self.version.to_owned(),
                encoding,
            },
            name: self.name,
            components,
            dependencies: edges,
            primary,
        };
        problems.into_result(file, sbom)
    }
}

fn component(package: Package, problems: &mut Problems) -> Component {
    let mut hashes = Vec::new();
    for (algorithm, value, location) in package.checksums {
        let Some((_, spelling, length)) = CHECKSUM_ALGORITHMS
            .iter()
            .find(|(name, _, _)| *name == algorithm)
        else {
            problems.push(
                location,
                format!("{algorithm:?} is not an SPDX checksum algorithm"),
            );
            continue;
        };
        let value = value.trim();
        let hex = !value.is_empty() && value.bytes().all(|b| b.is_ascii_hexdigit());
        if hex && length.is_none_or(|length| value.len() == length) {
            hashes.push(((*spelling).to_owned(), value.to_ascii_lowercase()));
        } else {
            let wanted = length.map_or_else(
                || "hexadecimal".to_owned(),
                |l| format!("{l} hexadecimal digits"),
            );
            problems.push(
                location,
                format!("{algorithm} checksum {value:?} is not {wanted}"),
            );
        }
    }

    let mut purl = None;
    let mut cpe23 = None;
    let mut cpe22 = None;
    for (category, kind, locator, location) in package.external_refs {
        let category = category.replace('_', "-");
        if !["SECURITY", "PACKAGE-MANAGER", "PERSISTENT-ID", "OTHER"].contains(&category.as_str()) {
            problems.push(
                location,
                format!("{category:?} is not an external reference category (SECURITY, PACKAGE-MANAGER, PERSISTENT-ID, OTHER)"),
            );
            continue;
        }
        let (slot, prefix) = match (category.as_str(), kind.as_str()) {
            ("PACKAGE-MANAGER", "purl") => (&mut purl, "pkg:"),
            ("SECURITY", "cpe23Type") => (&mut cpe23, "cpe:2.3:"),
            ("SECURITY", "cpe22Type") => (&mut cpe22, "cpe:/"),
            _ => continue,
        };
        if !locator.starts_with(prefix) {
            problems.push(
                location,
                format!("{kind} {locator:?} does not start with {prefix:?}"),
            );
        } else if slot.is_none() {
            *slot = Some(locator);
        }
    }

    let supplier = match package.supplier {
        Some((supplier, location)) => supplier_name(&supplier).unwrap_or_else(|message| {
            problems.push(location, message);
            None
        }),
        None => None,
    };
    let kind = match package.purpose {
        Some((purpose, location)) => {
            let normalised = purpose.trim().replace('_', "-");
            if PURPOSES.contains(&normalised.as_str()) {
                Some(normalised.to_ascii_lowercase())
            } else {
                problems.push(
                    location,
                    format!(
                        "{purpose:?} is not a primary package purpose ({})",
                        PURPOSES.join(", ")
                    ),
                );
                None
            }
        }
        None => None,
    };
    let mut licenses = Vec::new();
    for license in [package.license_concluded, package.license_declared]
        .into_iter()
        .flatten()
    {
        crate::cyclonedx::push_unique(&mut licenses, &license);
    }
    licenses.retain(|license| license != "NOASSERTION");

    Component {
        key: package.id,
        name: package.name,
        version: package.version,
        purl,
        cpe: cpe23.or(cpe22),
        supplier,
        hashes,
        licenses,
        kind,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn element_ids() {
        assert!(check_element_id("SPDXRef-Package-1.2").is_ok());
        assert!(check_element_id("SPDXRef-").is_err());
        assert!(check_element_id("Package").is_err());
        assert!(check_element_id("SPDXRef-a b").is_err());
    }

    #[test]
    fn suppliers_lose_their_prefix() {
        assert_eq!(
            supplier_name("Organization: Acme (x@acme.example)"),
            Ok(Some("Acme (x@acme.example)".to_owned()))
        );
        assert_eq!(supplier_name("NOASSERTION"), Ok(None));
        assert!(supplier_name("Tool: make").is_err());
    }
}
