//! The store against the real corpus (RustSec and Go OSV exports, the CISA
//! KEV catalog, the CycloneDX VEX examples), OpenVEX documents written here
//! from the OpenVEX specification, and bad input of every kind.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Instant;

use iotmark_vulndb::{
    ImportIssue, ImportSummary, InputKind, MAX_JSON_BYTES, Progress, Stage, Store, StoreError,
    VexFormat, VexStatus,
};
use tempfile::TempDir;

const AT: &str = "2026-05-01T12:00:00Z";

fn corpus(test: &str) -> Option<PathBuf> {
    iotmark_testkit::require_corpus(test)
}

fn new_store() -> (TempDir, Store) {
    let dir = tempfile::tempdir().expect("tempdir");
    let store = Store::create(dir.path().join("vulndb.redb")).expect("create");
    (dir, store)
}

fn import(store: &mut Store, path: &Path) -> ImportSummary {
    store
        .import(path, AT, &mut |_| {})
        .unwrap_or_else(|e| panic!("import {}: {e}", path.display()))
}

fn import_err(store: &mut Store, path: &Path) -> StoreError {
    match store.import(path, AT, &mut |_| {}) {
        Ok(summary) => panic!("import {} should fail, got {summary:?}", path.display()),
        Err(error) => error,
    }
}

fn ids(records: &[iotmark_vuln::osv::Record]) -> Vec<&str> {
    records.iter().map(|r| r.id.as_str()).collect()
}

/// A small OSV record affecting one package.
fn osv(id: &str, modified: &str, ecosystem: &str, name: &str, extra: &str) -> String {
    format!(
        r#"{{"id":"{id}","modified":"{modified}"{extra},
  "affected":[{{"package":{{"ecosystem":"{ecosystem}","name":"{name}"}},
    "ranges":[{{"type":"ECOSYSTEM","events":[{{"introduced":"0"}},{{"fixed":"2.0"}}]}}]}}]}}"#
    )
}

fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let path = dir.join(name);
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent).expect("mkdir");
    }
    fs::write(&path, text).expect("write");
    path
}

fn issue_for<'a>(issues: &'a [ImportIssue], needle: &str) -> &'a ImportIssue {
    issues
        .iter()
        .find(|i| i.path.ends_with(needle) || i.entry.as_deref() == Some(needle))
        .unwrap_or_else(|| panic!("no issue for {needle} in {issues:#?}"))
}

// ------------------------------------------------------------ the corpus

