//! SPDX tag-value (2.2, 2.3): `Tag: value` lines, `<text>…</text>` values
//! that may span lines, `#` comments. A package starts at `PackageName`, a
//! file at `FileName`, a snippet at `SnippetSPDXID`, an extracted licence at
//! `LicenseID`; `SPDXID` belongs to the element it follows.

use std::collections::HashSet;

use super::{Document, Package, Relationship, VERSIONS};
use crate::error::{Location, Problems};
use crate::{Sbom, SbomError, SpdxEncoding};

/// Every tag of SPDX 2.2 and 2.3, including the deprecated review and
/// artifact-of tags that 2.x documents still carry.
const TAGS: &[&str] = &[
    // document creation information
    "SPDXVersion",
    "DataLicense",
    "SPDXID",
    "DocumentName",
    "DocumentNamespace",
    "ExternalDocumentRef",
    "LicenseListVersion",
    "Creator",
    "Created",
    "CreatorComment",
    "DocumentComment",
    // package information
    "PackageName",
    "PackageVersion",
    "PackageFileName",
    "PackageSupplier",
    "PackageOriginator",
    "PackageDownloadLocation",
    "FilesAnalyzed",
    "PackageVerificationCode",
    "PackageChecksum",
    "PackageHomePage",
    "PackageSourceInfo",
    "PackageLicenseConcluded",
    "PackageLicenseInfoFromFiles",
    "PackageLicenseDeclared",
    "PackageLicenseComments",
    "PackageCopyrightText",
    "PackageSummary",
    "PackageDescription",
    "PackageComment",
    "ExternalRef",
    "ExternalRefComment",
    "PackageAttributionText",
    "PrimaryPackagePurpose",
    "ReleaseDate",
    "BuiltDate",
    "ValidUntilDate",
    // file information
    "FileName",
    "FileType",
    "FileChecksum",
    "LicenseConcluded",
    "LicenseInfoInFile",
    "LicenseComments",
    "FileCopyrightText",
    "FileComment",
    "FileNotice",
    "FileContributor",
    "FileAttributionText",
    "FileDependency",
    "ArtifactOfProjectName",
    "ArtifactOfProjectHomePage",
    "ArtifactOfProjectURI",
    // snippet information
    "SnippetSPDXID",
    "SnippetFromFileSPDXID",
    "SnippetByteRange",
    "SnippetLineRange",
    "SnippetLicenseConcluded",
    "LicenseInfoInSnippet",
    "SnippetLicenseComments",
    "SnippetCopyrightText",
    "SnippetComment",
    "SnippetName",
    "SnippetAttributionText",
    // other licensing information detected
    "LicenseID",
    "ExtractedText",
    "LicenseName",
    "LicenseCrossReference",
    "LicenseComment",
    // relationships, annotations, reviews
    "Relationship",
    "RelationshipComment",
    "Annotator",
    "AnnotationDate",
    "AnnotationType",
    "SPDXREF",
    "AnnotationComment",
    "Reviewer",
    "ReviewDate",
    "ReviewComment",
];

/// Package tags that may appear once per package.
const SINGLE_PACKAGE_TAGS: &[&str] = &[
    "SPDXID",
    "PackageVersion",
    "PackageFileName",
    "PackageSupplier",
    "PackageOriginator",
    "PackageDownloadLocation",
    "FilesAnalyzed",
    "PackageVerificationCode",
    "PackageHomePage",
    "PackageSourceInfo",
    "PackageLicenseConcluded",
    "PackageLicenseDeclared",
    "PackageLicenseComments",
    "PackageCopyrightText",
    "PackageSummary",
    "PackageDescription",
    "PackageComment",
    "PrimaryPackagePurpose",
    "ReleaseDate",
    "BuiltDate",
    "ValidUntilDate",
];

/// Document tags that may appear once.
const SINGLE_DOCUMENT_TAGS: &[&str] = &[
    "SPDXVersion",
    "DataLicense",
    "DocumentName",
    "DocumentNamespace",
    "LicenseListVersion",
    "Created",
    "CreatorComment",
    "DocumentComment",
];

/// One `Tag: value`.
#[derive(Debug)]
struct Entry<'t> {
    tag: &'t str,
    value: String,
    line: u32,
    column: u32,
}

impl Entry<'_> {
    fn location(&self) -> Location {
        Location::Line {
            line: self.line,
            column: self.column,
        }
    }
}

fn position(line: usize, text_before: &str) -> Location {
    Location::Line {
        line: u32::try_from(line).unwrap_or(u32::MAX),
        column: u32::try_from(text_before.chars().count() + 1).unwrap_or(u32::MAX),
    }
}

