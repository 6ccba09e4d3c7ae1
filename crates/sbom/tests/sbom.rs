//! Integration tests for `iotmark-sbom`, one binary.
//!
//! - the CycloneDX specification's own conformance files (`valid-*` parse,
//!   `invalid-*` are rejected naming the file), 1.2 to 1.7 and the 1.1
//!   dependency-graph extension;
//! - the real SBOMs of `cyclonedx/examples/SBOM`, with exact counts;
//! - the SPDX 2.2 and 2.3 examples, the same components from JSON and
//!   tag-value, and the YAML/XML/RDF encodings refused clearly;
//! - small hand-written documents and hostile input (malformed, truncated,
//!   deeply nested, huge), all through [`check`].

use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

use iotmark_sbom::{
    CycloneDxEncoding, MAX_INPUT_BYTES, MAX_NESTING, Sbom, SbomError, SbomFormat, SpdxEncoding,
    parse,
};

/// Invalid conformance files this crate accepts, each with the reason. Keep
/// it short: every entry is a rule deliberately not enforced.
const ACCEPTED_INVALID: &[(&str, &str)] = &[
    (
        "1.7/invalid-metadata-distribution-1.7.json",
        "invalid only through an unknown member (`metadata.distribution`, dropped in 1.7); \
         unknown members are ignored so that SBOMs from newer generators still yield their \
         components, and the member is not part of the component model",
    ),
    (
        "1.7/invalid-metadata-distribution-1.7.xml",
        "the same as the JSON file: an unknown element `metadata/distribution`",
    ),
];

// ---------------------------------------------------------------------------
// The check helper

/// One line that says what `parse` made of a file: the format and counts,
/// or the error.
fn summary(result: &Result<Sbom, SbomError>) -> String {
    match result {
        Ok(sbom) => {
            let format = match &sbom.format {
                SbomFormat::CycloneDx {
                    spec_version,
                    encoding,
                } => format!("CycloneDX {spec_version} {encoding:?}"),
                SbomFormat::Spdx { version, encoding } => format!("SPDX {version} {encoding:?}"),
            };
            format!(
                "{format}, {} components, {} dependencies, primary {}",
                sbom.components.len(),
                sbom.dependencies.len(),
                sbom.primary.as_deref().unwrap_or("-"),
            )
        }
        Err(err) => format!("error: {err}"),
    }
}

/// Parses `input` as `name` and compares the [`summary`] with `expect`.
#[track_caller]
fn check(name: &str, input: &[u8], expect: &str) {
    let result = parse(name, input);
    if let Err(err) = &result {
        assert_eq!(err.file(), name, "every error names the file");
    }
    assert_eq!(summary(&result), expect, "{name}");
}

/// Parses and returns the SBOM, failing with the error otherwise.
#[track_caller]
fn parsed(name: &str, input: &[u8]) -> Sbom {
    match parse(name, input) {
        Ok(sbom) => sbom,
        Err(err) => panic!("{err}"),
    }
}

/// Parses and returns the error, failing if the input was accepted.
#[track_caller]
fn rejected(name: &str, input: &[u8]) -> SbomError {
    match parse(name, input) {
        Ok(sbom) => panic!("{name} was accepted: {}", summary(&Ok(sbom))),
        Err(err) => {
            assert_eq!(err.file(), name);
            assert!(err.to_string().starts_with(name), "{err}");
            err
        }
    }
}

fn read(path: &Path) -> Vec<u8> {
    fs::read(path).unwrap_or_else(|err| panic!("{}: {err}", path.display()))
}

fn sorted_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = fs::read_dir(dir)
        .unwrap_or_else(|err| panic!("{}: {err}", dir.display()))
        .map(|entry| entry.expect("directory entry").path())
        .filter(|path| path.is_file())
        .collect();
    files.sort();
    files
}

// ---------------------------------------------------------------------------
// CycloneDX conformance files

/// Runs every conformance file of one folder: `valid-*` must parse, the
/// `invalid-*` (also `skip_invalid-*` and `informal-invalid-*`, which are
/// invalid by the specification's prose) must be rejected naming the file,
/// except the [`ACCEPTED_INVALID`]. Returns `(parsed, rejected)`.
fn spec_tests(folder: &str) -> Option<(usize, usize)> {
    let corpus = iotmark_testkit::require_corpus(&format!("cyclonedx_spec_tests_{folder}"))?;
    let dir = corpus.join("cyclonedx/spec-tests").join(folder);
    let mut wrong = String::new();
    let (mut accepted, mut refused) = (0, 0);
    for path in sorted_files(&dir) {
        let file = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default();
        let id = format!("{folder}/{file}");
        let expect_valid = file.starts_with("valid-")
            || ACCEPTED_INVALID.iter().any(|(accepted, _)| *accepted == id);
        let result = parse(&id, &read(&path));
        match (&result, expect_valid) {
            (Ok(_), true) => accepted += 1,
            (Err(err), false) if err.file() == id && err.to_string().starts_with(&id) => {
                refused += 1;
            }
            _ => writeln!(wrong, "  {id}: {}", summary(&result)).unwrap_or_default(),
        }
    }
    assert!(wrong.is_empty(), "unexpected results:\n{wrong}");
    Some((accepted, refused))
}

