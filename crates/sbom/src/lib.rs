//! SBOM ingestion: CycloneDX and SPDX documents read into one component
//! model.
//!
//! [`parse`] takes the bytes of an SBOM, detects its format from the content
//! (never from the file name) and returns an [`Sbom`]: the components, the
//! dependency edges between them and the component the SBOM is about.
//!
//! | format | versions | encodings |
//! |---|---|---|
//! | [CycloneDX](https://cyclonedx.org/specification/overview/) | 1.2–1.7 (XML also 1.0, 1.1) | JSON, XML |
//! | [SPDX](https://spdx.github.io/spdx-spec/v2.3/) | 2.2, 2.3 | JSON, tag-value |
//!
//! How the formats map onto [`Component`]:
//!
//! - **CycloneDX**: `metadata.component` comes first and is [`Sbom::primary`];
//!   nested `components` are flattened depth-first; `bom-ref` is the key (a
//!   component without one gets `#1`, `#2`, … by position); `type` is the
//!   kind; `supplier.name` the supplier; licences are the `license.id`,
//!   `license.name` or `expression` strings. `dependencies` become edges;
//!   refs to anything but a component (services, dangling refs) are dropped.
//! - **SPDX**: every package is a component, keyed by its `SPDXID`; files and
//!   snippets are not components. The purl is the first `PACKAGE-MANAGER
//!   purl` external reference, the CPE the first `SECURITY cpe23Type` (else
//!   `cpe22Type`); `primaryPackagePurpose` is the kind (lower case, `-` for
//!   `_`); the supplier loses its `Person:`/`Organization:` prefix; licences
//!   are `licenseConcluded` then `licenseDeclared`, verbatim, without
//!   `NOASSERTION`. Checksum algorithms take CycloneDX spelling (`SHA256` →
//!   `SHA-256`) and hex is lower-cased in both formats. Edges come from
//!   `DEPENDS_ON`, `CONTAINS`, `STATIC_LINK`, `DYNAMIC_LINK` and the inverse
//!   `DEPENDENCY_OF`, `RUNTIME_DEPENDENCY_OF`, `CONTAINED_BY`, between
//!   packages only. The primary component is the first package the document
//!   `DESCRIBES` (`documentDescribes` or a relationship).
//!
//! Validation is of what the model relies on and what the specifications'
//! own conformance files test: required fields, enumerations (component
//! type, hash algorithm, scope, patch and issue types, data flow), hash
//! lengths, SPDX licence ids, unique non-empty `bom-ref`s, references that
//! resolve, serial numbers and timestamps. Everything wrong in a well-formed
//! document is reported at once in [`SbomError::Invalid`]. Unknown fields and
//! elements are ignored so that newer generators still yield components.
//!
//! Why the readers are written here: `cyclonedx-bom` 0.8 reads only
//! CycloneDX 1.3–1.5 (it refuses every 1.2 and 1.6 file; 1.2 is the version of
//! most real SBOMs in the corpus), accepts the specification's
//! `invalid-license-choice` files even after its `validate()`, and brings
//! about 55 crates. `spdx-rs` 0.5 panics on tag-value input it does not know
//! (an unknown tag, relationship type, checksum algorithm or the 2.3
//! `PACKAGE_MANAGER` spelling), silently stops at a malformed line or inside
//! an unclosed `<text>` and returns what it had, gives no line numbers, and
//! brings a second `syn`, `strum`, `thiserror` and `nom`. So JSON is walked
//! with `serde_json`, XML with `roxmltree` (no DTDs, positions for every
//! node), tag-value by hand; the `spdx` crate supplies the licence list.
//!
//! What this crate does not do: no network or file I/O (the caller reads the
//! file), no licence-expression evaluation (expressions are kept verbatim),
//! no vulnerability matching and no scoring. SPDX YAML, XML and RDF, SPDX 3
//! and CycloneDX protobuf are recognised and refused with
//! [`SbomError::UnsupportedFormat`].
//!
//! Limits: inputs over [`MAX_INPUT_BYTES`] are refused before parsing, and
//! JSON or XML nested deeper than [`MAX_NESTING`] is refused before a tree is
//! built. No input makes [`parse`] panic.
//!
//! ```
//! let json = br#"{
//!   "bomFormat": "CycloneDX", "specVersion": "1.6", "version": 1,
//!   "metadata": { "component": { "type": "firmware", "bom-ref": "fw", "name": "cam-fw", "version": "2.1" } },
//!   "components": [
//!     { "type": "library", "bom-ref": "ssl", "name": "openssl", "version": "3.0.13",
//!       "purl": "pkg:generic/openssl@3.0.13" }
//!   ],
//!   "dependencies": [ { "ref": "fw", "dependsOn": ["ssl"] } ]
//! }"#;
//! let sbom = iotmark_sbom::parse("camera.cdx.json", json)?;
//! assert_eq!(sbom.primary.as_deref(), Some("fw"));
//! assert_eq!(sbom.components.len(), 2);
//! assert_eq!(sbom.components[1].purl.as_deref(), Some("pkg:generic/openssl@3.0.13"));
//! assert_eq!(sbom.dependencies, [("fw".to_owned(), "ssl".to_owned())]);
//!
//! let err = iotmark_sbom::parse("broken.json", br#"{"bomFormat": "CycloneDX", "#).unwrap_err();
//! assert!(err.to_string().starts_with("broken.json: line 1"));
//! # Ok::<(), iotmark_sbom::SbomError>(())
//! ```