#[test]
fn corpus_import_query_reimport_reopen_and_status() {
    let Some(corpus) = corpus("corpus_import_query_reimport_reopen_and_status") else {
        return;
    };
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("vulndb.redb");
    let mut store = Store::create(&db).expect("create");

    let mut last = None;
    let started = Instant::now();
    let rustsec = store
        .import(corpus.join("osv/rustsec"), AT, &mut |p| last = Some(p))
        .expect("rustsec");
    let rustsec_time = started.elapsed();
    assert_eq!(rustsec.source.kind, InputKind::Directory);
    assert_eq!(rustsec.source.osv.added, 1206, "{:?}", rustsec.issues);
    assert!(rustsec.issues.is_empty(), "{:#?}", rustsec.issues);
    assert_eq!(
        last,
        Some(Progress {
            stage: Stage::Committing,
            done: 1206,
            total: Some(1206)
        })
    );

    let started = Instant::now();
    let go = import(&mut store, &corpus.join("osv/go"));
    let go_time = started.elapsed();
    assert_eq!(go.source.osv.added, 4291);
    assert!(go.issues.is_empty(), "{:#?}", go.issues);

    let kev = import(
        &mut store,
        &corpus.join("kev/known_exploited_vulnerabilities.json"),
    );
    assert_eq!(kev.source.kind, InputKind::Kev);
    assert_eq!(kev.source.kev.added, 1404);
    assert!(kev.issues.is_empty(), "{:#?}", kev.issues);

    let vex = import(&mut store, &corpus.join("cyclonedx/examples/VEX"));
    // Every vex*.json is imported; the plain BOMs beside them are not VEX.
    assert!(vex.source.vex.added >= 60, "{:?}", vex.source);
    for issue in &vex.issues {
        assert!(
            issue.path.contains("bom") && issue.message.contains("not VEX"),
            "{issue}"
        );
    }

    // Hand-picked records.
    let openssl = store.records_for("crates.io", "openssl").expect("query");
    assert!(
        ids(&openssl).contains(&"RUSTSEC-2016-0001"),
        "{:?}",
        ids(&openssl)
    );
    assert_eq!(openssl.len(), 10);
    let first = &openssl[0];
    assert_eq!(first.id, "RUSTSEC-2016-0001");
    assert_eq!(first.aliases, ["CVE-2016-10931", "GHSA-34p9-f4q3-c4r7"]);
    assert_eq!(first.affected.len(), 1);
    assert_eq!(
        first.affected[0].ranges[0].events[1].fixed.as_deref(),
        Some("0.9.0")
    );
    assert_eq!(
        store.aliases_of("RUSTSEC-2016-0001").expect("aliases"),
        ["CVE-2016-10931", "GHSA-34p9-f4q3-c4r7"]
    );
    assert_eq!(
        store.aliases_of("GHSA-34p9-f4q3-c4r7").expect("aliases"),
        ["CVE-2016-10931", "RUSTSEC-2016-0001"]
    );
    // Two RustSec records share CVE-2023-4863: one group.
    assert_eq!(
        store.aliases_of("CVE-2023-4863").expect("aliases"),
        [
            "CVE-2023-5129",
            "GHSA-j7hp-h8jx-5ppr",
            "RUSTSEC-2023-0060",
            "RUSTSEC-2023-0061"
        ]
    );
    assert!(
        store
            .aliases_of("CVE-0000-0000")
            .expect("aliases")
            .is_empty()
    );

    // A Go record affecting three modules comes back cut to the one asked.
    let goa = store.records_for("Go", "goa.design/goa/v3").expect("query");
    let record = goa
        .iter()
        .find(|r| r.id == "GO-2020-0032")
        .expect("GO-2020-0032");
    assert_eq!(record.affected.len(), 1);
    let package = record.affected[0].package.as_ref().expect("package");
    assert_eq!(package.name, "goa.design/goa/v3");
    let full = store
        .record("GO-2020-0032")
        .expect("record")
        .expect("found");
    assert_eq!(full.affected.len(), 3);
    assert!(store.record("GO-0000-0000").expect("record").is_none());
    assert!(
        store
            .records_for("crates.io", "no-such-crate")
            .expect("q")
            .is_empty()
    );
    // Names are not prefixes of each other.
    assert!(
        store
            .records_for("crates.io", "openss")
            .expect("q")
            .is_empty()
    );

    // Withdrawn records in the corpus are kept but do not match.
    assert!(store.record("RUSTSEC-2019-0031").expect("record").is_some());
    assert!(
        !ids(&store.records_for("crates.io", "spin").expect("q")).contains(&"RUSTSEC-2019-0031")
    );

    // KEV.
    let log4j = store.kev("CVE-2021-44228").expect("kev").expect("found");
    assert_eq!(log4j.vendor_project, "Apache");
    assert_eq!(log4j.product, "Log4j2");
    assert_eq!(log4j.date_added, "2021-12-10");
    assert_eq!(log4j.due_date, "2021-12-24");
    assert_eq!(log4j.known_ransomware_campaign_use, "Known");
    assert!(store.kev("CVE-2016-10931").expect("kev").is_none());
    // KEV meets OSV through the alias group.
    let webp = store.aliases_of("RUSTSEC-2023-0061").expect("aliases");
    assert!(webp.iter().any(|id| store.kev(id).expect("kev").is_some()));

    // CycloneDX VEX: the BOM-link ref resolves to the purl after '#'.
    let statements = store.vex_for(&["CVE-2020-25649".to_owned()]).expect("vex");
    let root = statements
        .iter()
        .find(|s| s.source.ends_with("VEX/vex.json"))
        .expect("VEX/vex.json statement");
    assert_eq!(root.format, VexFormat::CycloneDx);
    assert_eq!(root.status, VexStatus::NotAffected);
    assert_eq!(root.justification.as_deref(), Some("code_not_reachable"));
    assert_eq!(
        root.products,
        ["pkg:maven/com.fasterxml.jackson.core/jackson-databind@2.10.0?type=jar"]
    );
    assert!(
        root.impact_statement
            .as_deref()
            .is_some_and(|d| d.contains("not reachable"))
    );
    assert_eq!(root.aliases, ["SNYK-JAVA-COMFASTERXMLJACKSONCORE-1048302"]);
    // The same statement under its alias.
    let by_alias = store
        .vex_for(&["SNYK-JAVA-COMFASTERXMLJACKSONCORE-1048302".to_owned()])
        .expect("vex");
    assert!(by_alias.iter().any(|s| s.source == root.source));
    // CISA case 1: one document per status.
    let log4j_vex = store.vex_for(&["CVE-2021-44228".to_owned()]).expect("vex");
    for (file, status, product) in [
        ("vex-affected.json", VexStatus::Affected, "product-DEF"),
        ("vex-fixed.json", VexStatus::Fixed, "product-DEF"),
        (
            "vex-not_affected.json",
            VexStatus::NotAffected,
            "product-ABC",
        ),
        (
            "vex-under_investigation.json",
            VexStatus::UnderInvestigation,
            "product-GHI",
        ),
    ] {
        let statement = log4j_vex
            .iter()
            .find(|s| s.source.ends_with(&format!("CISA-Use-Cases/Case-1/{file}")))
            .unwrap_or_else(|| panic!("{file}"));
        assert_eq!(statement.status, status, "{file}");
        assert_eq!(statement.products, [product], "{file}");
    }

    // Re-import: everything is skipped and nothing changes.
    let before = store.status().expect("status");
    let again = import(&mut store, &corpus.join("osv/rustsec"));
    assert_eq!(again.source.osv.added + again.source.osv.replaced, 0);
    assert_eq!(again.source.osv.skipped, 1206);
    let again = import(&mut store, &corpus.join("osv/go"));
    assert_eq!(again.source.osv.skipped, 4291);
    let again = import(
        &mut store,
        &corpus.join("kev/known_exploited_vulnerabilities.json"),
    );
    assert_eq!(again.source.kev.skipped, 1404);
    let again = import(&mut store, &corpus.join("cyclonedx/examples/VEX"));
    assert_eq!(again.source.vex.skipped, vex.source.vex.added);
    assert_eq!(again.source.vex.added + again.source.vex.replaced, 0);
    let after = store.status().expect("status");
    assert_eq!(before.records, after.records);
    assert_eq!(before.ecosystems, after.ecosystems);
    assert_eq!(before.vex_statements, after.vex_statements);
    drop(store);

    // Reopen read-only and time it.
    let started = Instant::now();
    let store = Store::open(&db).expect("open");
    let open_time = started.elapsed();
    let started = Instant::now();
    let mut found = 0;
    for name in ["openssl", "hyper", "tokio", "spin", "smallvec", "no-such"] {
        found += store.records_for("crates.io", name).expect("q").len();
    }
    let lookup_time = started.elapsed() / 6;
    assert!(found > 10);

    let status = store.status().expect("status");
    let withdrawn_in_corpus = 30;
    assert_eq!(status.records, 1206 + 4291);
    assert_eq!(status.withdrawn, withdrawn_in_corpus);
    // The per-ecosystem counts leave withdrawn records out.
    assert_eq!(
        status.ecosystems["crates.io"] + status.ecosystems["Go"],
        1206 + 4291 - withdrawn_in_corpus
    );
    assert_eq!(status.ecosystems.len(), 2);
    assert_eq!(status.kev.entries, 1404);
    assert_eq!(status.kev.catalog_version.as_deref(), Some("2025.08.25"));
    assert_eq!(
        status.kev.date_released.as_deref(),
        Some("2025-08-25T17:04:19.9796Z")
    );
    assert_eq!(status.vex_statements, vex.source.vex.added);
    assert!(
        status
            .newest_modified
            .as_deref()
            .is_some_and(|m| m.starts_with("20"))
    );
    assert_eq!(status.sources.len(), 4);
    let rustsec_source = status
        .sources
        .iter()
        .find(|s| s.path.ends_with("osv/rustsec"))
        .expect("rustsec source");
    assert_eq!(rustsec_source.imported_at, AT);
    assert_eq!(rustsec_source.osv.skipped, 1206);
    assert!(status.file_size > 0);
    let json = serde_json::to_value(&status).expect("status serialises");
    assert_eq!(json["kev"]["entries"], 1404);

    // A read-only store refuses imports.
    let mut store = store;
    assert!(matches!(
        import_err(&mut store, &corpus.join("osv/rustsec")),
        StoreError::ReadOnly { .. }
    ));

    eprintln!(
        "corpus: rustsec import {rustsec_time:?}, go import {go_time:?}, store {} bytes, open {open_time:?}, records_for {lookup_time:?}",
        status.file_size
    );
}

