//! The `iotmark` command, through its real interface. One binary for all
//! CLI integration tests.

use std::path::{Path, PathBuf};
use std::process::Output;

use assert_cmd::Command;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()
        .expect("workspace root")
}

fn iotmark(args: &[&str]) -> Output {
    Command::cargo_bin("iotmark")
        .expect("binary")
        .current_dir(root())
        .env("NO_COLOR", "1")
        // No vulnerability store unless a test names one.
        .env("XDG_DATA_HOME", "/nonexistent/iotmark-test")
        .env_remove("IOTMARK_VULNDB")
        .args(args)
        .output()
        .expect("run iotmark")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

const EXAMPLES: &[(&str, u8)] = &[
    ("home-camera", 1),
    ("smart-speaker", 1),
    ("smart-lock", 2),
    ("fitness-watch", 2),
    ("connected-toy", 0),
    ("smart-plug", 3),
    ("video-doorbell", 0),
];

fn assess(example: &str, format: &str) -> Output {
    iotmark(&[
        "assess",
        &format!("examples/{example}/declaration.yaml"),
        "--date",
        "2026-11-01",
        "--format",
        format,
    ])
}

#[test]
fn examples_reach_their_levels_and_match_golden_reports() {
    for (name, level) in EXAMPLES {
        let json = assess(name, "json");
        assert_eq!(json.status.code(), Some(0), "{name}: {}", stderr(&json));
        let v: serde_json::Value = serde_json::from_slice(&json.stdout).expect("json");
        assert_eq!(v["level"], *level, "{name}");
        insta::assert_snapshot!(format!("{name}.json"), stdout(&json));
        let text = assess(name, "text");
        assert_eq!(text.status.code(), Some(0));
        insta::assert_snapshot!(format!("{name}.txt"), stdout(&text));
    }
}

#[test]
fn json_contract_has_the_documented_fields() {
    let v: serde_json::Value =
        serde_json::from_slice(&assess("home-camera", "json").stdout).expect("json");
    for key in [
        "format",
        "format_version",
        "self_assessed",
        "catalog",
        "product",
        "level",
        "areas",
        "verdicts",
        "next_level",
        "schemes",
        "findings",
        "evidence",
    ] {
        assert!(v.get(key).is_some(), "missing {key}");
    }
    assert_eq!(v["format"], "iotmark-assessment");
    assert_eq!(v["self_assessed"], true);
    assert_eq!(v["catalog"]["sha256"].as_str().map(str::len), Some(64));
    for key in ["criterion", "status", "basis", "explanation", "evidence"] {
        assert!(v["verdicts"][0].get(key).is_some(), "verdict lacks {key}");
    }
    for key in ["id", "score", "grade"] {
        assert!(v["areas"][0].get(key).is_some(), "area lacks {key}");
    }
    for key in ["scheme", "clauses", "met", "not_met", "unknown"] {
        assert!(v["schemes"][0].get(key).is_some(), "scheme lacks {key}");
    }
    assert_eq!(v["next_level"]["level"], 2);
    // The camera's security.txt expired: its claim is contradicted.
    let vul02 = v["verdicts"]
        .as_array()
        .expect("verdicts")
        .iter()
        .find(|x| x["criterion"] == "VUL-02")
        .expect("VUL-02");
    assert_eq!(vul02["status"], "not_met");
    assert_eq!(vul02["basis"], "contradicted");
    assert!(
        v["next_level"]["missing"]
            .as_array()
            .expect("missing")
            .iter()
            .any(|m| m == "VUL-02")
    );
    assert_eq!(v["findings"][0]["kind"], "securitytxt.expired");
}

#[test]
fn repeated_runs_are_byte_identical() {
    for format in ["json", "text", "html", "sarif"] {
        let a = assess("smart-lock", format);
        let b = assess("smart-lock", format);
        assert_eq!(a.stdout, b.stdout, "{format}");
    }
}

#[test]
fn min_level_is_a_ci_gate() {
    let decl = "examples/smart-lock/declaration.yaml";
    let run = |min: &str| {
        iotmark(&[
            "assess",
            decl,
            "--date",
            "2026-11-01",
            "--format",
            "json",
            "--min-level",
            min,
        ])
        .status
        .code()
    };
    assert_eq!(run("2"), Some(0));
    assert_eq!(run("3"), Some(1));
    assert_eq!(run("4"), Some(2));
    assert_eq!(
        iotmark(&["assess", "nope.yaml", "--min-level", "1"])
            .status
            .code(),
        Some(2)
    );
}

#[test]
fn sarif_and_html_reports() {
    let o = assess("home-camera", "sarif");
    assert_eq!(o.status.code(), Some(0));
    let s: serde_json::Value = serde_json::from_slice(&o.stdout).expect("sarif json");
    assert_eq!(s["version"], "2.1.0");
    let run = &s["runs"][0];
    assert_eq!(run["tool"]["driver"]["name"], "iotmark");
    let results = run["results"].as_array().expect("results");
    let vul02 = results
        .iter()
        .find(|r| r["ruleId"] == "VUL-02")
        .expect("VUL-02 alert");
    assert_eq!(vul02["level"], "error");
    let region = &vul02["locations"][0]["physicalLocation"]["region"];
    assert!(
        region["startLine"].as_u64().expect("line") > 1,
        "points into the declaration"
    );
    let rules = run["tool"]["driver"]["rules"].as_array().expect("rules");
    for r in results {
        let i = r["ruleIndex"].as_u64().expect("index") as usize;
        assert_eq!(rules[i]["id"], r["ruleId"]);
    }
    let html = stdout(&assess("home-camera", "html"));
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains("Self-assessment, not a certificate."));
    assert!(html.contains("contradicted by evidence"));
    assert!(!html.contains("<script"));
}

#[test]
fn hostile_text_is_escaped_in_html() {
    let dir = tempfile::tempdir().expect("tmp");
    let p = dir.path().join("d.yaml");
    std::fs::write(
        &p,
        "schema_version: 1\nmanufacturer: {name: \"<script>alert(1)</script> & Co\"}\nproduct: {name: '\"><img src=x onerror=alert(1)>', model: M, category: toy, firmware_version: '1'}\n",
    )
    .expect("write");
    let o = iotmark(&[
        "assess",
        p.to_str().expect("path"),
        "--date",
        "2026-11-01",
        "--format",
        "html",
    ]);
    let html = stdout(&o);
    assert!(!html.contains("<script>alert"), "{html}");
    assert!(!html.contains("<img"), "{html}");
    assert!(html.contains("&lt;script&gt;"));
}

#[test]
fn validate_accepts_every_example_and_the_starter() {
    for (name, _) in EXAMPLES {
        let o = iotmark(&["validate", &format!("examples/{name}/declaration.yaml")]);
        assert_eq!(o.status.code(), Some(0), "{name}: {}", stderr(&o));
    }
    let dir = tempfile::tempdir().expect("tmp");
    let p = dir.path().join("new.yaml");
    let ps = p.to_str().expect("path");
    assert_eq!(iotmark(&["init", ps]).status.code(), Some(0));
    assert_eq!(
        iotmark(&["validate", ps]).status.code(),
        Some(0),
        "{}",
        stderr(&iotmark(&["validate", ps]))
    );
    // init never overwrites silently.
    let again = iotmark(&["init", ps]);
    assert_eq!(again.status.code(), Some(2));
    assert!(stderr(&again).contains("already exists"));
}