#[test]
fn cyclonedx_spec_tests_1_2() {
    if let Some(counts) = spec_tests("1.2") {
        assert_eq!(counts, (45, 44));
    }
}

#[test]
fn cyclonedx_spec_tests_1_3() {
    if let Some(counts) = spec_tests("1.3") {
        assert_eq!(counts, (55, 46));
    }
}

#[test]
fn cyclonedx_spec_tests_1_4() {
    if let Some(counts) = spec_tests("1.4") {
        assert_eq!(counts, (60, 46));
    }
}

#[test]
fn cyclonedx_spec_tests_1_5() {
    if let Some(counts) = spec_tests("1.5") {
        assert_eq!(counts, (74, 46));
    }
}

#[test]
fn cyclonedx_spec_tests_1_6() {
    if let Some(counts) = spec_tests("1.6") {
        assert_eq!(counts, (92, 52));
    }
}

#[test]
fn cyclonedx_spec_tests_1_7() {
    if let Some(counts) = spec_tests("1.7") {
        assert_eq!(counts, (124 + 2, 59 - 2));
    }
}

#[test]
fn cyclonedx_spec_tests_dependency_graph_extension() {
    if let Some(counts) = spec_tests("ext") {
        assert_eq!(counts, (2, 1));
    }
}

#[test]
fn accepted_invalid_files_exist_and_say_why() {
    let Some(corpus) = iotmark_testkit::require_corpus("accepted_invalid_files_exist") else {
        return;
    };
    for (file, reason) in ACCEPTED_INVALID {
        assert!(
            corpus.join("cyclonedx/spec-tests").join(file).is_file(),
            "{file}"
        );
        assert!(reason.len() > 40, "{file}: give a reason");
    }
}

#[test]
fn cyclonedx_rejections_say_where_and_what() {
    let Some(corpus) = iotmark_testkit::require_corpus("cyclonedx_rejections_say_where") else {
        return;
    };
    let dir = corpus.join("cyclonedx/spec-tests/1.6");
    for (file, expect) in [
        (
            "invalid-hash-md5-1.6.json",
            "invalid-hash-md5-1.6.json: $.components[0].hashes[0]: MD5 hash \"foo\" is not 32 \
             hexadecimal digits",
        ),
        (
            "invalid-component-type-1.6.xml",
            "invalid-component-type-1.6.xml: /bom/components/component[1] (line 4, column 9): \
             component type \"foo\" is not one of application, framework, library, container, \
             platform, operating-system, device, device-driver, firmware, file, \
             machine-learning-model, data, cryptographic-asset",
        ),
        (
            "invalid-license-id-1.6.json",
            "invalid-license-id-1.6.json: $.components[0].licenses[0].license.id: licence id \
             \"Apache-2\" is not an SPDX licence identifier (use `name` for other licences)",
        ),
        (
            "invalid-serialnumber-1.6.xml",
            "invalid-serialnumber-1.6.xml: /bom (line 2, column 1): serial number \
             \"urn:uuid:3e671687-395b-41f5-a30f\" is not `urn:uuid:` and a UUID",
        ),
    ] {
        let err = rejected(file, &read(&dir.join(file)));
        assert_eq!(err.to_string(), expect);
    }
    // Every problem of a document is reported, not just the first.
    let err = rejected(
        "invalid-dependency-1.6.json",
        &read(&dir.join("invalid-dependency-1.6.json")),
    );
    let places: Vec<String> = err
        .problems()
        .iter()
        .map(|problem| problem.location.to_string())
        .collect();
    assert_eq!(places, ["$.dependencies[0]", "$.dependencies[1].ref"]);
}

// ---------------------------------------------------------------------------
// Real CycloneDX SBOMs