// ------------------------------------------------------------ increments

#[test]
fn newer_copies_replace_older_and_equal_ones_are_skipped() {
    let Some(corpus) = corpus("newer_copies_replace_older_and_equal_ones_are_skipped") else {
        return;
    };
    let (dir, mut store) = new_store();
    let original =
        fs::read_to_string(corpus.join("osv/rustsec/RUSTSEC-2016-0001.json")).expect("read");
    let input = write(dir.path(), "in/RUSTSEC-2016-0001.json", &original);

    assert_eq!(import(&mut store, &input).source.osv.added, 1);
    let same = import(&mut store, &input);
    assert_eq!(
        (
            same.source.osv.added,
            same.source.osv.replaced,
            same.source.osv.skipped
        ),
        (0, 0, 1)
    );

    let newer = original
        .replace("2023-06-13T13:10:24Z", "2024-01-01T00:00:00.5+01:00")
        .replace("SSL/TLS MitM vulnerability", "Updated summary");
    write(dir.path(), "in/RUSTSEC-2016-0001.json", &newer);
    let replaced = import(&mut store, &input);
    assert_eq!(replaced.source.osv.replaced, 1);
    assert_eq!(
        replaced.source.newest_modified.as_deref(),
        Some("2024-01-01T00:00:00.5+01:00")
    );
    let record = store
        .record("RUSTSEC-2016-0001")
        .expect("q")
        .expect("found");
    assert!(
        record
            .summary
            .as_deref()
            .is_some_and(|s| s.starts_with("Updated"))
    );

    // An older copy (by instant, though it sorts after as text) is skipped.
    let older = original.replace("2023-06-13T13:10:24Z", "2024-01-01T00:00:00.9+02:00");
    write(dir.path(), "in/RUSTSEC-2016-0001.json", &older);
    let skipped = import(&mut store, &input);
    assert_eq!(skipped.source.osv.skipped, 1);
    let record = store
        .record("RUSTSEC-2016-0001")
        .expect("q")
        .expect("found");
    assert!(
        record
            .summary
            .as_deref()
            .is_some_and(|s| s.starts_with("Updated"))
    );

    // A replacement that drops an alias and moves package leaves no stale index.
    let moved = osv(
        "RUSTSEC-2016-0001",
        "2025-01-01T00:00:00Z",
        "crates.io",
        "openssl-sys",
        r#","aliases":["CVE-2016-10931"]"#,
    );
    write(dir.path(), "in/RUSTSEC-2016-0001.json", &moved);
    assert_eq!(import(&mut store, &input).source.osv.replaced, 1);
    assert!(
        store
            .records_for("crates.io", "openssl")
            .expect("q")
            .is_empty()
    );
    assert_eq!(
        ids(&store.records_for("crates.io", "openssl-sys").expect("q")),
        ["RUSTSEC-2016-0001"]
    );
    assert_eq!(
        store.aliases_of("RUSTSEC-2016-0001").expect("a"),
        ["CVE-2016-10931"]
    );
    assert!(
        store
            .aliases_of("GHSA-34p9-f4q3-c4r7")
            .expect("a")
            .is_empty()
    );
    let status = store.status().expect("status");
    assert_eq!(status.records, 1);
    assert_eq!(status.ecosystems["crates.io"], 1);

    // Compaction keeps everything.
    store.compact().expect("compact");
    assert_eq!(store.status().expect("status").records, 1);
    assert_eq!(
        ids(&store.records_for("crates.io", "openssl-sys").expect("q")),
        ["RUSTSEC-2016-0001"]
    );
    let db = store.path().to_path_buf();
    drop(store);
    let mut read_only = Store::open(&db).expect("open");
    assert!(matches!(
        read_only.compact(),
        Err(StoreError::ReadOnly { .. })
    ));
}