mod cyclonedx;
mod error;
mod json_fields;
mod limits;
mod spdx;

use serde::Serialize;

pub use error::{Location, Problem, SbomError};

/// Inputs larger than this (64 MiB) are refused before any parsing.
pub const MAX_INPUT_BYTES: usize = 64 * 1024 * 1024;

/// JSON objects and arrays, or XML elements, nested deeper than this are
/// refused before a tree is built.
pub const MAX_NESTING: usize = 64;

/// An SBOM in the one component model shared by every format.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Sbom {
    pub format: SbomFormat,
    /// The document name (SPDX `name`; CycloneDX `metadata.component.name`).
    pub name: Option<String>,
    /// Every component, nested ones flattened depth-first, in document order.
    pub components: Vec<Component>,
    /// Dependency edges `(from, to)` by [`Component::key`], without repeats.
    pub dependencies: Vec<(String, String)>,
    /// Key of the component the SBOM describes (the product or firmware):
    /// CycloneDX `metadata.component`, SPDX `documentDescribes`/`DESCRIBES`.
    pub primary: Option<String>,
}

/// The format an [`Sbom`] was read from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub enum SbomFormat {
    /// `spec_version` as written, such as `"1.6"`.
    CycloneDx {
        spec_version: String,
        encoding: CycloneDxEncoding,
    },
    /// `version` without the `SPDX-` prefix, such as `"2.3"`.
    Spdx {
        version: String,
        encoding: SpdxEncoding,
    },
}

/// How a CycloneDX document was encoded.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum CycloneDxEncoding {
    Json,
    Xml,
}

/// How an SPDX document was encoded.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum SpdxEncoding {
    Json,
    TagValue,
}

/// One component (CycloneDX component, SPDX package).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Component {
    /// `bom-ref` or `SPDXID`; unique within the [`Sbom`].
    pub key: String,
    pub name: String,
    pub version: Option<String>,
    pub purl: Option<String>,
    pub cpe: Option<String>,
    pub supplier: Option<String>,
    /// `(algorithm, lower-case hex)`, algorithms in CycloneDX spelling
    /// (`SHA-256`, `SHA3-512`, `BLAKE2b-256`, …).
    pub hashes: Vec<(String, String)>,
    /// Licence ids, names or expressions, verbatim, without repeats.
    pub licenses: Vec<String>,
    /// `library`, `firmware`, `operating-system`, `application`, `device`, …
    pub kind: Option<String>,
}