/// Splits the text into entries; lines that are not `Tag: value` and
/// unclosed `<text>` values are problems.
fn entries<'t>(text: &'t str, problems: &mut Problems) -> Vec<Entry<'t>> {
    let lines: Vec<&str> = text
        .split('\n')
        .map(|line| line.strip_suffix('\r').unwrap_or(line))
        .collect();
    let mut found = Vec::new();
    let mut index = 0;
    while index < lines.len() {
        let raw = lines[index];
        let line_number = index + 1;
        index += 1;
        let trimmed = raw.trim_start();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        let indent = &raw[..raw.len() - trimmed.len()];
        let tag_value = trimmed
            .split_once(':')
            .filter(|(tag, _)| !tag.is_empty() && tag.bytes().all(|b| b.is_ascii_alphanumeric()));
        let Some((tag, rest)) = tag_value else {
            let shown: String = trimmed.chars().take(60).collect();
            problems.push(
                position(line_number, indent),
                format!("expected `Tag: value`, found {shown:?}"),
            );
            continue;
        };
        let value_text = rest.trim_start();
        let before_value = &raw[..raw.len() - value_text.len()];
        let location = position(line_number, before_value);
        let value = match value_text.strip_prefix("<text>") {
            None => value_text.trim_end().to_owned(),
            Some(first) => {
                let mut value = String::new();
                let mut current = first;
                let mut closed = false;
                loop {
                    if let Some(end) = current.find("</text>") {
                        value.push_str(&current[..end]);
                        let after = current[end + "</text>".len()..].trim();
                        if !after.is_empty() {
                            problems.push(
                                location.clone(),
                                format!("unexpected {after:?} after `</text>`"),
                            );
                        }
                        closed = true;
                        break;
                    }
                    value.push_str(current);
                    let Some(next) = lines.get(index) else { break };
                    value.push('\n');
                    current = next;
                    index += 1;
                }
                if !closed {
                    problems.push(
                        location.clone(),
                        format!("the `<text>` value of `{tag}` is never closed with `</text>`"),
                    );
                }
                value
            }
        };
        let Location::Line { line, column } = location else {
            continue;
        };
        found.push(Entry {
            tag,
            value,
            line,
            column,
        });
    }
    found
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Section {
    Document,
    Package,
    File,
    Snippet,
    License,
}

/// The package being read: where it started and which single tags it has.
struct OpenPackage<'t> {
    location: Location,
    seen: HashSet<&'t str>,
}

pub(crate) fn parse(file: &str, text: &str) -> Result<Sbom, SbomError> {
    let mut problems = Problems::default();
    let entries = entries(text, &mut problems);
    let found = entries
        .iter()
        .find(|entry| entry.tag == "SPDXVersion")
        .map(|entry| entry.value.as_str())
        .unwrap_or_default();
    let Some(version) = super::version(found) else {
        return Err(SbomError::UnsupportedVersion {
            file: file.to_owned(),
            format: "SPDX tag-value",
            version: found.to_owned(),
            expected: VERSIONS,
        });
    };
    let mut document = Document {
        version,
        ..Document::default()
    };
    let p = &mut problems;
    let mut section = Section::Document;
    let mut document_seen: HashSet<&str> = HashSet::new();
    let mut document_id = false;
    let mut creators = 0usize;
    let mut package: Option<OpenPackage<'_>> = None;
    let mut file_id = false;

    for entry in &entries {
        let tag = entry.tag;
        let value = entry.value.as_str();
        let at = entry.location();
        if !TAGS.contains(&tag) {
            p.push(at, format!("unknown tag `{tag}`"));
            continue;
        }
        if SINGLE_DOCUMENT_TAGS.contains(&tag) && !document_seen.insert(tag) {
            p.push(at.clone(), format!("`{tag}` may appear only once"));
        }
        let starts_element = matches!(
            tag,
            "PackageName" | "FileName" | "SnippetSPDXID" | "LicenseID"
        );
        if starts_element {
            close_package(package.take(), &document, p);
        }
        match tag {
            "DataLicense" if value != "CC0-1.0" => {
                p.push(at, format!("expected \"CC0-1.0\", found {value:?}"));
            }
            "DocumentName" => document.name = Some(value.to_owned()),
            "Creator" => creators += 1,
            "Created" => {
                if let Err(message) = crate::cyclonedx::check_timestamp(value) {
                    p.push(at, message);
                }
            }
            "ExternalDocumentRef" => match value.split_whitespace().next() {
                Some(id) if id.starts_with("DocumentRef-") => {
                    document.external_documents.insert(id.to_owned());
                }
                _ => p.push(at, "expected `DocumentRef-… URI ALGORITHM: checksum`"),
            },
            "SPDXID" => match section {
                Section::Document if !document_id => {
                    document_id = true;
                    if value != "SPDXRef-DOCUMENT" {
                        p.push(at.clone(), format!("expected \"SPDXRef-DOCUMENT\", found {value:?}"));
                    }
                    document.ids.push((value.to_owned(), at));
                }
                Section::Package => {
                    if let Some(last) = document.packages.last_mut()
                        && last.id.is_empty() {
                            last.id = value.to_owned();
                        }
                    document.ids.push((value.to_owned(), at));
                }
                Section::File if !file_id => {
                    file_id = true;
                    document.ids.push((value.to_owned(), at));
                }
                _ => p.push(
                    at,
                    "`SPDXID` here belongs to no element (expected `PackageName` or `FileName` before it)",
                ),
            },
            "PackageName" => {
                section = Section::Package;
                package = Some(OpenPackage {
                    location: at,
                    seen: HashSet::new(),
                });
                document.packages.push(Package {
                    name: value.to_owned(),
                    ..Package::default()
                });
            }
            "FileName" => {
                section = Section::File;
                file_id = false;
            }
            "SnippetSPDXID" => {
                section = Section::Snippet;
                document.ids.push((value.to_owned(), at));
            }
            "LicenseID" => section = Section::License,
            "Relationship" => {
                let parts: Vec<&str> = value.split_whitespace().collect();
                if let [from, kind, to] = parts[..] {
                    document.relationships.push(Relationship {
                        from: from.to_owned(),
                        kind: kind.to_owned(),
                        to: to.to_owned(),
                        location: at,
                    });
                } else {
                    p.push(at, "expected `SPDXRef-A RELATIONSHIP_TYPE SPDXRef-B`");
                }
            }
            _ => {}
        }
        if section == Section::Package
            && let Some(open) = package.as_mut()
            && SINGLE_PACKAGE_TAGS.contains(&tag)
            && !open.seen.insert(tag)
        {
            p.push(
                entry.location(),
                format!("`{tag}` may appear only once per package"),
            );
        }
        if is_package_tag(tag) {
            match (section, document.packages.last_mut()) {
                (Section::Package, Some(last)) => package_field(last, entry, p),
                _ => p.push(
                    entry.location(),
                    format!("`{tag}` outside a package (expected `PackageName` before it)"),
                ),
            }
        }
    }
    close_package(package.take(), &document, p);

    for (tag, what) in [
        ("SPDXVersion", "the SPDX version"),
        ("DataLicense", "CC0-1.0"),
        ("DocumentName", "the document name"),
        ("DocumentNamespace", "the document namespace URI"),
        ("Created", "the creation time"),
    ] {
        if !document_seen.contains(tag) {
            p.push(Location::Document, format!("missing `{tag}` ({what})"));
        }
    }
    if !document_id {
        p.push(Location::Document, "missing `SPDXID: SPDXRef-DOCUMENT`");
    }
    if creators == 0 {
        p.push(Location::Document, "missing `Creator` (at least one)");
    }
    document.finish(file, SpdxEncoding::TagValue, problems)
}