#[test]
fn withdrawn_records_stop_matching_but_are_counted() {
    let (dir, mut store) = new_store();
    let input = write(
        dir.path(),
        "GHSA-aaaa-bbbb-cccc.json",
        &osv(
            "GHSA-aaaa-bbbb-cccc",
            "2024-01-01T00:00:00Z",
            "npm",
            "left-pad",
            r#","aliases":["CVE-2099-1"]"#,
        ),
    );
    import(&mut store, &input);
    assert_eq!(store.records_for("npm", "left-pad").expect("q").len(), 1);
    assert_eq!(store.status().expect("s").ecosystems["npm"], 1);

    write(
        dir.path(),
        "GHSA-aaaa-bbbb-cccc.json",
        &osv(
            "GHSA-aaaa-bbbb-cccc",
            "2024-02-01T00:00:00Z",
            "npm",
            "left-pad",
            r#","withdrawn":"2024-02-01T00:00:00Z","aliases":["CVE-2099-1"]"#,
        ),
    );
    assert_eq!(import(&mut store, &input).source.osv.replaced, 1);
    assert!(store.records_for("npm", "left-pad").expect("q").is_empty());
    let record = store
        .record("GHSA-aaaa-bbbb-cccc")
        .expect("q")
        .expect("kept");
    assert!(record.withdrawn.is_some());
    let status = store.status().expect("status");
    assert_eq!((status.records, status.withdrawn), (1, 1));
    assert!(
        !status.ecosystems.contains_key("npm"),
        "{:?}",
        status.ecosystems
    );
    // Its aliases are still known.
    assert_eq!(
        store.aliases_of("CVE-2099-1").expect("a"),
        ["GHSA-aaaa-bbbb-cccc"]
    );
}

#[test]
fn package_names_are_normalised_per_ecosystem() {
    let (dir, mut store) = new_store();
    let input = dir.path().join("in");
    write(
        &input,
        "PYSEC-1.json",
        &osv(
            "PYSEC-1",
            "2024-01-01T00:00:00Z",
            "PyPI",
            "Zope.Interface",
            "",
        ),
    );
    write(
        &input,
        "NUGET-1.json",
        &osv(
            "NUGET-1",
            "2024-01-01T00:00:00Z",
            "NuGet",
            "Newtonsoft.Json",
            "",
        ),
    );
    write(
        &input,
        "DEB-1.json",
        &osv("DEB-1", "2024-01-01T00:00:00Z", "Debian:12", "openssl", ""),
    );
    write(
        &input,
        "CRATE-1.json",
        &osv(
            "CRATE-1",
            "2024-01-01T00:00:00Z",
            "crates.io",
            "Inflector",
            "",
        ),
    );
    assert_eq!(import(&mut store, &input).source.osv.added, 4);
    for (eco, name, id) in [
        ("PyPI", "zope-interface", "PYSEC-1"),
        ("PyPI", "ZOPE__interface", "PYSEC-1"),
        ("NuGet", "newtonsoft.json", "NUGET-1"),
        ("Debian", "openssl", "DEB-1"),
        ("Debian:11", "openssl", "DEB-1"),
        ("crates.io", "Inflector", "CRATE-1"),
    ] {
        assert_eq!(
            ids(&store.records_for(eco, name).expect("q")),
            [id],
            "{eco} {name}"
        );
    }
    assert!(
        store
            .records_for("crates.io", "inflector")
            .expect("q")
            .is_empty()
    );
    assert_eq!(store.status().expect("s").ecosystems["Debian"], 1);
}

// -------------------------------------------------------------- archives

fn build_zip(path: &Path, entries: &[(String, Vec<u8>)]) {
    let file = fs::File::create(path).expect("create zip");
    let mut zip = zip::ZipWriter::new(file);
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for (name, bytes) in entries {
        zip.start_file(name.as_str(), options).expect("start");
        zip.write_all(bytes).expect("write");
    }
    zip.finish().expect("finish");
}

#[test]
fn all_zip_from_corpus_records_with_a_malformed_entry() {
    let Some(corpus) = corpus("all_zip_from_corpus_records_with_a_malformed_entry") else {
        return;
    };
    let mut entries: Vec<(String, Vec<u8>)> = Vec::new();
    let mut names: Vec<PathBuf> = fs::read_dir(corpus.join("osv/rustsec"))
        .expect("dir")
        .map(|e| e.expect("entry").path())
        .collect();
    names.sort();
    for path in &names {
        let name = path
            .file_name()
            .expect("name")
            .to_string_lossy()
            .into_owned();
        entries.push((name, fs::read(path).expect("read")));
    }
    entries.push((
        "BROKEN-1.json".to_owned(),
        b"{\"id\": \"BROKEN-1\",\n  \"modified\": 12\n}".to_vec(),
    ));
    entries.push(("README.txt".to_owned(), b"not a record".to_vec()));
    let (dir, mut store) = new_store();
    let archive = dir.path().join("crates.io").join("all.zip");
    fs::create_dir_all(archive.parent().expect("parent")).expect("mkdir");
    build_zip(&archive, &entries);

    let mut progress = Vec::new();
    let summary = store
        .import(&archive, AT, &mut |p| progress.push(p))
        .expect("import zip");
    assert_eq!(summary.source.kind, InputKind::OsvArchive);
    assert_eq!(summary.source.osv.added, 1206);
    assert_eq!(summary.issues.len(), 1, "{:#?}", summary.issues);
    let issue = issue_for(&summary.issues, "BROKEN-1.json");
    assert!(issue.path.ends_with("all.zip"));
    assert_eq!((issue.line, issue.column), (Some(2), Some(16)), "{issue}");
    assert!(issue.message.contains("invalid type"), "{issue}");
    let total = Some(entries.len() as u64);
    assert!(
        progress
            .iter()
            .all(|p| p.stage != Stage::Importing || p.total == total)
    );
    assert_eq!(
        progress.last().map(|p| (p.stage, p.done)),
        Some((Stage::Committing, entries.len() as u64))
    );
    assert_eq!(
        ids(&store.records_for("crates.io", "openssl").expect("q")).len(),
        10
    );

    // The same archive inside a directory tree: all skipped now.
    let again = import(&mut store, dir.path());
    assert_eq!(again.source.osv.skipped, 1206);
    assert_eq!(again.issues.len(), 1);
}