#[test]
fn cyclonedx_example_sboms() {
    let Some(corpus) = iotmark_testkit::require_corpus("cyclonedx_example_sboms") else {
        return;
    };
    let dir = corpus.join("cyclonedx/examples/SBOM");
    let cern = "pkg:npm/lhc-vdm-editor@0.0.1";
    let dropwizard = "pkg:maven/io.dropwizard/dropwizard-parent@1.3.15";
    let juice = "pkg:npm/juice-shop@11.1.2";
    let keycloak = "pkg:maven/org.keycloak/keycloak-parent@10.0.2";
    let laravel = "cyclonedx/cyclonedx-php-composer-demo-dev-master";
    let proton = "pkg:golang/github.com/ProtonMail/proton-bridge";
    let webclient = "pkg:npm/protonmail-web@4.0.0-beta.20";
    let cases = [
        (
            "cern-lhc-vdm-editor-e564943/bom.json",
            format!("CycloneDX 1.2 Json, 44 components, 0 dependencies, primary {cern}"),
        ),
        (
            "cern-lhc-vdm-editor-e564943/bom.xml",
            format!("CycloneDX 1.2 Xml, 44 components, 0 dependencies, primary {cern}"),
        ),
        (
            "dropwizard-1.3.15/bom.json",
            format!("CycloneDX 1.2 Json, 168 components, 170 dependencies, primary {dropwizard}"),
        ),
        (
            "dropwizard-1.3.15/bom.xml",
            format!("CycloneDX 1.2 Xml, 168 components, 170 dependencies, primary {dropwizard}"),
        ),
        (
            "juice-shop/v11.1.2/bom.json",
            format!("CycloneDX 1.2 Json, 841 components, 0 dependencies, primary {juice}"),
        ),
        (
            "juice-shop/v11.1.2/bom.xml",
            format!("CycloneDX 1.2 Xml, 841 components, 0 dependencies, primary {juice}"),
        ),
        (
            "keycloak-10.0.2/bom.json",
            format!("CycloneDX 1.2 Json, 904 components, 994 dependencies, primary {keycloak}"),
        ),
        (
            "laravel-7.12.0/bom.1.1.xml",
            "CycloneDX 1.1 Xml, 62 components, 0 dependencies, primary -".to_owned(),
        ),
        (
            "laravel-7.12.0/bom.1.2.json",
            format!("CycloneDX 1.2 Json, 63 components, 113 dependencies, primary {laravel}"),
        ),
        (
            "laravel-7.12.0/bom.1.2.xml",
            format!("CycloneDX 1.2 Xml, 63 components, 113 dependencies, primary {laravel}"),
        ),
        (
            "laravel-7.12.0/bom.1.3.json",
            format!("CycloneDX 1.3 Json, 63 components, 113 dependencies, primary {laravel}"),
        ),
        (
            "laravel-7.12.0/bom.1.3.xml",
            format!("CycloneDX 1.3 Xml, 63 components, 113 dependencies, primary {laravel}"),
        ),
        (
            "laravel-7.12.0/bom.1.4.json",
            format!("CycloneDX 1.4 Json, 63 components, 113 dependencies, primary {laravel}"),
        ),
        (
            "laravel-7.12.0/bom.1.4.xml",
            format!("CycloneDX 1.4 Xml, 63 components, 113 dependencies, primary {laravel}"),
        ),
        (
            "proton-bridge/proton-bridge-v1.6.3.bom.json",
            format!(
                "CycloneDX 1.2 Json, 202 components, 232 dependencies, primary {proton}@v1.6.3"
            ),
        ),
        (
            "proton-bridge/proton-bridge-v1.6.3.bom.xml",
            format!("CycloneDX 1.2 Xml, 202 components, 232 dependencies, primary {proton}@v1.6.3"),
        ),
        (
            "proton-bridge/proton-bridge-v1.8.0.bom.json",
            format!(
                "CycloneDX 1.2 Json, 202 components, 232 dependencies, primary {proton}@v1.8.0"
            ),
        ),
        (
            "proton-bridge/proton-bridge-v1.8.0.bom.xml",
            format!("CycloneDX 1.2 Xml, 202 components, 232 dependencies, primary {proton}@v1.8.0"),
        ),
        (
            "protonmail-webclient-v4-0912dff/bom.json",
            format!("CycloneDX 1.2 Json, 884 components, 0 dependencies, primary {webclient}"),
        ),
    ];
    let mut seen = 0;
    for (file, expect) in &cases {
        check(file, &read(&dir.join(file)), expect);
        seen += 1;
    }
    // Every SBOM in the folder is in the table.
    let mut on_disk = 0;
    let mut stack = vec![dir.clone()];
    while let Some(folder) = stack.pop() {
        for entry in fs::read_dir(&folder).expect("readable folder") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                stack.push(path);
            } else if path
                .extension()
                .is_some_and(|ext| ext == "json" || ext == "xml")
            {
                on_disk += 1;
            }
        }
    }
    assert_eq!(seen, on_disk);
}

/// Every CycloneDX example in the corpus parses: besides the SBOMs, the
/// hardware (HBOM), operations (OBOM), cryptography (CBOM), SaaS and VEX
/// examples.
#[test]
fn every_cyclonedx_example_parses() {
    let Some(corpus) = iotmark_testkit::require_corpus("every_cyclonedx_example_parses") else {
        return;
    };
    let dir = corpus.join("cyclonedx/examples");
    let mut stack = vec![dir.clone()];
    let mut files = Vec::new();
    while let Some(folder) = stack.pop() {
        for entry in fs::read_dir(&folder).expect("readable folder") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                stack.push(path);
            } else if path
                .extension()
                .is_some_and(|ext| ext == "json" || ext == "xml")
            {
                files.push(path);
            }
        }
    }
    files.sort();
    let mut failures = String::new();
    for path in &files {
        let name = path
            .strip_prefix(&dir)
            .unwrap_or(path)
            .display()
            .to_string();
        if let Err(err) = parse(&name, &read(path)) {
            writeln!(failures, "  {err}").unwrap_or_default();
        }
    }
    assert!(failures.is_empty(), "rejected:\n{failures}");
    assert_eq!(files.len(), 66);
    let hbom = "HBOM/PCIe-SATA-adapter-board/bom.json";
    let sbom = parsed(hbom, &read(&dir.join(hbom)));
    let kinds: Vec<&str> = sbom
        .components
        .iter()
        .filter_map(|c| c.kind.as_deref())
        .collect();
    assert!(kinds.contains(&"device"), "{kinds:?}");
}