/// Each class of bad input: exit code 2, and a message naming the file, the
/// place and what was expected.
#[test]
fn bad_declarations_are_reported_precisely() {
    const HEAD: &str = "schema_version: 1\nmanufacturer:\n  name: Acme\nproduct:\n  name: Plug\n  model: P1\n  category: smart_plug\n  firmware_version: '1.0'\n";
    let long = "x".repeat(201);
    let cases: Vec<(&str, String, Vec<&str>)> = vec![
        (
            "malformed.yaml",
            "a: [1, 2\nb: 3\n".into(),
            vec![
                "malformed.yaml:",
                "error[document/yaml-syntax]",
                "this is not valid YAML",
            ],
        ),
        (
            "malformed.json",
            "{\"schema_version\": 1,}".into(),
            vec![
                "malformed.json:1:",
                "error[document/json-syntax]",
                "not valid JSON",
            ],
        ),
        (
            "empty.yaml",
            "".into(),
            vec!["empty.yaml: error[document/empty]"],
        ),
        (
            "list.yaml",
            "- 1\n- 2\n".into(),
            vec!["error[declaration/not-a-mapping]", "the document is a list"],
        ),
        (
            "type.yaml",
            format!("{HEAD}security:\n  secure_boot: yes\n"),
            vec![
                "type.yaml:10:16: error[declaration/wrong-type]: found \"yes\" (at `security.secure_boot`); expected `true` or `false`",
            ],
        ),
        (
            "key.yaml",
            format!("{HEAD}updates:\n  mechanisim: automatic\n"),
            vec![
                "key.yaml:10:3: error[declaration/unknown-key]: unknown key `mechanisim` (at `updates.mechanisim`)",
                "did you mean `mechanism`?",
            ],
        ),
        (
            "enum.yaml",
            format!("{HEAD}sensors: [camera, microfone]\n"),
            vec![
                "enum.yaml:9:19:",
                "\"microfone\" is not an allowed value (at `sensors[1]`)",
                "did you mean `microphone`?",
            ],
        ),
        (
            "date.yaml",
            format!("{HEAD}updates:\n  support:\n    end_date: 2027-02-30\n"),
            vec![
                "date.yaml:11:15: error[declaration/invalid-format]: \"2027-02-30\" is not a real calendar date (at `updates.support.end_date`); expected a date written YYYY-MM-DD",
            ],
        ),
        (
            "before.yaml",
            HEAD.replace(
                "firmware_version: '1.0'\n",
                "firmware_version: '1.0'\n  release_date: 2026-01-01\n",
            ) + "updates:\n  support:\n    end_date: 2025-01-01\n",
            vec![
                "error[declaration/impossible-date]",
                "before the product's release on 2026-01-01",
            ],
        ),
        (
            "empty-text.yaml",
            HEAD.replace("name: Plug", "name: ''"),
            vec![
                "empty-text.yaml:5:9: error[declaration/too-short]: the text is empty (at `product.name`)",
            ],
        ),
        (
            "long.yaml",
            HEAD.replace("name: Plug", &format!("name: {long}")),
            vec![
                "error[declaration/too-long]: the text is 201 characters long (at `product.name`); expected at most 200 characters",
            ],
        ),
        (
            "missing.yaml",
            "schema_version: 1\nmanufacturer: {name: Acme}\n".into(),
            vec![
                "missing.yaml:1:1: error[declaration/missing-field]: missing required field `product`",
            ],
        ),
        (
            "data.yaml",
            format!(
                "{HEAD}data:\n  sharing:\n    - recipient: Ads Inc\n      recipient_type: advertiser\n"
            ),
            vec![
                "error[declaration/missing-field]: missing required field `purpose` (at `data.sharing[0]`)",
            ],
        ),
        (
            "country.yaml",
            HEAD.replace("name: Acme", "name: Acme\n  country: Germany"),
            vec![
                "error[declaration/invalid-value]: \"Germany\" has the wrong form (at `manufacturer.country`); expected a two-letter ISO 3166 country code",
            ],
        ),
        (
            "version.yaml",
            HEAD.replace("schema_version: 1", "schema_version: 2"),
            vec!["error[declaration/out-of-range]: 2 is too large (at `schema_version`)"],
        ),
    ];
    let dir = tempfile::tempdir().expect("tmp");
    for (name, text, expects) in &cases {
        let p = dir.path().join(name);
        std::fs::write(&p, text).expect("write");
        for cmd in ["validate", "assess"] {
            let o = Command::cargo_bin("iotmark")
                .expect("binary")
                .current_dir(dir.path())
                .env("NO_COLOR", "1")
                .args([cmd, name])
                .output()
                .expect("run");
            let err = stderr(&o);
            assert_eq!(o.status.code(), Some(2), "{cmd} {name}: {err}");
            assert!(
                o.stdout.is_empty() || cmd == "validate",
                "{cmd} {name} printed a report"
            );
            for e in expects {
                assert!(err.contains(e), "{cmd} {name}: expected {e:?} in\n{err}");
            }
        }
    }
    // Every problem at once.
    let p = dir.path().join("many.yaml");
    std::fs::write(&p, format!("{HEAD}sensors: [camra]\nupdates: {{mechanism: automatik}}\nsecurity: {{secure_boot: 1}}\n")).expect("write");
    let err = stderr(&iotmark(&["validate", p.to_str().expect("path")]));
    assert!(
        err.contains("`camra`") || err.contains("\"camra\""),
        "{err}"
    );
    assert!(err.contains("\"automatik\""), "{err}");
    assert!(err.contains("security.secure_boot"), "{err}");
    assert!(err.contains("3 problems found"), "{err}");
}