// ------------------------------------------------------------- bad input

#[test]
fn malformed_files_in_a_directory_are_reported_and_skipped() {
    let (dir, mut store) = new_store();
    let input = dir.path().join("in");
    write(
        &input,
        "GOOD-1.json",
        &osv("GOOD-1", "2024-01-01T00:00:00Z", "npm", "good", ""),
    );
    write(
        &input,
        "bad-json.json",
        "{\"id\": \"BAD-1\",\n  \"modified\": \"2024-01-01T00:00:00Z\",\n  \"aliases\": [,]\n}",
    );
    write(
        &input,
        "no-id.json",
        "{\n  \"modified\": \"2024-01-01T00:00:00Z\",\n  \"affected\": []\n}",
    );
    write(
        &input,
        "no-modified.json",
        "{\"id\": \"NOMOD-1\", \"affected\": []}",
    );
    write(
        &input,
        "bad-modified.json",
        "{\"id\": \"BADMOD-1\", \"modified\": \"yesterday\"}",
    );
    let truncated = osv("TRUNC-1", "2024-01-01T00:00:00Z", "npm", "trunc", "");
    write(&input, "truncated.json", &truncated[..truncated.len() / 2]);
    let deep = format!(
        "{{\"id\": \"DEEP-1\", \"modified\": \"2024-01-01T00:00:00Z\", \"database_specific\": {}{}}}",
        "[".repeat(10_000),
        "]".repeat(10_000)
    );
    write(&input, "deep.json", &deep);
    write(
        &input,
        "package.json",
        "{\"name\": \"not-osv\", \"version\": \"1.0.0\"}",
    );
    write(
        &input,
        "sbom.json",
        "{\"bomFormat\": \"CycloneDX\", \"components\": []}",
    );
    write(&input, "notes.txt", "ignored: not .json");
    write(
        &input,
        ".hidden/HIDDEN-1.json",
        &osv("HIDDEN-1", "2024-01-01T00:00:00Z", "npm", "h", ""),
    );
    write(&input, "broken.zip", "PK\u{3}\u{4} this is no archive");
    let huge = fs::File::create(input.join("huge.json")).expect("create");
    huge.set_len(MAX_JSON_BYTES + 1).expect("sparse file");

    let summary = import(&mut store, &input);
    assert_eq!(summary.source.osv.added, 1, "{:#?}", summary.issues);
    assert_eq!(summary.issues.len(), 10, "{:#?}", summary.issues);
    assert_eq!(summary.source.errors, 10);

    let bad = issue_for(&summary.issues, "bad-json.json");
    assert_eq!((bad.line, bad.column), (Some(3), Some(15)), "{bad}");
    let no_id = issue_for(&summary.issues, "no-id.json");
    assert!(no_id.message.contains("missing field `id`"), "{no_id}");
    assert_eq!(no_id.line, Some(4));
    assert!(
        issue_for(&summary.issues, "no-modified.json")
            .message
            .contains("missing field `modified`")
    );
    assert!(
        issue_for(&summary.issues, "bad-modified.json")
            .message
            .contains("RFC 3339")
    );
    let truncated = issue_for(&summary.issues, "truncated.json");
    assert!(truncated.message.contains("EOF"), "{truncated}");
    assert!(truncated.line.is_some());
    let deep = issue_for(&summary.issues, "deep.json");
    assert!(deep.message.contains("recursion limit exceeded"), "{deep}");
    assert!(
        issue_for(&summary.issues, "package.json")
            .message
            .contains("not a known kind")
    );
    assert!(
        issue_for(&summary.issues, "sbom.json")
            .message
            .contains("not VEX")
    );
    assert!(
        issue_for(&summary.issues, "broken.zip")
            .message
            .contains("zip")
    );
    assert!(
        issue_for(&summary.issues, "huge.json")
            .message
            .contains("over the limit")
    );
    assert!(store.record("HIDDEN-1").expect("q").is_none());
    assert!(store.record("GOOD-1").expect("q").is_some());
    // The issue list serialises for JSON output and displays with places.
    assert!(
        serde_json::to_string(&summary)
            .expect("json")
            .contains("\"issues\"")
    );
    assert!(
        bad.to_string()
            .ends_with(&format!(":3:15: {}", bad.message)),
        "{bad}"
    );
}