#[test]
fn json_and_xml_of_one_sbom_give_the_same_components() {
    let Some(corpus) = iotmark_testkit::require_corpus("json_and_xml_same_components") else {
        return;
    };
    let dir = corpus.join("cyclonedx/examples/SBOM");
    for (json, xml) in [
        ("juice-shop/v11.1.2/bom.json", "juice-shop/v11.1.2/bom.xml"),
        ("dropwizard-1.3.15/bom.json", "dropwizard-1.3.15/bom.xml"),
        ("laravel-7.12.0/bom.1.4.json", "laravel-7.12.0/bom.1.4.xml"),
    ] {
        let from_json = parsed(json, &read(&dir.join(json)));
        let from_xml = parsed(xml, &read(&dir.join(xml)));
        assert_eq!(
            from_json.components.len(),
            from_xml.components.len(),
            "{json} / {xml}"
        );
        for (a, b) in from_json.components.iter().zip(&from_xml.components) {
            // The upstream files differ here: only the JSON gives a licence.
            if a.key == "pkg:maven/org.glassfish.hk2/osgi-resource-locator@1.0.1?type=jar" {
                assert_eq!(
                    a.licenses,
                    ["(CDDL-1.0 OR GPL-2.0-with-classpath-exception)"]
                );
                assert!(b.licenses.is_empty());
                let a = iotmark_sbom::Component {
                    licenses: Vec::new(),
                    ..a.clone()
                };
                assert_eq!(&a, b);
                continue;
            }
            assert_eq!(a, b, "{json} / {xml}");
        }
        assert_eq!(
            from_json.dependencies, from_xml.dependencies,
            "{json} / {xml}"
        );
    }
}

#[test]
fn keycloak_components_carry_their_identifiers() {
    let Some(corpus) = iotmark_testkit::require_corpus("keycloak_components") else {
        return;
    };
    let file = "keycloak-10.0.2/bom.json";
    let sbom = parsed(
        file,
        &read(&corpus.join("cyclonedx/examples/SBOM").join(file)),
    );
    assert_eq!(sbom.name.as_deref(), Some("keycloak-parent"));
    let with_purl = sbom.components.iter().filter(|c| c.purl.is_some()).count();
    assert_eq!(with_purl, sbom.components.len());
    let with_hashes = sbom
        .components
        .iter()
        .filter(|c| !c.hashes.is_empty())
        .count();
    assert!(with_hashes > 800, "{with_hashes}");
    let keys: std::collections::HashSet<&str> =
        sbom.components.iter().map(|c| c.key.as_str()).collect();
    assert_eq!(keys.len(), sbom.components.len(), "keys are unique");
}

// ---------------------------------------------------------------------------
// SPDX

fn spdx_example(corpus: &Path, version: &str, tag_value: bool) -> Sbom {
    let file = if tag_value {
        format!("SPDXTagExample-v{version}.spdx")
    } else {
        format!("SPDXJSONExample-v{version}.spdx.json")
    };
    parsed(&file, &read(&corpus.join("spdx").join(version).join(&file)))
}

#[test]
fn spdx_examples() {
    let Some(corpus) = iotmark_testkit::require_corpus("spdx_examples") else {
        return;
    };
    for (file, expect) in [
        (
            "2.2/SPDXJSONExample-v2.2.spdx.json",
            "SPDX 2.2 Json, 4 components, 1 dependencies, primary SPDXRef-Package",
        ),
        (
            "2.2/SPDXTagExample-v2.2.spdx",
            "SPDX 2.2 TagValue, 4 components, 1 dependencies, primary SPDXRef-Package",
        ),
        (
            "2.3/SPDXJSONExample-v2.3.spdx.json",
            "SPDX 2.3 Json, 4 components, 1 dependencies, primary SPDXRef-Package",
        ),
        (
            "2.3/SPDXTagExample-v2.3.spdx",
            "SPDX 2.3 TagValue, 4 components, 1 dependencies, primary SPDXRef-Package",
        ),
    ] {
        check(file, &read(&corpus.join("spdx").join(file)), expect);
    }
}

#[test]
fn spdx_json_and_tag_value_give_the_same_components() {
    let Some(corpus) = iotmark_testkit::require_corpus("spdx_same_components") else {
        return;
    };
    for version in ["2.2", "2.3"] {
        let json = spdx_example(&corpus, version, false);
        let tag_value = spdx_example(&corpus, version, true);
        assert_eq!(json.components, tag_value.components, "SPDX {version}");
        assert_eq!(json.dependencies, tag_value.dependencies, "SPDX {version}");
        assert_eq!(json.primary, tag_value.primary, "SPDX {version}");
        assert_eq!(json.name.as_deref(), Some("SPDX-Tools-v2.0"));
    }
    let sbom = spdx_example(&corpus, "2.3", false);
    let glibc = &sbom.components[0];
    assert_eq!(
        (
            glibc.key.as_str(),
            glibc.name.as_str(),
            glibc.version.as_deref()
        ),
        ("SPDXRef-Package", "glibc", Some("2.11.1"))
    );
    assert_eq!(
        glibc.supplier.as_deref(),
        Some("Jane Doe (jane.doe@example.com)")
    );
    assert_eq!(
        glibc.cpe.as_deref(),
        Some("cpe:2.3:a:pivotal_software:spring_framework:4.1.0:*:*:*:*:*:*:*")
    );
    assert_eq!(glibc.kind.as_deref(), Some("source"));
    assert_eq!(
        glibc.licenses,
        [
            "(LGPL-2.0-only OR LicenseRef-3)",
            "(LGPL-2.0-only AND LicenseRef-3)"
        ]
    );
    let algorithms: Vec<&str> = glibc.hashes.iter().map(|(alg, _)| alg.as_str()).collect();
    assert_eq!(algorithms, ["MD5", "SHA-1", "SHA-256", "BLAKE2b-384"]);
    let jena = &sbom.components[2];
    assert_eq!(
        jena.purl.as_deref(),
        Some("pkg:maven/org.apache.jena/apache-jena@3.12.0")
    );
    assert_eq!(
        sbom.dependencies,
        [("SPDXRef-Package".to_owned(), "SPDXRef-Saxon".to_owned())]
    );
}