#[test]
fn unreadable_inputs_are_errors_not_panics() {
    let dir = tempfile::tempdir().expect("tmp");
    let big = dir.path().join("big.yaml");
    std::fs::write(&big, format!("a: '{}'\n", "x".repeat(1_100_000))).expect("write");
    let bin = dir.path().join("bin.yaml");
    std::fs::write(&bin, b"schema_version: 1\nx: \xff\xfe\n").expect("write");
    for (path, expect) in [
        (
            big.to_str().expect("p"),
            "larger than the 1048576 byte limit",
        ),
        (bin.to_str().expect("p"), "not UTF-8"),
        ("does-not-exist.yaml", "cannot read does-not-exist.yaml"),
        (dir.path().to_str().expect("p"), "is a directory"),
    ] {
        let o = iotmark(&["assess", path]);
        assert_eq!(o.status.code(), Some(2), "{path}");
        assert!(stderr(&o).contains(expect), "{path}: {}", stderr(&o));
    }
    let o = iotmark(&[
        "assess",
        "examples/smart-lock/declaration.yaml",
        "--date",
        "2026-13-01",
    ]);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn evidence_problems() {
    let dir = tempfile::tempdir().expect("tmp");
    let decl = dir.path().join("d.yaml");
    std::fs::write(
        &decl,
        "schema_version: 1\nmanufacturer: {name: Acme}\nproduct: {name: Plug, model: P1, category: smart_plug, firmware_version: '1.0'}\nvulnerability_disclosure: {contact: 'mailto:security@acme.example'}\nevidence:\n  - {path: missing.txt, kind: security_txt}\n",
    )
    .expect("write");
    let o = iotmark(&["assess", decl.to_str().expect("p")]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("d.yaml:6:"), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("evidence file `missing.txt` does not exist (at `evidence[0].path`)"),
        "{}",
        stderr(&o)
    );

    // A security.txt naming another contact contradicts the declared one.
    std::fs::write(&decl, "schema_version: 1\nmanufacturer: {name: Acme}\nproduct: {name: Plug, model: P1, category: smart_plug, firmware_version: '1.0'}\nvulnerability_disclosure: {policy_url: 'https://acme.example/vdp', contact: 'mailto:security@acme.example', acknowledgement_days: 5, status_update_days: 10}\n").expect("write");
    let stxt = dir.path().join("security.txt");
    std::fs::write(
        &stxt,
        "Contact: mailto:someone-else@acme.example\nExpires: 2030-01-01T00:00:00Z\n",
    )
    .expect("write");
    let o = iotmark(&[
        "assess",
        decl.to_str().expect("p"),
        "--evidence",
        stxt.to_str().expect("p"),
        "--date",
        "2026-11-01",
        "--format",
        "json",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("json");
    let vul01 = v["verdicts"]
        .as_array()
        .expect("v")
        .iter()
        .find(|x| x["criterion"] == "VUL-01")
        .expect("VUL-01");
    assert_eq!(vul01["basis"], "contradicted");
    assert_eq!(v["evidence"][0]["kind"], "security_txt");
    assert_eq!(v["evidence"][0]["sha256"].as_str().map(str::len), Some(64));

    // A security.txt whose Canonical is elsewhere contradicts the declared location.
    std::fs::write(&decl, "schema_version: 1\nmanufacturer: {name: Acme}\nproduct: {name: Plug, model: P1, category: smart_plug, firmware_version: '1.0'}\nvulnerability_disclosure: {security_txt_url: 'https://acme.example/.well-known/security.txt'}\n").expect("write");
    std::fs::write(&stxt, "Contact: mailto:security@acme.example\nExpires: 2030-01-01T00:00:00Z\nCanonical: https://elsewhere.example/.well-known/security.txt\n").expect("write");
    let o = iotmark(&[
        "assess",
        decl.to_str().expect("p"),
        "--evidence",
        stxt.to_str().expect("p"),
        "--date",
        "2026-11-01",
        "--format",
        "json",
    ]);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("json");
    let vul02 = v["verdicts"]
        .as_array()
        .expect("v")
        .iter()
        .find(|x| x["criterion"] == "VUL-02")
        .expect("VUL-02");
    assert_eq!(vul02["basis"], "contradicted");
    assert!(
        vul02["explanation"]
            .as_str()
            .expect("text")
            .contains("https://elsewhere.example/.well-known/security.txt")
    );

    // Evidence nobody can tell the kind of.
    let other = dir.path().join("notes.bin");
    std::fs::write(&other, "hello").expect("write");
    let o = iotmark(&[
        "assess",
        decl.to_str().expect("p"),
        "--evidence",
        other.to_str().expect("p"),
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("cannot tell what kind of evidence"));
}

#[test]
fn published_schema_is_fresh() {
    let o = iotmark(&["schema", "declaration"]);
    let committed = std::fs::read_to_string(root().join("schemas/declaration.schema.json"))
        .expect("committed schema");
    assert_eq!(
        stdout(&o),
        committed,
        "schemas/declaration.schema.json is stale: run `iotmark schema declaration > schemas/declaration.schema.json`"
    );
}

#[test]
fn catalog_commands() {
    let o = iotmark(&["catalog", "check"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stdout(&o).contains("105 criteria in 11 areas"));

    let list = stdout(&iotmark(&[
        "catalog", "list", "--area", "sec", "--level", "1",
    ]));
    assert!(list.contains("SEC-01  L1"));
    assert!(!list.contains("SEC-13"));
    assert_eq!(
        iotmark(&["catalog", "list", "--area", "XYZ"]).status.code(),
        Some(2)
    );

    let show = stdout(&iotmark(&["catalog", "show", "sec-01"]));
    assert!(show.contains("SEC-01 "));
    assert!(show.contains("UK PSTI") || show.contains("PSTI"));
    assert!(show.contains("In plain words"));
    let missing = iotmark(&["catalog", "show", "SEC-99"]);
    assert_eq!(missing.status.code(), Some(2));
    assert!(stderr(&missing).contains("no criterion `SEC-99`"));

    let psti = stdout(&iotmark(&["catalog", "crosswalk", "uk-psti"]));
    assert!(psti.contains("3 of 3 clauses covered"), "{psti}");
    let tds = stdout(&iotmark(&["catalog", "crosswalk", "digital-standard"]));
    assert!(
        tds.contains("NOT COVERED"),
        "the Digital Standard is only mapped where it overlaps"
    );
    assert_eq!(
        iotmark(&["catalog", "crosswalk", "nope"]).status.code(),
        Some(2)
    );

    let md = stdout(&iotmark(&["catalog", "export", "--format", "markdown"]));
    assert!(md.starts_with("# iotmark criteria catalog"));
    let json: serde_json::Value =
        serde_json::from_slice(&iotmark(&["catalog", "export", "--format", "json"]).stdout)
            .expect("json");
    assert_eq!(json["areas"].as_array().map(Vec::len), Some(11));
}

#[test]
fn oscal_export_is_a_valid_oscal_catalog() {
    let o = iotmark(&["catalog", "export", "--format", "oscal"]);
    assert_eq!(o.status.code(), Some(0));
    let doc: serde_json::Value = serde_json::from_slice(&o.stdout).expect("json");
    let schema: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(
            root().join("crates/catalog/tests/data/oscal_catalog_schema.json"),
        )
        .expect("schema"),
    )
    .expect("schema json");
    let validator = jsonschema::options()
        .should_validate_formats(true)
        .build(&schema)
        .expect("compile OSCAL schema");
    let errors: Vec<String> = validator
        .iter_errors(&doc)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{}", errors.join("\n"));
    assert_eq!(doc["catalog"]["metadata"]["oscal-version"], "1.1.2");
    // A broken document is rejected by the same validator (the test can fail).
    let mut broken = doc.clone();
    broken["catalog"]["groups"][0]["controls"][0]["id"] = "1-bad id".into();
    assert!(!validator.is_valid(&broken));
}

fn corpus() -> Option<PathBuf> {
    iotmark_testkit::require_corpus("sbom and vulnerability store tests")
}

/// A store with the corpus' RustSec and Go OSV records and the KEV catalog.
fn corpus_store(dir: &Path, corpus: &Path) -> PathBuf {
    let db = dir.join("vulndb.redb");
    let o = iotmark(&[
        "vulndb",
        "import",
        "--db",
        db.to_str().expect("p"),
        corpus.join("osv/rustsec").to_str().expect("p"),
        corpus.join("osv/go").to_str().expect("p"),
        corpus
            .join("kev/known_exploited_vulnerabilities.json")
            .to_str()
            .expect("p"),
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    db
}

#[test]
fn vulndb_import_status_and_sbom_scan() {
    let Some(corpus) = corpus() else { return };
    let dir = tempfile::tempdir().expect("tmp");
    let db = corpus_store(dir.path(), &corpus);
    let dbs = db.to_str().expect("p");

    let status: serde_json::Value = serde_json::from_slice(
        &iotmark(&["vulndb", "status", "--db", dbs, "--format", "json"]).stdout,
    )
    .expect("status json");
    assert_eq!(status["records"], 5497);
    assert_eq!(status["kev"]["entries"], 1404);
    assert_eq!(status["sources"].as_array().map(Vec::len), Some(3));

    // Importing the same data again changes nothing.
    let again = iotmark(&[
        "vulndb",
        "import",
        "--db",
        dbs,
        corpus.join("osv/rustsec").to_str().expect("p"),
    ]);
    assert_eq!(again.status.code(), Some(0));
    assert!(
        stderr(&again).contains("0 added, 0 replaced, 1206 skipped"),
        "{}",
        stderr(&again)
    );

    // The camera's SBOM: expectations derived by hand from RUSTSEC-2023-0061
    // (libwebp-sys < 0.9.3, CVE-2023-4863, in CISA KEV) and the Go records.
    let o = iotmark(&[
        "sbom",
        "scan",
        "--db",
        dbs,
        "--format",
        "json",
        "examples/home-camera/bom.cdx.json",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let r: serde_json::Value = serde_json::from_slice(&o.stdout).expect("scan json");
    assert_eq!(r["components"]["count"], 12);
    assert_eq!(
        r["components"]["unmatched"], 2,
        "linux and busybox have only CPEs"
    );
    let vulns = r["vulnerabilities"].as_array().expect("vulnerabilities");
    let first = &vulns[0];
    assert_eq!(first["id"], "CVE-2023-4863", "known exploited first");
    assert_eq!(first["kev"], true);
    assert_eq!(first["component"], "pkg:cargo/libwebp-sys@0.9.2");
    assert_eq!(first["fixed"], serde_json::json!(["0.9.3"]));
    assert!(
        first["aliases"]
            .as_array()
            .expect("aliases")
            .iter()
            .any(|a| a == "RUSTSEC-2023-0061")
    );
    assert!(first["suppressed_by"].is_null());
    // Aliases are merged: no record id appears twice.
    let mut ids: Vec<String> = vulns
        .iter()
        .flat_map(|v| {
            let mut all = vec![format!("{}|{}", v["component"], v["id"])];
            all.extend(
                v["aliases"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .map(|a| format!("{}|{a}", v["component"])),
            );
            all
        })
        .collect();
    let n = ids.len();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), n, "an alias appears in two vulnerabilities");
    // Not affected: tokio 1.38.1 is past RUSTSEC-2021-0124's ranges, x/crypto
    // 0.35.0 past GO-2022-0229.
    assert!(!vulns.iter().any(|v| {
        v["aliases"]
            .as_array()
            .into_iter()
            .flatten()
            .any(|a| a == "RUSTSEC-2021-0124")
    }));
    let table = stdout(&iotmark(&[
        "sbom",
        "scan",
        "--db",
        dbs,
        "examples/home-camera/bom.cdx.json",
    ]));
    assert!(table.contains("1 known exploited"), "{table}");
    assert!(
        table
            .lines()
            .nth(4)
            .is_some_and(|l| l.contains("KEV") && l.contains("CVE-2023-4863")),
        "{table}"
    );

    // In the assessment, the KEV entry contradicts "no known exploitable vulnerabilities".
    let o = iotmark(&[
        "assess",
        "examples/home-camera/declaration.yaml",
        "--date",
        "2026-11-01",
        "--format",
        "json",
        "--db",
        dbs,
    ]);
    let a: serde_json::Value = serde_json::from_slice(&o.stdout).expect("assessment");
    let v = a["verdicts"]
        .as_array()
        .expect("v")
        .iter()
        .find(|x| x["criterion"] == "VUL-03")
        .expect("VUL-03");
    assert_eq!(
        (v["status"].as_str(), v["basis"].as_str()),
        (Some("not_met"), Some("contradicted"))
    );
    assert!(
        a["findings"]
            .as_array()
            .expect("f")
            .iter()
            .any(|f| f["kind"] == "vuln.known" && f["kev"] == true)
    );

    // A VEX statement that the product is not affected suppresses it, and
    // the finding is still shown, with the justification.
    let vex = dir.path().join("camera.openvex.json");
    std::fs::write(
        &vex,
        r#"{"@context": "https://openvex.dev/ns/v0.2.0", "@id": "https://lumiere-home.example/vex/2026-001",
            "author": "Lumière Home PSIRT", "timestamp": "2026-10-01T00:00:00Z", "version": 1,
            "statements": [{"vulnerability": {"name": "CVE-2023-4863"},
                            "products": [{"@id": "pkg:generic/lumiere-home/lh-ci200-firmware@3.2.7",
                                          "subcomponents": [{"@id": "pkg:cargo/libwebp-sys@0.9.2"}]}],
                            "status": "not_affected", "justification": "vulnerable_code_not_in_execute_path"}]}"#,
    )
    .expect("write");
    let o = iotmark(&["vulndb", "import", "--db", dbs, vex.to_str().expect("p")]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let r: serde_json::Value = serde_json::from_slice(
        &iotmark(&[
            "sbom",
            "scan",
            "--db",
            dbs,
            "--format",
            "json",
            "examples/home-camera/bom.cdx.json",
        ])
        .stdout,
    )
    .expect("scan json");
    let webp = r["vulnerabilities"]
        .as_array()
        .expect("v")
        .iter()
        .find(|v| v["id"] == "CVE-2023-4863")
        .expect("still shown");
    assert!(
        webp["suppressed_by"]
            .as_str()
            .expect("suppressed")
            .contains("vulnerable_code_not_in_execute_path")
    );
    let a: serde_json::Value = serde_json::from_slice(
        &iotmark(&[
            "assess",
            "examples/home-camera/declaration.yaml",
            "--date",
            "2026-11-01",
            "--format",
            "json",
            "--db",
            dbs,
        ])
        .stdout,
    )
    .expect("assessment");
    let v = a["verdicts"]
        .as_array()
        .expect("v")
        .iter()
        .find(|x| x["criterion"] == "VUL-03")
        .expect("VUL-03");
    assert_eq!(
        (v["status"].as_str(), v["basis"].as_str()),
        (Some("met"), Some("verified"))
    );
}

#[test]
fn sbom_problems_are_errors() {
    let dir = tempfile::tempdir().expect("tmp");
    let bad = dir.path().join("bom.json");
    std::fs::write(
        &bad,
        r#"{"bomFormat": "CycloneDX", "specVersion": "1.5", "components": [{"type": "library"}"#,
    )
    .expect("write");
    let db = dir.path().join("none.redb");
    // A named store that does not exist.
    let o = iotmark(&[
        "sbom",
        "scan",
        "--db",
        db.to_str().expect("p"),
        "examples/home-camera/bom.cdx.json",
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("no vulnerability store at"),
        "{}",
        stderr(&o)
    );
    // A truncated SBOM, in a scan and as assessment evidence.
    let o = iotmark(&["sbom", "scan", bad.to_str().expect("p")]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("bom.json"), "{}", stderr(&o));
    let o = iotmark(&[
        "assess",
        "examples/smart-plug/declaration.yaml",
        "--evidence",
        bad.to_str().expect("p"),
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("bom.json"), "{}", stderr(&o));
    // A status of a store that does not exist.
    let o = iotmark(&["vulndb", "status", "--db", db.to_str().expect("p")]);
    assert_eq!(o.status.code(), Some(2));
}

/// Distribution packages are matched against their own release: a Debian 12
/// package is not reported under a Debian 11 record, Ubuntu packages match
/// Ubuntu records, and a purl without a release matches every release.
#[test]
fn distribution_packages_match_their_release() {
    let dir = tempfile::tempdir().expect("tmp");
    let osv = dir.path().join("osv");
    std::fs::create_dir(&osv).expect("dir");
    let record = |id: &str, ecosystem: &str, fixed: &str| {
        format!(
            r#"{{"id": "{id}", "modified": "2026-01-01T00:00:00Z", "aliases": [],
                "affected": [{{"package": {{"ecosystem": "{ecosystem}", "name": "curl"}},
                  "ranges": [{{"type": "ECOSYSTEM", "events": [{{"introduced": "0"}}, {{"fixed": "{fixed}"}}]}}]}}]}}"#
        )
    };
    for (id, eco, fixed) in [
        ("DEB-11", "Debian:11", "7.74.0-1.3+deb11u9"),
        ("DEB-12", "Debian:12", "7.88.1-10+deb12u6"),
        ("UBU-22", "Ubuntu:22.04:LTS", "7.81.0-1ubuntu1.16"),
        ("UBU-24", "Ubuntu:24.04:LTS", "8.5.0-2ubuntu10.2"),
    ] {
        std::fs::write(osv.join(format!("{id}.json")), record(id, eco, fixed)).expect("write");
    }
    let db = dir.path().join("vulndb.redb");
    let o = iotmark(&[
        "vulndb",
        "import",
        "--db",
        db.to_str().expect("p"),
        osv.to_str().expect("p"),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let bom = dir.path().join("bom.cdx.json");
    let components = [
        "pkg:deb/debian/curl@7.88.1-10?distro=debian-12",
        "pkg:deb/debian/curl@7.74.0-1.3?distro=bullseye",
        "pkg:deb/ubuntu/curl@7.81.0-1ubuntu1.10?distro=ubuntu-22.04",
        "pkg:deb/debian/curl@7.0-1",
    ];
    let list: Vec<String> = components
        .iter()
        .enumerate()
        .map(|(i, p)| {
            format!(r#"{{"type": "library", "bom-ref": "c{i}", "name": "curl", "purl": "{p}"}}"#)
        })
        .collect();
    std::fs::write(
        &bom,
        format!(
            r#"{{"bomFormat": "CycloneDX", "specVersion": "1.5", "version": 1, "components": [{}]}}"#,
            list.join(",")
        ),
    )
    .expect("write");
    let o = iotmark(&[
        "sbom",
        "scan",
        "--db",
        db.to_str().expect("p"),
        "--format",
        "json",
        bom.to_str().expect("p"),
    ]);
    let report: serde_json::Value = serde_json::from_slice(&o.stdout).expect("json");
    let mut found: Vec<(String, String)> = report["vulnerabilities"]
        .as_array()
        .expect("list")
        .iter()
        .map(|v| {
            (
                v["component"].as_str().expect("c").to_owned(),
                v["id"].as_str().expect("id").to_owned(),
            )
        })
        .collect();
    found.sort();
    let want = [
        ("pkg:deb/debian/curl@7.0-1", "DEB-11"),
        ("pkg:deb/debian/curl@7.0-1", "DEB-12"),
        ("pkg:deb/debian/curl@7.74.0-1.3?distro=bullseye", "DEB-11"),
        ("pkg:deb/debian/curl@7.88.1-10?distro=debian-12", "DEB-12"),
        (
            "pkg:deb/ubuntu/curl@7.81.0-1ubuntu1.10?distro=ubuntu-22.04",
            "UBU-22",
        ),
    ];
    let want: Vec<(String, String)> = want
        .iter()
        .map(|(c, i)| ((*c).to_owned(), (*i).to_owned()))
        .collect();
    assert_eq!(found, want, "{}", stdout(&o));
    assert_eq!(report["components"]["unmatched"], 0);
}

/// `iotmark sbom scan` agrees with an independent OSV matcher written in
/// Python from the specification (tests/oracle/osv_match.py) on an SBOM made
/// of corpus packages at the versions their own ranges name.
#[test]
fn sbom_scan_agrees_with_an_independent_matcher() {
    let Some(corpus) = corpus() else { return };
    let dir = tempfile::tempdir().expect("tmp");
    let db = corpus_store(dir.path(), &corpus);
    let mut queries: Vec<(String, String, String)> = Vec::new();
    for (sub, eco) in [("osv/go", "Go"), ("osv/rustsec", "crates.io")] {
        let mut files: Vec<PathBuf> = std::fs::read_dir(corpus.join(sub))
            .expect("dir")
            .flatten()
            .map(|e| e.path())
            .collect();
        files.sort();
        for f in files.iter().step_by(9) {
            let r: serde_json::Value =
                serde_json::from_slice(&std::fs::read(f).expect("read")).expect("json");
            let Some(a) = r["affected"].as_array().and_then(|a| a.first()) else {
                continue;
            };
            let name = a["package"]["name"].as_str().unwrap_or_default().to_owned();
            let mut versions = vec!["0.0.1".to_owned(), "1.0.0".to_owned()];
            for range in a["ranges"].as_array().into_iter().flatten() {
                for e in range["events"].as_array().into_iter().flatten() {
                    for v in e.as_object().into_iter().flat_map(|o| o.values()) {
                        if let Some(v) = v.as_str().filter(|v| *v != "0") {
                            versions.push(v.to_owned());
                        }
                    }
                }
            }
            for v in versions {
                let q = (eco.to_owned(), name.clone(), v);
                if !queries.contains(&q) {
                    queries.push(q);
                }
            }
        }
    }
    assert!(queries.len() > 500, "{} queries", queries.len());
    let purl = |(eco, name, v): &(String, String, String)| match eco.as_str() {
        "Go" => format!("pkg:golang/{name}@v{v}"),
        _ => format!("pkg:cargo/{name}@{v}"),
    };
    let components: Vec<serde_json::Value> = queries
        .iter()
        .enumerate()
        .map(|(i, q)| serde_json::json!({"type": "library", "bom-ref": format!("c{i}"), "name": q.1, "version": q.2, "purl": purl(q)}))
        .collect();
    let bom = dir.path().join("oracle.cdx.json");
    std::fs::write(
        &bom,
        serde_json::to_vec(&serde_json::json!({"bomFormat": "CycloneDX", "specVersion": "1.5", "version": 1, "components": components}))
            .expect("json"),
    )
    .expect("write");
    let o = iotmark(&[
        "sbom",
        "scan",
        "--db",
        db.to_str().expect("p"),
        "--format",
        "json",
        bom.to_str().expect("p"),
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let report: serde_json::Value = serde_json::from_slice(&o.stdout).expect("scan json");

    let input: Vec<serde_json::Value> = queries
        .iter()
        .map(|(e, n, v)| serde_json::json!({"ecosystem": e, "name": n, "version": v}))
        .collect();
    let mut py = std::process::Command::new("python3")
        .arg(root().join("crates/cli/tests/oracle/osv_match.py"))
        .arg(corpus.join("osv/go"))
        .arg(corpus.join("osv/rustsec"))
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("python3 runs the oracle");
    {
        use std::io::Write as _;
        py.stdin
            .take()
            .expect("stdin")
            .write_all(&serde_json::to_vec(&input).expect("json"))
            .expect("write");
    }
    let out = py.wait_with_output().expect("oracle output");
    assert!(out.status.success(), "oracle failed");
    let expected: Vec<Vec<String>> = serde_json::from_slice(&out.stdout).expect("oracle json");

    let mut compared = 0;
    let mut with_matches = 0;
    for (q, oracle) in queries.iter().zip(&expected) {
        let p = purl(q);
        let groups: Vec<Vec<String>> = report["vulnerabilities"]
            .as_array()
            .expect("vulnerabilities")
            .iter()
            .filter(|v| v["component"] == p.as_str())
            .map(|v| {
                let mut ids = vec![v["id"].as_str().unwrap_or_default().to_owned()];
                ids.extend(
                    v["aliases"]
                        .as_array()
                        .into_iter()
                        .flatten()
                        .filter_map(|a| a.as_str().map(str::to_owned)),
                );
                ids
            })
            .collect();
        for id in oracle {
            assert!(
                groups.iter().any(|g| g.contains(id)),
                "{p}: the oracle matches {id}, iotmark does not ({groups:?})"
            );
        }
        for g in &groups {
            assert!(
                g.iter().any(|id| oracle.contains(id)),
                "{p}: iotmark matches {g:?}, the oracle does not ({oracle:?})"
            );
        }
        compared += 1;
        if !oracle.is_empty() {
            with_matches += 1;
        }
    }
    assert_eq!(compared, queries.len());
    assert!(
        with_matches > 100,
        "only {with_matches} components have matches"
    );
}

fn label(args: &[&str]) -> Output {
    let mut all = vec![
        "label",
        "examples/home-camera/declaration.yaml",
        "--date",
        "2026-11-01",
    ];
    all.extend_from_slice(args);
    iotmark(&all)
}

/// `label.json` carries the facts of the declaration and the assessment, in
/// the language asked for.
#[test]
fn label_json_is_the_resolved_model() {
    let o = label(&["--format", "json", "--lang", "fr"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let m: serde_json::Value = serde_json::from_slice(&o.stdout).expect("json");
    assert_eq!(m["format"], "iotmark-label");
    assert_eq!(m["format_version"], 1);
    assert_eq!(m["lang"], "fr");
    assert_eq!(m["product"]["product_name"], "Lumière Cam Indoor 2K");
    assert_eq!(m["product_id"], "55h67yvw6b");
    assert_eq!(m["mark"]["level"], 1);
    assert_eq!(m["status"], "self_assessed");
    assert_eq!(m["support"]["end_date"], "2029-04-30");
    assert_eq!(m["support"]["days_left"], 911);
    assert_eq!(m["updates"], "automatic_may_not_opt_out");
    assert_eq!(
        m["sensors"],
        serde_json::json!(["camera", "microphone", "motion"])
    );
    assert_eq!(m["data"]["sold"], false);
    assert_eq!(m["works_offline"], "partial");
    assert_eq!(m["works_without_account"], "none");
    assert_eq!(m["repair"]["spare_parts_years"], 2);
    assert_eq!(
        m["registry_url"],
        "https://registry.iotmark.org/p/55h67yvw6b"
    );
    // Text is in French: the title of SEC-01 comes from locales/fr.
    let sec01 = m["criteria"]
        .as_array()
        .expect("criteria")
        .iter()
        .find(|c| c["id"] == "SEC-01")
        .expect("SEC-01");
    assert_eq!(sec01["title"], "Pas de mot de passe par défaut partagé");
    assert!(
        sec01["references"]
            .as_array()
            .is_some_and(|r| !r.is_empty())
    );
    // Another registry.
    let o = label(&[
        "--format",
        "json",
        "--registry-url",
        "https://labels.example/",
    ]);
    let m: serde_json::Value = serde_json::from_slice(&o.stdout).expect("json");
    assert_eq!(m["registry_url"], "https://labels.example/p/55h67yvw6b");
}

#[test]
fn label_arguments_are_checked() {
    let cases: &[(&[&str], &str)] = &[
        (
            &["--format", "html", "--variant", "primary"],
            "the primary layer is an image",
        ),
        (
            &["--format", "svg", "--variant", "secondary"],
            "the secondary layer is a web page",
        ),
        (
            &["--format", "svg", "--fragment"],
            "--fragment applies to --format html only",
        ),
        (&["--registry-url", "ftp://x"], "is not an http(s) URL"),
        (&["--registry-url", "https://a b"], "is not an http(s) URL"),
        (&["--dpi", "0"], "out of range"),
        (&["--lang", "xx"], "invalid value 'xx'"),
        (&["--format", "gif"], "invalid value 'gif'"),
    ];
    for (args, message) in cases {
        let o = label(args);
        assert_eq!(o.status.code(), Some(2), "{args:?}: {}", stderr(&o));
        assert!(stderr(&o).contains(message), "{args:?}: {}", stderr(&o));
        assert!(o.stdout.is_empty(), "{args:?}");
    }
    // A declaration with errors is reported with its place, as by `assess`.
    let dir = tempfile::tempdir().expect("tmp");
    let bad = dir.path().join("d.yaml");
    std::fs::write(&bad, "schema_version: 1\nmanufacturer: {name: 5}\n").expect("write");
    let o = iotmark(&["label", bad.to_str().expect("p"), "--format", "json"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("d.yaml"), "{}", stderr(&o));
}

/// Width and height of a PNG, from its IHDR chunk.
fn png_size(png: &[u8]) -> (u32, u32) {
    assert!(png.starts_with(b"\x89PNG\r\n\x1a\n"), "not a PNG");
    let be = |at: usize| u32::from_be_bytes(png[at..at + 4].try_into().expect("4 bytes"));
    (be(16), be(20))
}

/// Every format and variant renders through the CLI, to a file and to a
/// pipe, at the size the label is printed at.
#[test]
fn label_renders_every_format() {
    let dir = tempfile::tempdir().expect("tmp");
    let out = |name: &str| dir.path().join(name).to_str().expect("utf-8").to_owned();

    // The primary layer, 60 x 90 mm: 709 x 1063 pixels at 300 dpi.
    let o = label(&["--format", "png", "-o", &out("l.png")]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(o.stdout.is_empty());
    let png = std::fs::read(out("l.png")).expect("png");
    assert_eq!(png_size(&png), (709, 1063));
    // At 96 dpi, the same label for a screen.
    let o = label(&["--format", "png", "--dpi", "96"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(png_size(&o.stdout), (227, 340));
    // The compact variant for shop listings: 300 x 120 pixels on a screen.
    let o = label(&["--format", "png", "--variant", "compact", "--dpi", "96"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(png_size(&o.stdout), (300, 120));

    // SVG: a document with a title and a description, in the language asked.
    let o = label(&["--format", "svg", "--lang", "de"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let svg = String::from_utf8(o.stdout).expect("utf-8");
    assert!(svg.starts_with("<?xml "), "{}", &svg[..80.min(svg.len())]);
    assert!(svg.contains("width=\"60mm\" height=\"90mm\""));
    assert!(svg.contains("<title") && svg.contains("<desc"));
    assert!(svg.contains("Sicherheitsupdates"), "German text");
    assert!(svg.contains("Lumière Cam Indoor 2K"));

    // PDF.
    let o = label(&["--format", "pdf", "-o", &out("l.pdf")]);
    assert!(o.status.success(), "{}", stderr(&o));
    let pdf = std::fs::read(out("l.pdf")).expect("pdf");
    assert!(pdf.starts_with(b"%PDF-"));
    assert!(pdf.len() > 2000);

    // The secondary layer: a whole page, or the fragment the registry embeds.
    let o = label(&["--format", "html", "--lang", "es"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let page = String::from_utf8(o.stdout).expect("utf-8");
    assert!(page.starts_with("<!DOCTYPE html>"));
    assert!(page.contains("<html lang=\"es\""));
    assert!(page.contains("SEC-01"));
    assert!(!page.contains("<script"));
    let o = label(&["--format", "html", "--fragment"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let fragment = String::from_utf8(o.stdout).expect("utf-8");
    assert!(!fragment.contains("<html"));
    assert!(fragment.contains("SEC-01"));
    assert!(fragment.len() < page.len());
}

/// A path in a temporary directory, as a string argument.
fn arg(dir: &Path, name: &str) -> String {
    dir.join(name).to_str().expect("utf-8 path").to_owned()
}

fn ok(o: &Output) -> String {
    assert!(o.status.success(), "{}\n{}", stdout(o), stderr(o));
    stdout(o)
}

/// Keys and a log operated from the command line: every subcommand, and
/// the refusals that protect them.
#[test]
fn key_and_log_commands() {
    use std::os::unix::fs::PermissionsExt;
    let t = tempfile::tempdir().expect("tmp");
    let d = t.path();
    let key = arg(d, "cb.pem");
    let vkey = ok(&iotmark(&[
        "key",
        "generate",
        "--name",
        "cb.example.org",
        "-o",
        &key,
    ]));
    assert!(vkey.starts_with("cb.example.org+"), "{vkey}");
    let mode = std::fs::metadata(&key).expect("key").permissions().mode();
    assert_eq!(mode & 0o777, 0o600);
    assert_eq!(
        std::fs::read_to_string(format!("{key}.pub"))
            .expect("pub")
            .trim(),
        vkey.trim()
    );
    // Never overwritten.
    let o = iotmark(&["key", "generate", "--name", "other", "-o", &key]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("cb.pem"), "{}", stderr(&o));

    let log = arg(d, "log");
    ok(&iotmark(&[
        "log",
        "init",
        &log,
        "--key",
        &key,
        "--origin",
        "log.example.org/test",
    ]));
    let o = iotmark(&["log", "init", &log, "--key", &key, "--origin", "x"]);
    assert_eq!(o.status.code(), Some(2), "a second init is refused");
    for (name, body) in [("a", "first"), ("b", "second"), ("c", "third")] {
        std::fs::write(d.join(name), body).expect("write");
    }
    ok(&iotmark(&[
        "log",
        "append",
        &log,
        &arg(d, "a"),
        &arg(d, "b"),
    ]));
    let first = ok(&iotmark(&["log", "checkpoint", &log]));
    assert!(first.starts_with("log.example.org/test\n2\n"), "{first}");
    std::fs::write(d.join("cp2"), &first).expect("write");
    let second = ok(&iotmark(&["log", "append", &log, &arg(d, "c")]));
    assert!(second.starts_with("log.example.org/test\n3\n"), "{second}");

    // Proofs, found by index or by the entry's bytes.
    let p = ok(&iotmark(&[
        "log",
        "prove",
        "inclusion",
        &log,
        "--entry",
        &arg(d, "b"),
        "--format",
        "json",
    ]));
    let p: serde_json::Value = serde_json::from_str(&p).expect("json");
    assert_eq!(p["index"], 1);
    assert_eq!(p["size"], 3);
    assert_eq!(p["proof"].as_array().map(Vec::len), Some(2));
    let c = ok(&iotmark(&[
        "log",
        "prove",
        "consistency",
        &log,
        "--old",
        "2",
    ]));
    assert!(c.contains("old_size 2") && c.contains("new_size 3"), "{c}");
    let o = iotmark(&["log", "prove", "inclusion", &log, "--index", "9"]);
    assert_eq!(o.status.code(), Some(2));

    // Audit and monitor.
    let a = ok(&iotmark(&["log", "verify", &log]));
    assert!(a.contains("3 entries, 3 checkpoints"), "{a}");
    let m = ok(&iotmark(&[
        "log",
        "monitor",
        &log,
        &arg(d, "cp2"),
        "--key",
        &format!("{key}.pub"),
    ]));
    assert!(m.contains("grew from 2 to 3 entries"), "{m}");
    // A checkpoint signed by another key is not the log's.
    let other = arg(d, "other.pem");
    ok(&iotmark(&[
        "key",
        "generate",
        "--name",
        "cb.example.org",
        "-o",
        &other,
    ]));
    let o = iotmark(&[
        "log",
        "monitor",
        &log,
        &arg(d, "cp2"),
        "--key",
        &format!("{other}.pub"),
    ]);
    assert_eq!(o.status.code(), Some(2));
    // An altered old checkpoint (another root) fails its signature.
    let forged = first.replacen("\n2\n", "\n1\n", 1);
    std::fs::write(d.join("forged"), forged).expect("write");
    let o = iotmark(&[
        "log",
        "monitor",
        &log,
        &arg(d, "forged"),
        "--key",
        &format!("{key}.pub"),
    ]);
    assert_eq!(o.status.code(), Some(2));

    // One altered byte in the entries fails the audit, naming it.
    let entries = d.join("log/entries");
    let mut bytes = std::fs::read(&entries).expect("entries");
    let at = bytes.iter().position(|b| *b == b's').expect("an 's'");
    bytes[at] = b'S';
    std::fs::write(&entries, &bytes).expect("write");
    let o = iotmark(&["log", "verify", &log]);
    assert_eq!(o.status.code(), Some(2), "{}", stdout(&o));
    assert!(stderr(&o).contains("entries"), "{}", stderr(&o));

    // A key others can read is refused.
    std::fs::set_permissions(&key, std::fs::Permissions::from_mode(0o644)).expect("chmod");
    let o = iotmark(&[
        "log",
        "init",
        &arg(d, "log2"),
        "--key",
        &key,
        "--origin",
        "x",
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("chmod 600"), "{}", stderr(&o));
}

/// A certification body rotates its key in a file log: verifiers given the
/// old key follow the rotation through the log, and a withdrawn key's
/// certificates stop verifying.
#[test]
fn a_rotated_key_is_followed_through_the_log() {
    let t = tempfile::tempdir().expect("tmp");
    let d = t.path();
    let (cb, cb2, log_pem, log) = (
        arg(d, "cb.pem"),
        arg(d, "cb2.pem"),
        arg(d, "log.pem"),
        arg(d, "log"),
    );
    ok(&iotmark(&[
        "key",
        "generate",
        "--name",
        "cb.example.org",
        "-o",
        &cb,
    ]));
    ok(&iotmark(&[
        "key",
        "generate",
        "--name",
        "log.example.org",
        "-o",
        &log_pem,
    ]));
    ok(&iotmark(&[
        "log",
        "init",
        &log,
        "--key",
        &log_pem,
        "--origin",
        "log.example.org/iotmark",
    ]));
    let certify = |key: &str, date: &str, out: &str| {
        ok(&iotmark(&[
            "certify",
            "examples/smart-lock/declaration.yaml",
            "--key",
            key,
            "--log",
            &log,
            "--assessor",
            "A. Assessor",
            "--date",
            date,
            "-o",
            out,
        ]))
    };
    let (old_bundle, new_bundle) = (arg(d, "old.json"), arg(d, "new.json"));
    certify(&cb, "2026-11-01", &old_bundle);
    let vkey = ok(&iotmark(&[
        "key",
        "rotate",
        "--key",
        &cb,
        "-o",
        &cb2,
        "--log",
        &log,
        "--date",
        "2026-11-02",
    ]));
    assert!(vkey.starts_with("cb.example.org+"), "{vkey}");
    certify(&cb2, "2026-11-02", &new_bundle);
    let cb_pub = format!("{cb}.pub");
    let log_pub = format!("{log_pem}.pub");
    let verify = |bundle: &str, with_log: bool| {
        let mut a = vec![
            "verify",
            bundle,
            "--key",
            &cb_pub,
            "--log-key",
            &log_pub,
            "--date",
            "2027-01-01",
        ];
        if with_log {
            a.extend_from_slice(&["--log", &log]);
        }
        iotmark(&a)
    };
    // Given only the old key: with the log, the new key is followed.
    assert!(ok(&verify(&new_bundle, true)).starts_with("valid:"));
    let o = verify(&new_bundle, false);
    assert_eq!(o.status.code(), Some(1), "{}", stdout(&o));
    assert!(
        stdout(&o).contains("not signed by the expected key"),
        "{}",
        stdout(&o)
    );
    assert!(ok(&verify(&old_bundle, true)).starts_with("valid:"));

    // Bad withdrawals are refused before anything is logged.
    let o = iotmark(&[
        "key", "withdraw", &cb_pub, "--key", &cb2, "--reason", " ", "--log", &log,
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("--reason"), "{}", stderr(&o));
    let o = iotmark(&[
        "key",
        "withdraw",
        &format!("{cb2}.pub"),
        "--key",
        &cb2,
        "--reason",
        "x",
        "--log",
        &log,
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("cannot withdraw itself"),
        "{}",
        stderr(&o)
    );
    ok(&iotmark(&[
        "key",
        "withdraw",
        &cb_pub,
        "--key",
        &cb2,
        "--reason",
        "Backup exposed",
        "--log",
        &log,
        "--date",
        "2026-11-03",
    ]));
    let o = verify(&old_bundle, true);
    assert_eq!(o.status.code(), Some(1), "{}", stdout(&o));
    assert!(
        stdout(&o).contains("withdrew on 2026-11-03") && stdout(&o).contains("Backup exposed"),
        "{}",
        stdout(&o)
    );
    assert!(ok(&verify(&new_bundle, true)).starts_with("valid:"));
    // The log still audits whole.
    ok(&iotmark(&["log", "verify", &log]));
}

/// A certificate issued into a log verifies offline, and stops verifying
/// when forged, presented to another key, out of date, or revoked.
#[test]
fn certify_verify_and_revoke() {
    let t = tempfile::tempdir().expect("tmp");
    let d = t.path();
    let key = arg(d, "cb.pem");
    let vkey = format!("{key}.pub");
    ok(&iotmark(&[
        "key",
        "generate",
        "--name",
        "cb.example.org",
        "-o",
        &key,
    ]));
    let log = arg(d, "log");
    ok(&iotmark(&[
        "log",
        "init",
        &log,
        "--key",
        &key,
        "--origin",
        "log.example.org/iotmark",
    ]));
    let bundle = arg(d, "lock.bundle.json");
    let certify = |example: &str, out: &str| {
        iotmark(&[
            "certify",
            &format!("examples/{example}/declaration.yaml"),
            "--key",
            &key,
            "--log",
            &log,
            "--assessor",
            "A. Assessor",
            "--date",
            "2026-11-01",
            "-o",
            out,
        ])
    };
    ok(&certify("smart-lock", &bundle));
    // A product that reaches no level gets no certificate.
    let o = certify("connected-toy", &arg(d, "toy.json"));
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("nothing to certify"), "{}", stderr(&o));
    // The same id twice is refused.
    let o = certify("smart-lock", &arg(d, "again.json"));
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("already holds"), "{}", stderr(&o));

    let verify = |extra: &[&str]| {
        let mut a = vec!["verify", bundle.as_str(), "--key", vkey.as_str()];
        a.extend_from_slice(extra);
        iotmark(&a)
    };
    // It covers the declaration and the evidence the assessment read.
    let v = ok(&verify(&[
        "--date",
        "2027-01-01",
        "--file",
        "examples/smart-lock/declaration.yaml",
        "--file",
        "examples/smart-lock/security.txt",
    ]));
    assert!(v.starts_with("valid:"), "{v}");
    assert!(v.contains("level 2 for Riegelwerk GmbH RW-KT2"), "{v}");
    let v = ok(&verify(&[
        "--date",
        "2027-01-01",
        "--log",
        &log,
        "--format",
        "json",
    ]));
    let v: serde_json::Value = serde_json::from_str(&v).expect("json");
    assert_eq!(v["valid"], true);
    assert_eq!(v["status"], "valid");
    // A certification body that rotated its key: given all its keys, the
    // one that signed the certificate is used.
    let rotated = arg(d, "rotated.pem");
    ok(&iotmark(&[
        "key",
        "generate",
        "--name",
        "cb.example.org",
        "-o",
        &rotated,
    ]));
    let rotated_pub = format!("{rotated}.pub");
    let v = ok(&iotmark(&[
        "verify",
        bundle.as_str(),
        "--key",
        &rotated_pub,
        "--key",
        &vkey,
        "--log-key",
        &vkey,
        "--date",
        "2027-01-01",
    ]));
    assert!(v.starts_with("valid:"), "{v}");
    let o = iotmark(&[
        "verify",
        bundle.as_str(),
        "--key",
        &rotated_pub,
        "--log-key",
        &vkey,
        "--date",
        "2027-01-01",
    ]);
    assert_eq!(o.status.code(), Some(1), "{}", stdout(&o));
    assert!(
        stdout(&o).contains("not signed by the expected key"),
        "{}",
        stdout(&o)
    );

    let not_valid = |o: &Output, reason: &str| {
        assert_eq!(o.status.code(), Some(1), "{}{}", stdout(o), stderr(o));
        assert!(stdout(o).contains("NOT valid"), "{}", stdout(o));
        assert!(
            stdout(o).contains(reason),
            "{reason:?} not in {}",
            stdout(o)
        );
    };
    // Past its validity; before it.
    not_valid(&verify(&["--date", "2035-01-01"]), "expired");
    not_valid(&verify(&["--date", "2026-10-01"]), "not yet valid");
    // A file it does not cover.
    not_valid(
        &verify(&[
            "--date",
            "2027-01-01",
            "--file",
            "examples/smart-plug/declaration.yaml",
        ]),
        "declaration.yaml",
    );
    // Another certification body's key.
    let other = arg(d, "other.pem");
    ok(&iotmark(&[
        "key",
        "generate",
        "--name",
        "cb.example.org",
        "-o",
        &other,
    ]));
    let o = iotmark(&[
        "verify",
        &bundle,
        "--key",
        &format!("{other}.pub"),
        "--date",
        "2027-01-01",
    ]);
    not_valid(&o, "");
    // A forged certificate: the level raised in the signed payload.
    let text = std::fs::read_to_string(&bundle).expect("bundle");
    let mut b: serde_json::Value = serde_json::from_str(&text).expect("json");
    let payload = b["envelope"]["payload"]
        .as_str()
        .expect("payload")
        .to_owned();
    use base64::Engine as _;
    let b64 = base64::engine::general_purpose::STANDARD;
    let statement = String::from_utf8(b64.decode(&payload).expect("base64")).expect("utf-8");
    let raised = statement.replacen("\"level\":2", "\"level\":3", 1);
    assert_ne!(raised, statement);
    b["envelope"]["payload"] = b64.encode(raised).into();
    let forged = arg(d, "forged.json");
    std::fs::write(&forged, b.to_string()).expect("write");
    let o = iotmark(&["verify", &forged, "--key", &vkey, "--date", "2027-01-01"]);
    not_valid(&o, "signature");
    // An index or size that does not match the proof and the checkpoint.
    for (field, value) in [("log_index", 5), ("tree_size", 2)] {
        let mut b: serde_json::Value = serde_json::from_str(&text).expect("json");
        b[field] = value.into();
        std::fs::write(&forged, b.to_string()).expect("write");
        let o = iotmark(&["verify", &forged, "--key", &vkey, "--date", "2027-01-01"]);
        not_valid(&o, "");
    }
    // Not a bundle at all.
    std::fs::write(&forged, "{\"format\": \"something-else\"}").expect("write");
    let o = iotmark(&["verify", &forged, "--key", &vkey]);
    not_valid(&o, "malformed bundle");
    std::fs::write(&forged, "[1, 2").expect("write");
    let o = iotmark(&["verify", &forged, "--key", &vkey]);
    not_valid(&o, "malformed bundle");

    // Revoked: the bundle alone still checks out, the log says otherwise.
    let id = "IM-rvyf5jsyc7-20261101";
    ok(&iotmark(&[
        "certificate",
        "suspend",
        id,
        "--reason",
        "under review",
        "--key",
        &key,
        "--log",
        &log,
        "--date",
        "2026-12-01",
    ]));
    not_valid(
        &verify(&["--date", "2027-01-01", "--log", &log]),
        "suspended",
    );
    ok(&iotmark(&[
        "certificate",
        "reinstate",
        id,
        "--reason",
        "fixed in 2.3.2",
        "--key",
        &key,
        "--log",
        &log,
        "--date",
        "2026-12-05",
    ]));
    ok(&verify(&["--date", "2027-01-01", "--log", &log]));
    ok(&iotmark(&[
        "certificate",
        "revoke",
        id,
        "--reason",
        "support ended early",
        "--key",
        &key,
        "--log",
        &log,
        "--date",
        "2027-02-01",
    ]));
    not_valid(&verify(&["--date", "2027-03-01", "--log", &log]), "revoked");
    ok(&verify(&["--date", "2027-03-01"]));
    let s = ok(&iotmark(&["certificate", "status", id, "--log", &log]));
    assert!(s.contains("revoked"), "{s}");
    // Revocation is final.
    let o = iotmark(&[
        "certificate",
        "reinstate",
        id,
        "--reason",
        "x",
        "--key",
        &key,
        "--log",
        &log,
    ]);
    assert_eq!(o.status.code(), Some(2));
    // And the whole log still audits.
    ok(&iotmark(&["log", "verify", &log]));
}

/// One HTTP/1.1 GET over a plain socket: (status, body).
fn http_get(addr: &str, path: &str) -> std::io::Result<(u16, String)> {
    use std::io::{Read, Write};
    let mut stream = std::net::TcpStream::connect(addr)?;
    stream.set_read_timeout(Some(std::time::Duration::from_secs(60)))?;
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: {addr}\r\nAccept-Language: en\r\nConnection: close\r\n\r\n"
    )?;
    let mut response = Vec::new();
    stream.read_to_end(&mut response)?;
    let text = String::from_utf8_lossy(&response).into_owned();
    let status = text
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let body = text
        .split_once("\r\n\r\n")
        .map(|(_, b)| b.to_owned())
        .unwrap_or_default();
    Ok((status, body))
}

/// Kills the child process when the test ends, passing or not.
struct Killed(std::process::Child);

impl Drop for Killed {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

#[test]
fn demo_serves_the_seeded_registry() {
    use std::io::BufRead;
    let dir = tempfile::tempdir().expect("temp dir");
    let data = dir.path().join("demo");
    let child = std::process::Command::new(assert_cmd::cargo::cargo_bin("iotmark"))
        .current_dir(root())
        .env("XDG_DATA_HOME", "/nonexistent/iotmark-test")
        .env_remove("IOTMARK_VULNDB")
        .env("RUST_LOG", "warn")
        .args([
            "demo",
            "--bind",
            "127.0.0.1:0",
            "--date",
            "2026-11-01",
            "--data-dir",
        ])
        .arg(&data)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::inherit())
        .spawn()
        .expect("start iotmark demo");
    let mut child = Killed(child);
    let stdout = child.0.stdout.take().expect("stdout");
    let mut stdout = std::io::BufReader::new(stdout);
    let mut first = String::new();
    stdout.read_line(&mut first).expect("the address line");
    // Then the demo accounts, with their passwords.
    let mut accounts = String::new();
    for _ in 0..4 {
        stdout.read_line(&mut accounts).expect("an account line");
    }
    for who in [
        "admin@demo",
        "assessor@demo",
        "maker@demo",
        "demo-assessor-password",
    ] {
        assert!(accounts.contains(who), "{accounts}");
    }
    let addr = healthy(&first);

    let (status, home) = http_get(&addr, "/").expect("GET /");
    assert_eq!(status, 200);
    assert!(home.contains("Products found: 7"), "{home}");
    assert!(home.contains("Lumière Cam Indoor 2K"), "{home}");
    // The smart lock reaches level 2: certified, its certificate in the log.
    let lock = iotmark_model::product_id("Riegelwerk GmbH", "RW-KT2");
    assert!(home.contains(&format!("/p/{lock}")));
    let (status, page) = http_get(&addr, &format!("/p/{lock}")).expect("GET product");
    assert_eq!(status, 200, "{page}");
    assert!(page.contains("class=\"iotmark-label\""), "{page}");
    assert!(page.contains(&format!("IM-{lock}-20261101")), "{page}");
    assert!(page.contains("Certified, certificate valid"), "{page}");
    assert!(page.contains(&format!("/p/{lock}/label.png")));
    // The log is kept in the registry's database, beside the keys: the
    // certification body's and the log's own.
    assert!(data.join("registry.db").is_file());
    assert!(data.join("certification-body.pem").is_file());
    assert!(data.join("log.pem").is_file());
    let (status, keys) = http_get(&addr, "/api/v1/keys").expect("GET keys");
    assert_eq!(status, 200, "{keys}");
    let keys: serde_json::Value = serde_json::from_str(&keys).expect("keys json");
    let body = &keys["certification_body"][0];
    assert_eq!(body["state"], "active");
    assert!(
        body["key_id"]
            .as_str()
            .is_some_and(|k| k.starts_with("demo-cb.iotmark.example+")),
        "{keys}"
    );
    assert!(
        keys["log"]["verifier_key"]
            .as_str()
            .is_some_and(|k| k.starts_with("demo.iotmark.example/log+")),
        "{keys}"
    );
    // The log is served, and the page checked the certificate's inclusion.
    assert!(
        page.contains("Inclusion proof verified against the signed checkpoint of size"),
        "{page}"
    );
    let (status, checkpoint) = http_get(&addr, "/log/checkpoint").expect("GET checkpoint");
    assert_eq!(status, 200);
    assert!(
        checkpoint.starts_with("demo.iotmark.example/log\n"),
        "{checkpoint}"
    );
    let (status, log) = http_get(&addr, "/log").expect("GET /log");
    assert_eq!(status, 200);
    assert!(log.contains("demo.iotmark.example/log"), "{log}");
    let (status, _) = http_get(&addr, "/log/tile/../log.json").expect("GET escape");
    assert_eq!(status, 404);
    let (status, _) = http_get(&addr, "/p/0000000000").expect("GET unknown");
    assert_eq!(status, 404);
}

/// Starts `iotmark serve` on any free port; returns it and its address.
fn serve(args: &[&str]) -> (Killed, String) {
    use std::io::BufRead;
    let child = std::process::Command::new(assert_cmd::cargo::cargo_bin("iotmark"))
        .current_dir(root())
        .env("XDG_DATA_HOME", "/nonexistent/iotmark-test")
        .env("RUST_LOG", "warn")
        .args(["serve", "--bind", "127.0.0.1:0"])
        .args(args)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::inherit())
        .spawn()
        .expect("start iotmark serve");
    let mut child = Killed(child);
    let stdout = child.0.stdout.take().expect("stdout");
    let mut first = String::new();
    std::io::BufReader::new(stdout)
        .read_line(&mut first)
        .expect("the address line");
    (child, healthy(&first))
}

/// The address a server printed on its first line (`http://ADDR/`), once
/// its `/healthz` answers.
fn healthy(first: &str) -> String {
    let addr = first
        .trim()
        .strip_prefix("http://")
        .and_then(|a| a.strip_suffix('/'))
        .unwrap_or_else(|| panic!("first line is not the address: {first:?}"))
        .to_owned();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(120);
    loop {
        match http_get(&addr, "/healthz") {
            Ok((200, body)) => {
                assert!(body.contains("\"ok\""), "{body}");
                return addr;
            }
            _ if std::time::Instant::now() < deadline => {
                std::thread::sleep(std::time::Duration::from_millis(100));
            }
            other => panic!("/healthz never answered: {other:?}"),
        }
    }
}

fn served_keys(addr: &str) -> serde_json::Value {
    let (status, body) = http_get(addr, "/api/v1/keys").expect("GET keys");
    assert_eq!(status, 200, "{body}");
    serde_json::from_str(&body).expect("keys json")
}

#[test]
fn serve_keeps_the_log_key_apart_and_a_log_its_key() {
    let dir = tempfile::tempdir().expect("temp dir");
    // A new registry: the log gets its own key, named after the origin.
    let fresh = dir.path().join("fresh");
    let fresh_arg = fresh.to_str().expect("path");
    let (server, addr) = serve(&["--data-dir", fresh_arg, "--key-name", "cb.example"]);
    let keys = served_keys(&addr);
    let log_key = keys["log"]["verifier_key"]
        .as_str()
        .expect("log key")
        .to_owned();
    assert!(log_key.starts_with("cb.example/log+"), "{keys}");
    assert_ne!(
        Some(log_key.as_str()),
        keys["certification_body"][0]["verifier_key"].as_str()
    );
    assert!(fresh.join("log.pem").is_file());
    let (status, page) = http_get(&addr, "/keys").expect("GET /keys");
    assert_eq!(status, 200);
    assert!(page.contains(&log_key), "{page}");
    drop(server);
    // Started again, it keeps both.
    let (server, addr) = serve(&["--data-dir", fresh_arg]);
    assert_eq!(served_keys(&addr), keys);
    drop(server);

    // A log begun when the certification body's key also signed the
    // checkpoints goes on with that key.
    let old = dir.path().join("old");
    let old_arg = old.to_str().expect("path");
    let cb = old.join("cb.pem");
    let cb_arg = cb.to_str().expect("path");
    let (server, addr) = serve(&["--data-dir", old_arg, "--key", cb_arg, "--log-key", cb_arg]);
    let before = served_keys(&addr);
    assert_eq!(
        before["log"]["verifier_key"],
        before["certification_body"][0]["verifier_key"]
    );
    drop(server);
    let (server, addr) = serve(&["--data-dir", old_arg, "--key", cb_arg]);
    assert_eq!(served_keys(&addr), before);
    assert!(!old.join("log.pem").exists());
    drop(server);

    // --verifier-key belongs to a log served read only.
    let o = iotmark(&[
        "serve",
        "--data-dir",
        old_arg,
        "--bind",
        "127.0.0.1:0",
        "--verifier-key",
        &log_key,
    ]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("--verifier-key goes with --log"),
        "{}",
        stderr(&o)
    );
}

// ---------------------------------------------------------------------------
// Network evidence: `iotmark net analyze` and captures in `iotmark assess`.

fn pcap_corpus() -> Option<PathBuf> {
    iotmark_testkit::require_corpus("network capture and MUD tests")
}

fn json_of(o: &Output) -> serde_json::Value {
    serde_json::from_slice(&o.stdout)
        .unwrap_or_else(|e| panic!("not JSON ({e}): {}\n{}", stdout(o), stderr(o)))
}

fn finding_kinds(v: &serde_json::Value) -> Vec<String> {
    v["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .map(|f| f["kind"].as_str().expect("kind").to_owned())
        .collect()
}

#[test]
fn net_analyze_matches_the_synthetic_ground_truth() {
    let Some(corpus) = pcap_corpus() else { return };
    for name in ["camera-mixed.pcap", "plug-clean.pcapng"] {
        let capture = corpus.join("pcap/synthetic").join(name);
        let stem = name.split('.').next().expect("stem");
        let expected: serde_json::Value = serde_json::from_slice(
            &std::fs::read(corpus.join(format!("pcap/synthetic/{stem}.expected.json")))
                .expect("expected"),
        )
        .expect("expected json");
        let o = iotmark(&[
            "net",
            "analyze",
            capture.to_str().expect("path"),
            "--format",
            "json",
        ]);
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        let got = json_of(&o);
        assert_eq!(got["device"], expected["device"], "{name}");
        assert_eq!(got["packets"], expected["packets"], "{name}");
        assert_eq!(got["dns_names"], expected["dns_names"], "{name}");
        let flows = got["flows"].as_array().expect("flows");
        for want in expected["flows"].as_array().expect("expected flows") {
            let found = flows.iter().any(|f| {
                want.as_object().expect("flow").iter().all(|(k, v)| {
                    if k == "direction" {
                        f[k] == *v
                    } else {
                        f.get(k) == Some(v)
                    }
                }) && (want.get("direction").is_some() || f["direction"] == "outbound")
            });
            assert!(found, "{name}: no flow like {want} in {flows:#?}");
        }
        // Every flow has the documented fields.
        for f in flows {
            for field in [
                "dst",
                "port",
                "transport",
                "protocol",
                "direction",
                "cleartext",
                "packets",
                "bytes",
            ] {
                assert!(f.get(field).is_some(), "{name}: {field} missing in {f}");
            }
        }
    }
}

#[test]
fn net_analyze_checks_the_capture_against_the_mud_file() {
    let Some(corpus) = pcap_corpus() else { return };
    let path = |p: &str| corpus.join(p).to_str().expect("path").to_owned();
    let trackers = tempfile::tempdir().expect("tmp");
    let list = trackers.path().join("trackers.txt");
    std::fs::write(&list, "# a test list\nadtrack.example\n").expect("write");
    let o = iotmark(&[
        "net",
        "analyze",
        &path("pcap/synthetic/camera-mixed.pcap"),
        "--mud",
        &path("mud/camera-c1.mud.json"),
        "--trackers",
        list.to_str().expect("list"),
        "--format",
        "json",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let v = json_of(&o);
    let kinds = finding_kinds(&v);
    for kind in [
        "cleartext_internet",
        "weak_tls",
        "inbound_service",
        "mud_violation",
        "mud_unused",
        "tracker_contact",
    ] {
        assert!(kinds.iter().any(|k| k == kind), "{kind} in {kinds:?}");
    }
    assert!(!kinds.iter().any(|k| k == "mud_obeyed"));
    assert_eq!(
        v["mud"]["mud_url"],
        "https://cam-maker.example/mud/camera-c1.json"
    );

    // The clean plug obeys its MUD file; the table says so.
    let o = iotmark(&[
        "net",
        "analyze",
        &path("pcap/synthetic/plug-clean.pcapng"),
        "--mud",
        &path("mud/plug-p1.mud.json"),
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let table = stdout(&o);
    assert!(table.contains("device 192.168.1.60"), "{table}");
    assert!(table.contains("dir "), "{table}");
    let json = iotmark(&[
        "net",
        "analyze",
        &path("pcap/synthetic/plug-clean.pcapng"),
        "--mud",
        &path("mud/plug-p1.mud.json"),
        "--format",
        "json",
        "--device",
        "192.168.1.60",
    ]);
    let v = json_of(&json);
    let kinds = finding_kinds(&v);
    assert!(kinds.iter().any(|k| k == "mud_obeyed"), "{v:#}");
    // The NTP server never answers in this capture: the rule for its replies
    // is unused, nothing is against the file.
    assert!(
        kinds.iter().all(|k| k == "mud_obeyed" || k == "mud_unused"),
        "{v:#}"
    );
    assert_eq!(v["device_inferred"], false);
}

#[test]
fn net_analyze_reports_bad_input_with_its_place() {
    let Some(corpus) = pcap_corpus() else { return };
    let path = |p: &str| corpus.join(p).to_str().expect("path").to_owned();
    let capture = path("pcap/synthetic/plug-clean.pcapng");
    // A MUD file of the wrong types: every problem, with its JSON path.
    let o = iotmark(&[
        "net",
        "analyze",
        &capture,
        "--mud",
        &path("mud/invalid-types.mud.json"),
    ]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(err.contains("invalid-types.mud.json"), "{err}");
    assert!(err.contains("/ietf-mud:mud/"), "{err}");
    assert!(err.contains("mud/invalid"), "{err}");
    // A truncated MUD file: the line and column where it stops.
    let o = iotmark(&[
        "net",
        "analyze",
        &capture,
        "--mud",
        &path("mud/truncated.mud.json"),
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("truncated.mud.json"), "{}", stderr(&o));
    // Not a capture at all.
    let o = iotmark(&["net", "analyze", "README.md"]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(err.contains("README.md"), "{err}");
    assert!(err.contains("pcap"), "{err}");
    // A capture cut in the middle of a record: what could be read, and where
    // it stopped.
    let o = iotmark(&[
        "net",
        "analyze",
        &path("pcap/synthetic/camera-truncated.pcap"),
        "--format",
        "json",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let v = json_of(&o);
    assert_eq!(v["complete"], false);
    assert!(v["packets"].as_u64().expect("packets") > 20);
    let notes = v["notes"].to_string();
    assert!(notes.contains("offset"), "{notes}");
    // A bad device and a bad tracker list.
    let o = iotmark(&["net", "analyze", &capture, "--device", "not-an-address"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("--device"), "{}", stderr(&o));
    let dir = tempfile::tempdir().expect("tmp");
    let list = dir.path().join("trackers.txt");
    std::fs::write(&list, "ok.example\nnot a domain!\n").expect("write");
    let o = iotmark(&[
        "net",
        "analyze",
        &capture,
        "--trackers",
        list.to_str().expect("list"),
    ]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(err.contains("trackers.txt") && err.contains('2'), "{err}");
    // Missing file.
    let o = iotmark(&["net", "analyze", "no-such.pcap"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("no-such.pcap"));
}

fn verdict<'a>(report: &'a serde_json::Value, id: &str) -> &'a serde_json::Value {
    report["verdicts"]
        .as_array()
        .expect("verdicts")
        .iter()
        .find(|v| v["criterion"] == id)
        .unwrap_or_else(|| panic!("no verdict for {id}"))
}

#[test]
fn assess_weighs_a_capture_and_its_mud_file() {
    let Some(corpus) = pcap_corpus() else { return };
    let path = |p: &str| corpus.join(p).to_str().expect("path").to_owned();
    let dir = tempfile::tempdir().expect("tmp");
    let list = dir.path().join("trackers.txt");
    std::fs::write(&list, "adtrack.example\n").expect("write");
    // The plug's declaration against the camera's traffic: contradicted.
    let o = iotmark(&[
        "assess",
        "examples/smart-plug/declaration.yaml",
        "--evidence",
        &path("pcap/synthetic/camera-mixed.pcap"),
        "--evidence",
        &path("mud/camera-c1.mud.json"),
        "--trackers",
        list.to_str().expect("list"),
        "--date",
        "2026-11-01",
        "--format",
        "json",
    ]);
    assert!(matches!(o.status.code(), Some(0 | 1)), "{}", stderr(&o));
    let r = json_of(&o);
    for id in ["SEC-06", "SEC-10", "SEC-16", "PRV-07"] {
        let v = verdict(&r, id);
        assert_eq!(v["status"], "not_met", "{id}: {v:#}");
        assert_eq!(v["basis"], "contradicted", "{id}: {v:#}");
        assert!(
            v["explanation"]
                .as_str()
                .expect("text")
                .contains("camera-mixed.pcap"),
            "{id}: {v:#}"
        );
    }
    let kinds: Vec<&str> = r["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .filter_map(|f| f["kind"].as_str())
        .collect();
    for kind in [
        "net.summary",
        "net.cleartext",
        "net.weak_tls",
        "mud.profile",
        "mud.violation",
    ] {
        assert!(kinds.contains(&kind), "{kind} in {kinds:?}");
    }
    assert!(
        verdict(&r, "AGY-02")["explanation"]
            .as_str()
            .expect("text")
            .contains("never reaches")
    );
    let evidence = r["evidence"].as_array().expect("evidence");
    assert!(
        evidence
            .iter()
            .any(|e| e["kind"] == "network_capture" && e["error"].is_null())
    );
    assert!(
        evidence
            .iter()
            .any(|e| e["kind"] == "mud" && e["error"].is_null())
    );

    // Its own clean traffic and MUD file: verified.
    let o = iotmark(&[
        "assess",
        "examples/smart-plug/declaration.yaml",
        "--evidence",
        &path("pcap/synthetic/plug-clean.pcapng"),
        "--evidence",
        &path("mud/plug-p1.mud.json"),
        "--date",
        "2026-11-01",
        "--format",
        "json",
    ]);
    let r = json_of(&o);
    for id in ["SEC-06", "SEC-16"] {
        let v = verdict(&r, id);
        assert_eq!(v["status"], "met", "{id}: {v:#}");
        assert_eq!(v["basis"], "verified", "{id}: {v:#}");
    }
    assert_eq!(verdict(&r, "PRV-07")["status"], "met");
}