#[test]
fn a_single_bad_file_is_an_error_and_changes_nothing() {
    let (dir, mut store) = new_store();
    let good = write(
        dir.path(),
        "GOOD-1.json",
        &osv("GOOD-1", "2024-01-01T00:00:00Z", "npm", "good", ""),
    );
    import(&mut store, &good);
    let before = store.status().expect("status");

    let unknown = write(dir.path(), "package.json", "{\"name\": \"x\"}");
    let error = import_err(&mut store, &unknown);
    assert!(matches!(error, StoreError::UnknownKind { .. }), "{error}");
    assert!(error.to_string().contains("package.json"), "{error}");

    let huge = dir.path().join("huge.json");
    fs::File::create(&huge)
        .expect("create")
        .set_len(MAX_JSON_BYTES + 1)
        .expect("len");
    let error = import_err(&mut store, &huge);
    assert!(
        matches!(error, StoreError::TooLarge { size, .. } if size == MAX_JSON_BYTES + 1),
        "{error}"
    );

    let bad = write(dir.path(), "bad.json", "{\"id\": \"B\",\n\"modified\": }");
    let error = import_err(&mut store, &bad);
    assert!(
        matches!(
            error,
            StoreError::Malformed {
                line: 2,
                column: 13,
                ..
            }
        ),
        "{error:?}"
    );
    assert!(error.to_string().contains("bad.json:2:13"), "{error}");

    let deep = write(dir.path(), "deep.json", &"[".repeat(100_000));
    let error = import_err(&mut store, &deep);
    assert!(matches!(error, StoreError::Malformed { .. }), "{error}");

    let not_rfc3339 = write(
        dir.path(),
        "GOOD-2.json",
        &osv("GOOD-2", "2024-01-01", "npm", "x", ""),
    );
    assert!(matches!(
        import_err(&mut store, &not_rfc3339),
        StoreError::Invalid { .. }
    ));

    let not_a_zip = write(dir.path(), "all.zip", "PK\u{3}\u{4}garbage");
    assert!(matches!(
        import_err(&mut store, &not_a_zip),
        StoreError::Archive { .. }
    ));

    assert!(matches!(
        import_err(&mut store, &dir.path().join("missing.json")),
        StoreError::Io { .. }
    ));
    assert!(matches!(
        store.import(&good, "last tuesday", &mut |_| {}),
        Err(StoreError::Timestamp { .. })
    ));

    let after = store.status().expect("status");
    assert_eq!(before, after);
    assert!(store.record("GOOD-1").expect("q").is_some());
}

#[test]
fn opening_missing_corrupt_or_foreign_files_fails_cleanly() {
    let dir = tempfile::tempdir().expect("tempdir");
    let missing = dir.path().join("nothing-here.redb");
    let error = Store::open(&missing).expect_err("missing");
    assert!(matches!(error, StoreError::Missing { .. }));
    assert!(error.to_string().contains("nothing-here.redb"));

    let garbage = write(dir.path(), "garbage.redb", &"not a database ".repeat(1000));
    let error = Store::open(&garbage).expect_err("garbage");
    assert!(matches!(error, StoreError::Open { .. }), "{error}");
    assert!(error.to_string().contains("garbage.redb"), "{error}");
    assert!(Store::create(&garbage).is_err());

    let empty = write(dir.path(), "empty.redb", "");
    assert!(Store::open(&empty).is_err());

    // A real store cut in half.
    let db = dir.path().join("real.redb");
    {
        let mut store = Store::create(&db).expect("create");
        let input = write(
            dir.path(),
            "in/A-1.json",
            &osv("A-1", "2024-01-01T00:00:00Z", "npm", "a", ""),
        );
        import(&mut store, &input);
    }
    let bytes = fs::read(&db).expect("read");
    let cut = dir.path().join("cut.redb");
    fs::write(&cut, &bytes[..bytes.len() / 2]).expect("write");
    assert!(Store::open(&cut).is_err());

    // A redb file that is not ours.
    let foreign = dir.path().join("foreign.redb");
    {
        let db = redb::Database::create(&foreign).expect("redb");
        let txn = db.begin_write().expect("txn");
        {
            let table: redb::TableDefinition<&str, u64> = redb::TableDefinition::new("other");
            txn.open_table(table)
                .expect("table")
                .insert("x", &1)
                .expect("insert");
        }
        txn.commit().expect("commit");
    }
    assert!(matches!(
        Store::open(&foreign),
        Err(StoreError::Format { .. })
    ));
    assert!(matches!(
        Store::create(&foreign),
        Err(StoreError::Format { .. })
    ));

    // The real one still opens, read-only, and twice at once.
    let first = Store::open(&db).expect("open");
    let second = Store::open(&db).expect("open again");
    assert_eq!(ids(&first.records_for("npm", "a").expect("q")), ["A-1"]);
    assert_eq!(second.status().expect("s").records, 1);
}

#[test]
fn default_path_is_in_the_data_directory() {
    let path = Store::default_path();
    assert!(path.ends_with("vulndb.redb"), "{}", path.display());
    assert!(
        path.to_string_lossy().contains("iotmark"),
        "{}",
        path.display()
    );
}

// -------------------------------------------------------------------- KEV

#[test]
fn kev_catalogs_replace_only_when_newer() {
    let Some(corpus) = corpus("kev_catalogs_replace_only_when_newer") else {
        return;
    };
    let (dir, mut store) = new_store();
    let real = corpus.join("kev/known_exploited_vulnerabilities.json");
    import(&mut store, &real);

    let mut catalog: serde_json::Value =
        serde_json::from_slice(&fs::read(&real).expect("read")).expect("json");
    // An older catalog is skipped whole.
    catalog["dateReleased"] = "2025-01-01T00:00:00Z".into();
    catalog["vulnerabilities"][0]["product"] = "Changed".into();
    let older = write(dir.path(), "older.json", &catalog.to_string());
    let summary = import(&mut store, &older);
    assert_eq!(summary.source.kev.skipped, 1404);
    assert_eq!(
        store
            .kev("CVE-2025-48384")
            .expect("kev")
            .expect("found")
            .product,
        "Git"
    );

    // A newer one with one entry changed, one removed and one bad.
    catalog["dateReleased"] = "2025-09-01T00:00:00Z".into();
    catalog["catalogVersion"] = "2025.09.01".into();
    let removed = catalog["vulnerabilities"][1]["cveID"]
        .as_str()
        .expect("id")
        .to_owned();
    let list = catalog["vulnerabilities"].as_array_mut().expect("array");
    list.remove(1);
    list.push(serde_json::json!({"vendorProject": "no cveID"}));
    let newer = write(dir.path(), "newer.json", &catalog.to_string());
    let summary = import(&mut store, &newer);
    assert_eq!(summary.source.kev.replaced, 1);
    assert_eq!(summary.source.kev.skipped, 1402);
    assert_eq!(summary.issues.len(), 1);
    assert!(summary.issues[0].message.contains("vulnerabilities[1403]"));
    assert_eq!(
        store
            .kev("CVE-2025-48384")
            .expect("kev")
            .expect("found")
            .product,
        "Changed"
    );
    assert!(store.kev(&removed).expect("kev").is_none());
    let status = store.status().expect("status");
    assert_eq!(status.kev.entries, 1403);
    assert_eq!(status.kev.catalog_version.as_deref(), Some("2025.09.01"));
}