#[test]
fn spdx_yaml_xml_and_rdf_are_refused_as_unsupported() {
    let Some(corpus) = iotmark_testkit::require_corpus("spdx_unsupported_encodings") else {
        return;
    };
    for (file, expect) in [
        (
            "2.2/SPDXYAMLExample-2.2.spdx.yaml",
            "error: 2.2/SPDXYAMLExample-2.2.spdx.yaml: SPDX YAML is not supported: convert it to SPDX JSON or tag-value",
        ),
        (
            "2.3/SPDXYAMLExample-2.3.spdx.yaml",
            "error: 2.3/SPDXYAMLExample-2.3.spdx.yaml: SPDX YAML is not supported: convert it to SPDX JSON or tag-value",
        ),
        (
            "2.2/SPDXXMLExample-v2.2.spdx.xml",
            "error: 2.2/SPDXXMLExample-v2.2.spdx.xml: SPDX XML is not supported: convert it to SPDX JSON or tag-value",
        ),
        (
            "2.3/SPDXXMLExample-v2.3.spdx.xml",
            "error: 2.3/SPDXXMLExample-v2.3.spdx.xml: SPDX XML is not supported: convert it to SPDX JSON or tag-value",
        ),
        (
            "2.2/SPDXRdfExample-v2.2.spdx.rdf.xml",
            "error: 2.2/SPDXRdfExample-v2.2.spdx.rdf.xml: SPDX RDF/XML is not supported: convert it to SPDX JSON or tag-value",
        ),
        (
            "2.3/SPDXRdfExample-v2.3.spdx.rdf.xml",
            "error: 2.3/SPDXRdfExample-v2.3.spdx.rdf.xml: SPDX RDF/XML is not supported: convert it to SPDX JSON or tag-value",
        ),
    ] {
        check(file, &read(&corpus.join("spdx").join(file)), expect);
    }
}

#[test]
fn spdx_tag_value_problems_have_lines() {
    let Some(corpus) = iotmark_testkit::require_corpus("spdx_tag_value_problems") else {
        return;
    };
    let text =
        String::from_utf8(read(&corpus.join("spdx/2.3/SPDXTagExample-v2.3.spdx"))).expect("UTF-8");
    // Each edit breaks the example in one way; each is reported with a line.
    for (from, to, expect) in [
        (
            "PackageName: Saxon",
            "PackageName: Saxon\nFooBar: baz",
            "unknown tag `FooBar`",
        ),
        (
            "DYNAMIC_LINK",
            "LINKS_TO",
            "\"LINKS_TO\" is not an SPDX relationship type",
        ),
        (
            "PackageChecksum: SHA1: 85ed",
            "PackageChecksum: SHA999: 85ed",
            "\"SHA999\" is not an SPDX checksum algorithm",
        ),
        (
            "ExternalRef: PACKAGE-MANAGER",
            "ExternalRef: PACKAGE-MANGLER",
            "\"PACKAGE-MANGLER\" is not an external reference category (SECURITY, PACKAGE-MANAGER, PERSISTENT-ID, OTHER)",
        ),
        (
            "PackageName: Jena",
            "%%% not a tag\nPackageName: Jena",
            "expected `Tag: value`, found \"%%% not a tag\"",
        ),
        (
            "SPDXRef-Saxon\n",
            "SPDXRef-Saxony\n",
            "\"SPDXRef-Saxony\" is not an element of this document",
        ),
    ] {
        assert!(text.contains(from), "{from}");
        let broken = text.replacen(from, to, 1);
        let err = rejected("broken.spdx", broken.as_bytes());
        let found = err
            .problems()
            .iter()
            .find(|problem| problem.message == expect)
            .unwrap_or_else(|| panic!("no {expect:?} in {err}"));
        assert!(
            matches!(found.location, iotmark_sbom::Location::Line { .. }),
            "{found}"
        );
    }
    // The same breakage in 2.3 JSON is reported with its JSON path.
    let json = String::from_utf8(read(
        &corpus.join("spdx/2.3/SPDXJSONExample-v2.3.spdx.json"),
    ))
    .expect("UTF-8");
    let broken = json.replacen("\"DYNAMIC_LINK\"", "\"LINKS_TO\"", 1);
    let err = rejected("broken.spdx.json", broken.as_bytes());
    assert_eq!(
        err.to_string(),
        "broken.spdx.json: $.relationships[2]: \"LINKS_TO\" is not an SPDX relationship type"
    );
}