fn is_package_tag(tag: &str) -> bool {
    (tag.starts_with("Package") && tag != "PackageName")
        || matches!(
            tag,
            "FilesAnalyzed"
                | "ExternalRef"
                | "ExternalRefComment"
                | "PrimaryPackagePurpose"
                | "ReleaseDate"
                | "BuiltDate"
                | "ValidUntilDate"
        )
}

fn package_field(package: &mut Package, entry: &Entry<'_>, problems: &mut Problems) {
    let value = entry.value.as_str();
    let at = entry.location();
    match entry.tag {
        "PackageVersion" => package.version = Some(value.to_owned()),
        "PackageSupplier" => package.supplier = Some((value.to_owned(), at)),
        "PackageLicenseConcluded" => package.license_concluded = Some(value.to_owned()),
        "PackageLicenseDeclared" => package.license_declared = Some(value.to_owned()),
        "PrimaryPackagePurpose" => package.purpose = Some((value.to_owned(), at)),
        "PackageChecksum" => match value.split_once(':') {
            Some((algorithm, checksum)) => package.checksums.push((
                algorithm.trim().to_owned(),
                checksum.trim().to_owned(),
                at,
            )),
            None => problems.push(at, "expected `ALGORITHM: checksum`"),
        },
        "ExternalRef" => {
            let mut parts = value.splitn(3, char::is_whitespace);
            match (parts.next(), parts.next(), parts.next().map(str::trim)) {
                (Some(category), Some(kind), Some(locator)) if !locator.is_empty() => {
                    package.external_refs.push((
                        category.to_owned(),
                        kind.to_owned(),
                        locator.to_owned(),
                        at,
                    ));
                }
                _ => problems.push(at, "expected `CATEGORY TYPE LOCATOR`"),
            }
        }
        _ => {}
    }
}

/// The required parts of a package that has ended.
fn close_package(package: Option<OpenPackage<'_>>, document: &Document, problems: &mut Problems) {
    let Some(open) = package else { return };
    let name = document
        .packages
        .last()
        .map(|package| package.name.as_str())
        .unwrap_or_default();
    for (tag, what) in [
        ("SPDXID", "the package id"),
        ("PackageDownloadLocation", "a URL, NONE or NOASSERTION"),
    ] {
        if !open.seen.contains(tag) {
            problems.push(
                open.location.clone(),
                format!("package {name:?} has no `{tag}` ({what})"),
            );
        }
    }
}