// -------------------------------------------------------------------- VEX

const OPENVEX: &str = r#"{
  "@context": "https://openvex.dev/ns/v0.2.0",
  "@id": "https://example.com/vex/camera-2026-001",
  "author": "Example Camera Co. PSIRT",
  "role": "Document Creator",
  "timestamp": "2026-03-01T10:00:00Z",
  "version": 1,
  "statements": [
    {
      "vulnerability": {
        "@id": "https://nvd.nist.gov/vuln/detail/CVE-2023-4863",
        "name": "CVE-2023-4863",
        "aliases": ["GHSA-j7hp-h8jx-5ppr"]
      },
      "products": [
        {
          "@id": "pkg:generic/example/camera-firmware@2.4.1",
          "subcomponents": [{"@id": "pkg:cargo/libwebp-sys@0.9.2"}]
        }
      ],
      "status": "not_affected",
      "justification": "vulnerable_code_not_in_execute_path",
      "impact_statement": "The firmware never decodes WebP images."
    },
    {
      "vulnerability": {"name": "CVE-2016-10931"},
      "products": [{"@id": "pkg:cargo/openssl@0.8.0", "identifiers": {"purl": "pkg:cargo/openssl@0.8.0"}}],
      "status": "affected",
      "action_statement": "Upgrade to 0.9.0 or later.",
      "timestamp": "2026-03-02T00:00:00Z"
    },
    {
      "vulnerability": {"name": "CVE-2021-44228"},
      "products": [{"@id": "pkg:maven/org.apache.logging.log4j/log4j-core@2.14.0"}],
      "status": "fixed"
    },
    {
      "vulnerability": {"name": "CVE-2099-0001"},
      "products": [{"@id": "pkg:generic/example/camera-firmware@2.4.1"}],
      "status": "under_investigation"
    },
    {
      "vulnerability": {"name": "CVE-2099-0002"},
      "status": "maybe"
    }
  ]
}"#;

#[test]
fn openvex_documents_import_and_match_by_id_and_alias() {
    let (dir, mut store) = new_store();
    let doc = write(dir.path(), "camera.openvex.json", OPENVEX);
    let summary = import(&mut store, &doc);
    assert_eq!(summary.source.kind, InputKind::OpenVex);
    assert_eq!(summary.source.vex.added, 4);
    assert_eq!(summary.issues.len(), 1);
    assert!(
        summary.issues[0].message.contains("statements[4]"),
        "{}",
        summary.issues[0]
    );

    let webp = store
        .vex_for(&["GHSA-j7hp-h8jx-5ppr".to_owned()])
        .expect("vex");
    assert_eq!(webp.len(), 1);
    let s = &webp[0];
    assert_eq!(s.vulnerability, "CVE-2023-4863");
    assert_eq!(s.status, VexStatus::NotAffected);
    assert_eq!(s.status_as_written, "not_affected");
    assert_eq!(s.format, VexFormat::OpenVex);
    assert_eq!(s.products, ["pkg:generic/example/camera-firmware@2.4.1"]);
    assert_eq!(s.subcomponents, ["pkg:cargo/libwebp-sys@0.9.2"]);
    assert_eq!(
        s.justification.as_deref(),
        Some("vulnerable_code_not_in_execute_path")
    );
    assert_eq!(
        s.impact_statement.as_deref(),
        Some("The firmware never decodes WebP images.")
    );
    assert_eq!(s.timestamp.as_deref(), Some("2026-03-01T10:00:00Z"));
    assert_eq!(
        s.document_id.as_deref(),
        Some("https://example.com/vex/camera-2026-001")
    );
    assert!(s.source.ends_with("camera.openvex.json"));
    // Matched by the @id too.
    assert_eq!(
        store
            .vex_for(&["https://nvd.nist.gov/vuln/detail/CVE-2023-4863".to_owned()])
            .expect("vex")
            .len(),
        1
    );

    let ids: Vec<String> = [
        "CVE-2016-10931",
        "CVE-2021-44228",
        "CVE-2099-0001",
        "CVE-2016-10931",
    ]
    .map(String::from)
    .to_vec();
    let all = store.vex_for(&ids).expect("vex");
    let statuses: Vec<VexStatus> = all.iter().map(|s| s.status).collect();
    assert_eq!(
        statuses,
        [
            VexStatus::Affected,
            VexStatus::Fixed,
            VexStatus::UnderInvestigation
        ]
    );
    assert_eq!(
        all[0].action_statement.as_deref(),
        Some("Upgrade to 0.9.0 or later.")
    );
    assert_eq!(all[0].products, ["pkg:cargo/openssl@0.8.0"]);
    assert_eq!(all[0].timestamp.as_deref(), Some("2026-03-02T00:00:00Z"));
    assert!(
        store
            .vex_for(&["CVE-2099-0002".to_owned()])
            .expect("vex")
            .is_empty()
    );

    // The same document again: skipped. A new version replaces it whole.
    assert_eq!(import(&mut store, &doc).source.vex.skipped, 4);
    let v2 = OPENVEX
        .replace(
            "\"status\": \"under_investigation\"",
            "\"status\": \"not_affected\", \"justification\": \"component_not_present\"",
        )
        .replace(
            r#"{
      "vulnerability": {"name": "CVE-2021-44228"},
      "products": [{"@id": "pkg:maven/org.apache.logging.log4j/log4j-core@2.14.0"}],
      "status": "fixed"
    },"#,
            "",
        );
    write(dir.path(), "camera.openvex.json", &v2);
    let summary = import(&mut store, &doc);
    assert_eq!(summary.source.vex.replaced, 3);
    assert!(
        store
            .vex_for(&["CVE-2021-44228".to_owned()])
            .expect("vex")
            .is_empty()
    );
    let updated = store.vex_for(&["CVE-2099-0001".to_owned()]).expect("vex");
    assert_eq!(updated[0].status, VexStatus::NotAffected);
    assert_eq!(store.status().expect("s").vex_statements, 3);
}