// ---------------------------------------------------------------------------
// Small documents

const MINIMAL_SPDX: &str = "SPDXVersion: SPDX-2.3
DataLicense: CC0-1.0
SPDXID: SPDXRef-DOCUMENT
DocumentName: cam
DocumentNamespace: https://example.com/cam
Creator: Tool: test
Created: 2024-01-01T00:00:00Z
Relationship: SPDXRef-DOCUMENT DESCRIBES SPDXRef-fw

PackageName: cam-fw
SPDXID: SPDXRef-fw
PackageVersion: 2.1
PackageDownloadLocation: NOASSERTION
PrimaryPackagePurpose: FIRMWARE
Relationship: SPDXRef-fw DEPENDS_ON SPDXRef-ssl

PackageName: openssl
SPDXID: SPDXRef-ssl
PackageVersion: 3.0.13
PackageDownloadLocation: NOASSERTION
ExternalRef: PACKAGE-MANAGER purl pkg:generic/openssl@3.0.13
";

#[test]
fn small_documents() {
    check(
        "min.spdx",
        MINIMAL_SPDX.as_bytes(),
        "SPDX 2.3 TagValue, 2 components, 1 dependencies, primary SPDXRef-fw",
    );
    check(
        "no-download.spdx",
        MINIMAL_SPDX
            .replace(
                "PackageDownloadLocation: NOASSERTION\nExternalRef",
                "ExternalRef",
            )
            .as_bytes(),
        "error: no-download.spdx: line 17, column 14: package \"openssl\" has no `PackageDownloadLocation` (a URL, NONE or NOASSERTION)",
    );
    check(
        "old.spdx",
        MINIMAL_SPDX.replace("SPDX-2.3", "SPDX-2.1").as_bytes(),
        "error: old.spdx: SPDX tag-value version \"SPDX-2.1\" is not supported (expected SPDX-2.2 or SPDX-2.3)",
    );
    check(
        "min.cdx.json",
        br#"{"bomFormat": "CycloneDX", "specVersion": "1.5", "components": []}"#,
        "CycloneDX 1.5 Json, 0 components, 0 dependencies, primary -",
    );
    check(
        "old.cdx.json",
        br#"{"bomFormat": "CycloneDX", "specVersion": "1.1", "components": []}"#,
        "error: old.cdx.json: CycloneDX JSON version \"1.1\" is not supported (expected 1.2, 1.3, 1.4, 1.5, 1.6 or 1.7)",
    );
    check(
        "future.cdx.xml",
        br#"<bom xmlns="http://cyclonedx.org/schema/bom/1.8"/>"#,
        "error: future.cdx.xml: CycloneDX XML version \"http://cyclonedx.org/schema/bom/1.8\" is not supported (expected 1.0 to 1.7)",
    );
    check(
        "nameless.cdx.json",
        br#"{"bomFormat": "CycloneDX", "specVersion": "1.6", "components": [{"type": "library", "version": 1}]}"#,
        "error: nameless.cdx.json: 2 problems\n  $.components[0]: missing `name` (the component name)\n  $.components[0].version: expected a string, found a number",
    );
    check(
        "unnamed-keys.cdx.json",
        br#"{"bomFormat": "CycloneDX", "specVersion": "1.6", "components": [{"type": "library", "name": "a"}, {"type": "library", "name": "b"}]}"#,
        "CycloneDX 1.6 Json, 2 components, 0 dependencies, primary -",
    );
    let sbom = parsed(
        "unnamed-keys.cdx.json",
        br#"{"bomFormat": "CycloneDX", "specVersion": "1.6", "components": [{"type": "library", "name": "a", "components": [{"type": "file", "name": "b"}]}]}"#,
    );
    let keys: Vec<&str> = sbom.components.iter().map(|c| c.key.as_str()).collect();
    assert_eq!(keys, ["#1", "#2"]);
    check(
        "unknown.json",
        br#"{"hello": "world"}"#,
        "error: unknown.json: not a recognised SBOM: JSON without `bomFormat` (CycloneDX) or `spdxVersion` (SPDX)",
    );
    check(
        "spdx3.json",
        br#"{"@context": "https://spdx.org/rdf/3.0.1/spdx-context.jsonld", "@graph": []}"#,
        "error: spdx3.json: JSON-LD (SPDX 3) is not supported: only SPDX 2.2 and 2.3 documents are read",
    );
    check(
        "array.json",
        b"[1, 2]",
        "error: array.json: not a recognised SBOM: JSON, but the top level is not an object",
    );
    check(
        "bare.spdx.json",
        br#"{"spdxVersion": "SPDX-2.3", "packages": [{"name": "x"}]}"#,
        "error: bare.spdx.json: 7 problems\n  \
         $: missing `SPDXID` (the document id)\n  \
         $: missing `dataLicense` (CC0-1.0)\n  \
         $: missing `name` (the document name)\n  \
         $: missing `documentNamespace` (the document namespace URI)\n  \
         $: missing `creationInfo`\n  \
         $.packages[0]: missing `SPDXID` (the package id)\n  \
         $.packages[0]: missing `downloadLocation` (a URL, NONE or NOASSERTION)",
    );
    check(
        "empty.json",
        b"  \n",
        "error: empty.json: not a recognised SBOM: the file is empty",
    );
    check(
        "text.txt",
        b"hello world\n",
        "error: text.txt: not a recognised SBOM: neither JSON, XML nor SPDX tag-value (no `SPDXVersion:` line)",
    );
    check(
        "other.xml",
        b"<project xmlns=\"http://maven.apache.org/POM/4.0.0\"/>",
        "error: other.xml: not a recognised SBOM: XML root element `project` in namespace \"http://maven.apache.org/POM/4.0.0\"; expected `bom` in namespace http://cyclonedx.org/schema/bom/1.x",
    );
}

