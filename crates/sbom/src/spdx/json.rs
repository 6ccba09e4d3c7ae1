//! SPDX JSON (2.2, 2.3), walked over a `serde_json::Value`.

use super::{Document, Package, Relationship, VERSIONS};
use crate::error::{Location, Problems};
use crate::json_fields::{self as fields, Object};
use crate::{Sbom, SbomError, SpdxEncoding};

pub(crate) fn parse(file: &str, top: &Object) -> Result<Sbom, SbomError> {
    let mut problems = Problems::default();
    let found = fields::string(&mut problems, top, "spdxVersion", "$").unwrap_or_default();
    let Some(version) = super::version(found) else {
        return Err(SbomError::UnsupportedVersion {
            file: file.to_owned(),
            format: "SPDX JSON",
            version: found.to_owned(),
            expected: VERSIONS,
        });
    };
    let mut document = Document {
        version,
        ..Document::default()
    };
    let p = &mut problems;
    let at = |path: &str| Location::JsonPath(path.to_owned());

    if let Some(id) = fields::required(p, top, "SPDXID", "$", "the document id") {
        if id != "SPDXRef-DOCUMENT" {
            fields::problem(
                p,
                "$.SPDXID",
                format!("expected \"SPDXRef-DOCUMENT\", found {id:?}"),
            );
        }
        document.ids.push((id.to_owned(), at("$.SPDXID")));
    }
    if let Some(license) = fields::required(p, top, "dataLicense", "$", "CC0-1.0")
        && license != "CC0-1.0"
    {
        fields::problem(
            p,
            "$.dataLicense",
            format!("expected \"CC0-1.0\", found {license:?}"),
        );
    }
    document.name = fields::required(p, top, "name", "$", "the document name").map(str::to_owned);
    fields::required(
        p,
        top,
        "documentNamespace",
        "$",
        "the document namespace URI",
    );
    match fields::object(p, top, "creationInfo", "$") {
        Some(creation) => {
            let path = "$.creationInfo";
            if let Some(created) =
                fields::required(p, creation, "created", path, "the creation time")
                && let Err(message) = crate::cyclonedx::check_timestamp(created)
            {
                fields::problem(p, &format!("{path}.created"), message);
            }
            if fields::strings(p, creation, "creators", path).is_empty() {
                fields::problem(p, path, "expected at least one of `creators`");
            }
        }
        None if !top.contains_key("creationInfo") => {
            fields::problem(p, "$", "missing `creationInfo`");
        }
        None => {}
    }
    for (path, reference) in fields::objects(p, top, "externalDocumentRefs", "$") {
        if let Some(id) =
            fields::required(p, reference, "externalDocumentId", &path, "DocumentRef-…")
        {
            document.external_documents.insert(id.to_owned());
        }
    }
    for (path, id) in fields::strings(p, top, "documentDescribes", "$") {
        document.describes.push((id.to_owned(), at(&path)));
    }

    for (path, package) in fields::objects(p, top, "packages", "$") {
        let id = fields::required(p, package, "SPDXID", &path, "the package id");
        let name = fields::required(p, package, "name", &path, "the package name");
        fields::required(
            p,
            package,
            "downloadLocation",
            &path,
            "a URL, NONE or NOASSERTION",
        );
        if let Some(id) = id {
            document
                .ids
                .push((id.to_owned(), at(&format!("{path}.SPDXID"))));
        }
        let mut found = Package {
            id: id.unwrap_or_default().to_owned(),
            name: name.unwrap_or_default().to_owned(),
            version: fields::string(p, package, "versionInfo", &path).map(str::to_owned),
            supplier: fields::string(p, package, "supplier", &path)
                .map(|supplier| (supplier.to_owned(), at(&format!("{path}.supplier")))),
            license_concluded: fields::string(p, package, "licenseConcluded", &path)
                .map(str::to_owned),
            license_declared: fields::string(p, package, "licenseDeclared", &path)
                .map(str::to_owned),
            purpose: fields::string(p, package, "primaryPackagePurpose", &path).map(|purpose| {
                (
                    purpose.to_owned(),
                    at(&format!("{path}.primaryPackagePurpose")),
                )
            }),
            ..Package::default()
        };
        for (checksum_path, checksum) in fields::objects(p, package, "checksums", &path) {
            let algorithm =
                fields::required(p, checksum, "algorithm", &checksum_path, "the algorithm");
            let value = fields::required(p, checksum, "checksumValue", &checksum_path, "the value");
            if let (Some(algorithm), Some(value)) = (algorithm, value) {
                found
                    .checksums
                    .push((algorithm.to_owned(), value.to_owned(), at(&checksum_path)));
            }
        }
        for (ref_path, reference) in fields::objects(p, package, "externalRefs", &path) {
            let category =
                fields::required(p, reference, "referenceCategory", &ref_path, "the category");
            let kind = fields::required(p, reference, "referenceType", &ref_path, "the type");
            let locator =
                fields::required(p, reference, "referenceLocator", &ref_path, "the locator");
            if let (Some(category), Some(kind), Some(locator)) = (category, kind, locator) {
                found.external_refs.push((
                    category.to_owned(),
                    kind.to_owned(),
                    locator.to_owned(),
                    at(&ref_path),
                ));
            }
        }
        document.packages.push(found);
    }
    for (path, file_entry) in fields::objects(p, top, "files", "$") {
        fields::required(p, file_entry, "fileName", &path, "the file name");
        if let Some(id) = fields::required(p, file_entry, "SPDXID", &path, "the file id") {
            document
                .ids
                .push((id.to_owned(), at(&format!("{path}.SPDXID"))));
        }
    }
    for (path, snippet) in fields::objects(p, top, "snippets", "$") {
        fields::required(
            p,
            snippet,
            "snippetFromFile",
            &path,
            "the file the snippet is from",
        );
        if let Some(id) = fields::required(p, snippet, "SPDXID", &path, "the snippet id") {
            document
                .ids
                .push((id.to_owned(), at(&format!("{path}.SPDXID"))));
        }
    }
    for (path, relationship) in fields::objects(p, top, "relationships", "$") {
        let from = fields::required(p, relationship, "spdxElementId", &path, "the element");
        let kind = fields::required(p, relationship, "relationshipType", &path, "the type");
        let to = fields::required(
            p,
            relationship,
            "relatedSpdxElement",
            &path,
            "the related element",
        );
        if let (Some(from), Some(kind), Some(to)) = (from, kind, to) {
            document.relationships.push(Relationship {
                from: from.to_owned(),
                kind: kind.to_owned(),
                to: to.to_owned(),
                location: at(&path),
            });
        }
    }
    document.finish(file, SpdxEncoding::Json, problems)
}