#[test]
fn cyclonedx_vex_refs_resolve_through_bom_refs() {
    let (dir, mut store) = new_store();
    let bom = r#"{
      "bomFormat": "CycloneDX", "specVersion": "1.5", "version": 1,
      "serialNumber": "urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79",
      "metadata": {"timestamp": "2026-01-01T00:00:00Z",
        "component": {"type": "firmware", "name": "lock-fw", "bom-ref": "fw", "purl": "pkg:generic/acme/lock-fw@1.2"}},
      "components": [
        {"type": "library", "name": "zlib", "bom-ref": "zlib-ref", "purl": "pkg:generic/zlib@1.2.11",
         "components": [{"type": "library", "name": "inner", "bom-ref": "inner-ref", "purl": "pkg:generic/inner@1"}]}
      ],
      "vulnerabilities": [
        {"id": "CVE-2018-25032", "analysis": {"state": "resolved", "detail": "patched"},
         "affects": [{"ref": "zlib-ref"}, {"ref": "urn:cdx:3e671687-395b-41f5-a30f-a58921a69b79/1#inner-ref"}, {"ref": "fw"}]},
        {"id": "CVE-2022-37434", "analysis": {"state": "false_positive"}, "affects": [{"ref": "unknown-ref"}]},
        {"id": "CVE-2023-0001", "description": "a disclosure without analysis (VDR)"},
        {"id": "CVE-2023-0002", "analysis": {"state": "sort_of"}},
        {"analysis": {"state": "in_triage"}}
      ]
    }"#;
    let doc = write(dir.path(), "lock.cdx.json", bom);
    let summary = import(&mut store, &doc);
    assert_eq!(summary.source.kind, InputKind::CycloneDxVex);
    assert_eq!(summary.source.vex.added, 2);
    assert_eq!(summary.issues.len(), 2, "{:#?}", summary.issues);
    let zlib = store.vex_for(&["CVE-2018-25032".to_owned()]).expect("vex");
    assert_eq!(zlib[0].status, VexStatus::Fixed);
    assert_eq!(zlib[0].status_as_written, "resolved");
    assert_eq!(
        zlib[0].products,
        [
            "pkg:generic/zlib@1.2.11",
            "pkg:generic/inner@1",
            "pkg:generic/acme/lock-fw@1.2"
        ]
    );
    assert_eq!(
        zlib[0].document_id.as_deref(),
        Some("urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79")
    );
    assert_eq!(zlib[0].timestamp.as_deref(), Some("2026-01-01T00:00:00Z"));
    let fp = store.vex_for(&["CVE-2022-37434".to_owned()]).expect("vex");
    assert_eq!(fp[0].status, VexStatus::NotAffected);
    assert_eq!(fp[0].products, ["unknown-ref"]);
}

#[test]
fn a_directory_may_mix_every_kind() {
    let (dir, mut store) = new_store();
    let input = dir.path().join("mixed");
    write(
        &input,
        "osv/A-1.json",
        &osv(
            "A-1",
            "2024-01-01T00:00:00Z",
            "npm",
            "a",
            r#","aliases":["CVE-2099-0001"]"#,
        ),
    );
    write(&input, "vex/camera.json", OPENVEX);
    write(
        &input,
        "kev.json",
        r#"{"title":"CISA Catalog of Known Exploited Vulnerabilities","catalogVersion":"1","dateReleased":"2026-01-01T00:00:00Z",
           "vulnerabilities":[{"cveID":"CVE-2099-0001","vendorProject":"Acme","product":"a","dateAdded":"2026-01-01","dueDate":"2026-01-22","knownRansomwareCampaignUse":"Unknown"}]}"#,
    );
    let mut seen = Vec::new();
    let summary = store
        .import(&input, AT, &mut |p| seen.push(p))
        .expect("import");
    assert_eq!(summary.source.kind, InputKind::Directory);
    assert_eq!(summary.source.osv.added, 1);
    assert_eq!(summary.source.kev.added, 1);
    assert_eq!(summary.source.vex.added, 4);
    assert_eq!(seen.first().map(|p| p.stage), Some(Stage::Scanning));
    assert_eq!(
        seen.iter().filter(|p| p.stage == Stage::Importing).count(),
        3
    );
    // From a record to its KEV entry and VEX statements through its aliases.
    let mut names = vec!["A-1".to_owned()];
    names.extend(store.aliases_of("A-1").expect("aliases"));
    assert!(names.iter().any(|n| store.kev(n).expect("kev").is_some()));
    assert_eq!(store.vex_for(&names).expect("vex").len(), 1);
}