#[test]
fn the_doc_example_maps_every_field() {
    let sbom = parsed(
        "full.cdx.xml",
        br#"<?xml version="1.0"?>
<bom xmlns="http://cyclonedx.org/schema/bom/1.6" version="1">
  <metadata><component type="firmware" bom-ref="fw"><name>cam-fw</name><version>2.1</version></component></metadata>
  <components>
    <component type="library" bom-ref="ssl">
      <supplier><name>OpenSSL</name></supplier>
      <name>openssl</name><version>3.0.13</version>
      <hashes><hash alg="SHA-256">F498A8FF2DD007E29C2074F5E4B01A9A01775C3FF3AEAF6906EA503BC5791B7B</hash></hashes>
      <licenses><license><id>Apache-2.0</id></license><license><name>Custom</name></license></licenses>
      <cpe>cpe:2.3:a:openssl:openssl:3.0.13:*:*:*:*:*:*:*</cpe>
      <purl>pkg:generic/openssl@3.0.13</purl>
    </component>
  </components>
  <dependencies><dependency ref="fw"><dependency ref="ssl"/></dependency><dependency ref="ssl"/></dependencies>
</bom>"#,
    );
    let expected = iotmark_sbom::Component {
        key: "ssl".to_owned(),
        name: "openssl".to_owned(),
        version: Some("3.0.13".to_owned()),
        purl: Some("pkg:generic/openssl@3.0.13".to_owned()),
        cpe: Some("cpe:2.3:a:openssl:openssl:3.0.13:*:*:*:*:*:*:*".to_owned()),
        supplier: Some("OpenSSL".to_owned()),
        hashes: vec![(
            "SHA-256".to_owned(),
            "f498a8ff2dd007e29c2074f5e4b01a9a01775c3ff3aeaf6906ea503bc5791b7b".to_owned(),
        )],
        licenses: vec!["Apache-2.0".to_owned(), "Custom".to_owned()],
        kind: Some("library".to_owned()),
    };
    assert_eq!(sbom.components[1], expected);
    assert_eq!(sbom.name.as_deref(), Some("cam-fw"));
    assert_eq!(sbom.primary.as_deref(), Some("fw"));
    assert_eq!(
        sbom.format,
        SbomFormat::CycloneDx {
            spec_version: "1.6".to_owned(),
            encoding: CycloneDxEncoding::Xml
        }
    );
    let spdx = parsed("min.spdx", MINIMAL_SPDX.as_bytes());
    assert_eq!(
        spdx.format,
        SbomFormat::Spdx {
            version: "2.3".to_owned(),
            encoding: SpdxEncoding::TagValue
        }
    );
    assert_eq!(spdx.components[0].kind.as_deref(), Some("firmware"));
    assert_eq!(
        spdx.components[1].purl.as_deref(),
        Some("pkg:generic/openssl@3.0.13")
    );
}

// ---------------------------------------------------------------------------
// Hostile input

#[test]
fn malformed_input_is_rejected_with_a_position() {
    check(
        "broken.json",
        b"{\"bomFormat\": \"CycloneDX\",\n  \"specVersion\": 1.6 x}",
        "error: broken.json: line 2, column 22: malformed JSON: expected `,` or `}`",
    );
    check(
        "broken.xml",
        b"<bom xmlns=\"http://cyclonedx.org/schema/bom/1.6\">\n  <components>\n</bom>",
        "error: broken.xml: line 3, column 1: malformed XML: expected 'components' tag, not 'bom'",
    );
    check(
        "latin1.xml",
        b"<bom xmlns=\"http://cyclonedx.org/schema/bom/1.6\"><!-- caf\xe9 --></bom>",
        "error: latin1.xml: line 1, column 58: invalid UTF-8 (XML must be UTF-8 here)",
    );
    check(
        "dtd.xml",
        b"<?xml version=\"1.0\"?>\n<!DOCTYPE bom [<!ENTITY a \"aaaa\">]>\n<bom xmlns=\"http://cyclonedx.org/schema/bom/1.6\">&a;</bom>",
        "error: dtd.xml: line 1, column 1: malformed XML: XML with DTD detected",
    );
    check(
        "unclosed.spdx",
        format!("{MINIMAL_SPDX}PackageComment: <text>never closed\nmore\n").as_bytes(),
        "error: unclosed.spdx: line 22, column 17: the `<text>` value of `PackageComment` is never closed with `</text>`",
    );
    check(
        "protobuf.bin",
        b"\x0a\x09CycloneDX\x12\x00",
        "error: protobuf.bin: not a recognised SBOM: binary content (CycloneDX protobuf is not supported)",
    );
}