/// Reads an SBOM. `file_name` is used only in error messages; the format is
/// detected from the content: CycloneDX JSON (`"bomFormat": "CycloneDX"`),
/// CycloneDX XML (root `bom` in namespace
/// `http://cyclonedx.org/schema/bom/1.x`), SPDX JSON (`spdxVersion`) and SPDX
/// tag-value (an `SPDXVersion:` line).
///
/// # Errors
///
/// An [`SbomError`] naming `file_name` and the place: too large, too deeply
/// nested, malformed (with line and column), an unknown or unsupported
/// format or version, or every specification problem found.
pub fn parse(file_name: &str, bytes: &[u8]) -> Result<Sbom, SbomError> {
    if bytes.len() > MAX_INPUT_BYTES {
        return Err(SbomError::TooLarge {
            file: file_name.to_owned(),
            size: bytes.len(),
            limit: MAX_INPUT_BYTES,
        });
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let start = bytes.iter().position(|b| !b.is_ascii_whitespace());
    match start.map(|start| bytes[start]) {
        None => Err(SbomError::UnknownFormat {
            file: file_name.to_owned(),
            detail: "the file is empty".to_owned(),
        }),
        Some(b'{' | b'[') => parse_json(file_name, bytes),
        Some(b'<') => parse_xml(file_name, bytes),
        Some(_) => parse_text(file_name, bytes),
    }
}

fn too_deep(file: &str, bytes: &[u8], offset: usize) -> SbomError {
    SbomError::TooDeep {
        file: file.to_owned(),
        location: limits::line_column(bytes, offset),
        limit: MAX_NESTING,
    }
}

fn malformed(file: &str, location: Location, message: impl Into<String>) -> SbomError {
    SbomError::Malformed {
        file: file.to_owned(),
        location,
        message: message.into(),
    }
}

fn unsupported(file: &str, format: &'static str, detail: &str) -> SbomError {
    SbomError::UnsupportedFormat {
        file: file.to_owned(),
        format,
        detail: detail.to_owned(),
    }
}

fn parse_json(file: &str, bytes: &[u8]) -> Result<Sbom, SbomError> {
    if let Some(offset) = limits::json_too_deep(bytes, MAX_NESTING) {
        return Err(too_deep(file, bytes, offset));
    }
    let value: serde_json::Value = serde_json::from_slice(bytes).map_err(|err| {
        let location = Location::Line {
            line: u32::try_from(err.line()).unwrap_or(u32::MAX),
            column: u32::try_from(err.column()).unwrap_or(u32::MAX),
        };
        // serde_json appends " at line N column M"; the location says it.
        let message = err.to_string();
        let message = message
            .rsplit_once(" at line ")
            .map_or(message.as_str(), |(text, _)| text);
        malformed(file, location, format!("malformed JSON: {message}"))
    })?;
    let Some(object) = value.as_object() else {
        return Err(SbomError::UnknownFormat {
            file: file.to_owned(),
            detail: "JSON, but the top level is not an object".to_owned(),
        });
    };
    if object.contains_key("bomFormat") {
        cyclonedx::json::parse(file, object)
    } else if object.contains_key("spdxVersion") {
        spdx::json::parse(file, object)
    } else if object.contains_key("@context") || object.contains_key("@graph") {
        Err(unsupported(
            file,
            "JSON-LD (SPDX 3)",
            "only SPDX 2.2 and 2.3 documents are read",
        ))
    } else {
        Err(SbomError::UnknownFormat {
            file: file.to_owned(),
            detail: "JSON without `bomFormat` (CycloneDX) or `spdxVersion` (SPDX)".to_owned(),
        })
    }
}

fn parse_xml(file: &str, bytes: &[u8]) -> Result<Sbom, SbomError> {
    let text = limits::utf8(bytes)
        .map_err(|location| malformed(file, location, "invalid UTF-8 (XML must be UTF-8 here)"))?;
    if let Some(offset) = limits::xml_too_deep(bytes, MAX_NESTING) {
        return Err(too_deep(file, bytes, offset));
    }
    let document = roxmltree::Document::parse(text).map_err(|err| {
        let position = err.pos();
        let location = Location::Line {
            line: position.row,
            column: position.col,
        };
        // roxmltree ends its messages with " at N:M"; the location says it.
        let message = err.to_string();
        let message = message
            .rsplit_once(" at ")
            .map_or(message.as_str(), |(text, _)| text);
        malformed(file, location, format!("malformed XML: {message}"))
    })?;
    let root = document.root_element();
    let namespace = root.tag_name().namespace().unwrap_or("");
    match root.tag_name().name() {
        "bom" if namespace.starts_with(cyclonedx::XML_NAMESPACE_PREFIX) => {
            cyclonedx::xml::parse(file, &document)
        }
        "RDF" if text.contains("http://spdx.org/rdf/terms") => Err(unsupported(
            file,
            "SPDX RDF/XML",
            "convert it to SPDX JSON or tag-value",
        )),
        "Document" | "SpdxDocument" if text.contains("spdxVersion") => Err(unsupported(
            file,
            "SPDX XML",
            "convert it to SPDX JSON or tag-value",
        )),
        name => Err(SbomError::UnknownFormat {
            file: file.to_owned(),
            detail: format!(
                "XML root element `{name}` in namespace {namespace:?}; expected `bom` in \
                 namespace http://cyclonedx.org/schema/bom/1.x"
            ),
        }),
    }
}

fn parse_text(file: &str, bytes: &[u8]) -> Result<Sbom, SbomError> {
    let control = |b: &u8| *b < 0x20 && !matches!(*b, b'\t' | b'\n' | b'\r' | 0x0c);
    if bytes.iter().take(4096).any(control) {
        return Err(SbomError::UnknownFormat {
            file: file.to_owned(),
            detail: "binary content (CycloneDX protobuf is not supported)".to_owned(),
        });
    }
    let text =
        limits::utf8(bytes).map_err(|location| malformed(file, location, "invalid UTF-8"))?;
    let starts = |prefix: &str| {
        text.lines()
            .any(|line| line.trim_start().starts_with(prefix))
    };
    if starts("SPDXVersion:") {
        spdx::tag_value::parse(file, text)
    } else if starts("spdxVersion:") || starts("\"spdxVersion\":") {
        Err(unsupported(
            file,
            "SPDX YAML",
            "convert it to SPDX JSON or tag-value",
        ))
    } else if starts("bomFormat:") {
        Err(unsupported(
            file,
            "CycloneDX YAML",
            "CycloneDX is read as JSON or XML",
        ))
    } else {
        Err(SbomError::UnknownFormat {
            file: file.to_owned(),
            detail: "neither JSON, XML nor SPDX tag-value (no `SPDXVersion:` line)".to_owned(),
        })
    }
}