/// Every prefix of a real file is rejected (or, for tag-value cut at a line
/// end, may parse) and nothing panics.
#[test]
fn truncated_input_is_rejected_cleanly() {
    let Some(corpus) = iotmark_testkit::require_corpus("truncated_input") else {
        return;
    };
    for file in [
        "cyclonedx/spec-tests/1.6/valid-bom-1.6.json",
        "cyclonedx/spec-tests/1.6/valid-bom-1.6.xml",
        "cyclonedx/examples/SBOM/laravel-7.12.0/bom.1.4.json",
        "spdx/2.3/SPDXJSONExample-v2.3.spdx.json",
    ] {
        let bytes = read(&corpus.join(file));
        let step = (bytes.len() / 300).max(1);
        for cut in (0..bytes.len() - 1).step_by(step) {
            let prefix = &bytes[..cut];
            // The XML and JSON files end in a newline after the last closing
            // bracket, so every shorter prefix is incomplete.
            assert!(
                parse(file, prefix).is_err(),
                "{file} cut at {cut} was accepted"
            );
        }
    }
    let text = read(&corpus.join("spdx/2.3/SPDXTagExample-v2.3.spdx"));
    let step = (text.len() / 300).max(1);
    for cut in (0..text.len()).step_by(step) {
        let _ = parse("tag-value", &text[..cut]);
    }
    // A cut inside a `<text>` value or a tag name is always caught.
    let text = String::from_utf8(text).expect("UTF-8");
    let inside_text = text.find("<text>").expect("a <text> value") + 10;
    rejected("cut-in-text.spdx", &text.as_bytes()[..inside_text]);
    let inside_tag = text.rfind("PackageName:").expect("a package") + 7;
    rejected("cut-in-tag.spdx", &text.as_bytes()[..inside_tag]);
}

#[test]
fn deep_nesting_is_rejected_before_parsing() {
    let depth = 100_000;
    let json = format!(
        "{{\"bomFormat\": \"CycloneDX\", \"specVersion\": \"1.6\", \"x\": {}{}}}",
        "[".repeat(depth),
        "]".repeat(depth)
    );
    check(
        "deep.json",
        json.as_bytes(),
        &format!("error: deep.json: line 1, column 118: nested deeper than {MAX_NESTING} levels"),
    );
    let mut nested = String::new();
    for _ in 0..depth {
        nested.push_str("<components><component type=\"library\"><name>x</name>");
    }
    let xml = format!("<bom xmlns=\"http://cyclonedx.org/schema/bom/1.6\">{nested}</bom>");
    let err = rejected("deep.xml", xml.as_bytes());
    assert!(matches!(err, SbomError::TooDeep { .. }), "{err}");
    // Components nested just within the limit are flattened.
    let mut json =
        String::from(r#"{"bomFormat": "CycloneDX", "specVersion": "1.6", "components": ["#);
    let levels = MAX_NESTING / 2 - 1;
    for level in 0..levels {
        let _ = write!(
            json,
            r#"{{"type": "library", "name": "c{level}", "components": ["#
        );
    }
    json.push_str(&"]}".repeat(levels));
    json.push_str("]}");
    assert_eq!(
        parsed("nested.json", json.as_bytes()).components.len(),
        levels
    );
}

#[test]
fn huge_input_is_rejected_before_parsing() {
    let huge = vec![b' '; MAX_INPUT_BYTES + 1];
    check(
        "huge.json",
        &huge,
        &format!(
            "error: huge.json: {} bytes is more than the limit of {MAX_INPUT_BYTES} bytes; not parsed",
            MAX_INPUT_BYTES + 1
        ),
    );
}

/// Arbitrary bytes, and corpus files with bytes flipped, never panic.
#[test]
fn garbage_never_panics() {
    let mut seed = 0x2545_f491_4f6c_dd1d_u64;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let starts: [&[u8]; 4] = [b"{", b"<", b"SPDXVersion: SPDX-2.3\n", b""];
    for round in 0..2_000 {
        let mut bytes = starts[round % starts.len()].to_vec();
        let length = usize::try_from(next() % 200).unwrap_or(0);
        let alphabet = b"{}[]<>/\":,=' \nabcSPDXRef-bom1.6componentsnametype\\";
        for _ in 0..length {
            let pick = usize::try_from(next() % alphabet.len() as u64).unwrap_or(0);
            bytes.push(alphabet[pick]);
        }
        let _ = parse("garbage", &bytes);
    }
    let Some(corpus) = iotmark_testkit::require_corpus("garbage_never_panics") else {
        return;
    };
    for file in [
        "cyclonedx/spec-tests/1.6/valid-bom-1.6.json",
        "cyclonedx/spec-tests/1.6/valid-bom-1.6.xml",
        "spdx/2.3/SPDXTagExample-v2.3.spdx",
        "spdx/2.2/SPDXJSONExample-v2.2.spdx.json",
    ] {
        let original = read(&corpus.join(file));
        for _ in 0..300 {
            let mut bytes = original.clone();
            for _ in 0..3 {
                let at = usize::try_from(next() % bytes.len() as u64).unwrap_or(0);
                bytes[at] = b"{}[]<>\":\n x\xff"[usize::try_from(next() % 12).unwrap_or(0)];
            }
            let _ = parse(file, &bytes);
        }
    }
}
