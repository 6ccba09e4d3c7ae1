//! Certificates through their public API.

use std::fs;
use std::os::unix::fs::PermissionsExt as _;
use std::path::Path;

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use chrono::NaiveDate;
use ed25519_dalek::SigningKey;
use iotmark_cert::event::ProblemKind;
use iotmark_cert::key::{self, KeyError};
use iotmark_cert::statement::Statement;
use iotmark_cert::{
    Artifact, Bundle, CertificateInput, CertificateStatement, CheckpointSource, DsseError, Entry,
    Envelope, EventError, IN_TOTO_PAYLOAD_TYPE, LogSnapshot, NamedKey, Sha256Digest,
    StatementError, Status, VerifyError, issue, make_bundle, pae, status_as_of, status_event,
    verify,
};
use iotmark_tlog::checkpoint::Checkpoint;
use iotmark_tlog::tree::MemoryTree;
use proptest::prelude::*;

const ORIGIN: &str = "log.example.org/iotmark";

fn day(s: &str) -> NaiveDate {
    s.parse().expect("a YYYY-MM-DD date")
}

fn named(name: &str, seed: u8) -> NamedKey {
    NamedKey::new(name, SigningKey::from_bytes(&[seed; 32])).expect("a valid key name")
}

fn body() -> NamedKey {
    named("cb.example.org", 1)
}

fn log_key() -> NamedKey {
    named("log.example.org", 2)
}

fn input(id: &str) -> CertificateInput {
    CertificateInput {
        certificate_id: id.to_owned(),
        product_id: "7d4kq0m2xa".to_owned(),
        manufacturer: "Lumière Home SAS".to_owned(),
        model: "LH-CI200".to_owned(),
        firmware_version: "2.4.1".to_owned(),
        declaration: Artifact::of("declaration.yaml", b"manufacturer: Lumiere Home SAS\n"),
        evidence: vec![
            Artifact::of("sbom.cdx.json", b"{\"bomFormat\":\"CycloneDX\"}"),
            Artifact::of("security.txt", b"Contact: mailto:security@example.com\n"),
        ],
        assessment: Artifact::of("assessment.json", b"{\"level\":2}"),
        catalog_version: "2026.1".to_owned(),
        catalog_sha256: Sha256Digest::of(b"catalog"),
        level: 2,
        grades: [("SEC", "A"), ("UPD", "B"), ("PRV", "C")]
            .into_iter()
            .map(|(a, g)| (a.to_owned(), g.to_owned()))
            .collect(),
        certification_body: "Example Certification Ltd".to_owned(),
        assessor: "J. Doe".to_owned(),
        issued_on: day("2026-11-05"),
        valid_from: day("2026-11-05"),
        valid_until: day("2029-11-04"),
        support_end: day("2030-12-31"),
    }
}

/// A log of five certificates, ours at index 2, with a signed checkpoint
/// and our bundle.
struct Fixture {
    body: NamedKey,
    log_key: NamedKey,
    entries: Vec<Vec<u8>>,
    certificate: Vec<u8>,
    bundle: Bundle,
}

const OUR_INDEX: u64 = 2;

impl Fixture {
    fn new() -> Fixture {
        let body = body();
        let log_key = log_key();
        let entries: Vec<Vec<u8>> = (0..5)
            .map(|i| {
                issue(&input(&format!("IOTM-2026-00000{i}")), &body)
                    .expect("valid input")
                    .to_bytes()
            })
            .collect();
        let certificate = entries[OUR_INDEX as usize].clone();
        let bundle = bundle_at(&entries, &log_key, OUR_INDEX, entries.len() as u64);
        Fixture {
            body,
            log_key,
            entries,
            certificate,
            bundle,
        }
    }

    fn tree(&self) -> MemoryTree {
        tree_of(&self.entries)
    }

    fn checkpoint_note(&self, size: u64, signer: &NamedKey) -> String {
        checkpoint_note(&self.entries, size, signer)
    }

    fn bundle_at(&self, index: u64, size: u64) -> Bundle {
        bundle_at(&self.entries, &self.log_key, index, size)
    }

    fn append_status(&mut self, previous: Status, status: Status, reason: &str) {
        let event = status_event(
            &self.certificate,
            previous,
            status,
            reason,
            day("2027-03-01"),
            &self.body,
        )
        .expect("an allowed change");
        self.entries.push(event.to_bytes());
    }

    fn verify(&self, bundle: &Bundle, at: &str) -> Result<iotmark_cert::Verified, VerifyError> {
        verify(
            bundle,
            &self.body.verifier(),
            &self.log_key.verifier(),
            day(at),
            None,
        )
    }

    fn verify_with_log(&self, at: &str) -> Result<iotmark_cert::Verified, VerifyError> {
        let note = self.checkpoint_note(self.entries.len() as u64, &self.log_key);
        let log = LogSnapshot {
            entries: &self.entries,
            checkpoint: note.as_bytes(),
        };
        verify(
            &self.bundle,
            &self.body.verifier(),
            &self.log_key.verifier(),
            day(at),
            Some(&log),
        )
    }
}

fn tree_of(entries: &[Vec<u8>]) -> MemoryTree {
    let mut tree = MemoryTree::new();
    for e in entries {
        tree.push_entry(e);
    }
    tree
}

/// The log key's signed checkpoint for the first `size` entries.
fn checkpoint_note(entries: &[Vec<u8>], size: u64, signer: &NamedKey) -> String {
    let checkpoint = Checkpoint {
        origin: ORIGIN.to_owned(),
        size,
        root: tree_of(entries).root_at(size).expect("size within the log"),
        extensions: vec![],
    };
    checkpoint
        .sign(signer.note_signer())
        .expect("a checkpoint signs")
}

fn bundle_at(entries: &[Vec<u8>], log_key: &NamedKey, index: u64, size: u64) -> Bundle {
    let proof = tree_of(entries)
        .inclusion_proof(index, size)
        .expect("index within size");
    let note = checkpoint_note(entries, size, log_key);
    make_bundle(
        &entries[index as usize],
        index,
        size,
        &proof,
        note.as_bytes(),
    )
    .expect("the pieces fit")
}

// ---- keys ----

fn mode(path: &Path) -> u32 {
    fs::metadata(path)
        .expect("file exists")
        .permissions()
        .mode()
        & 0o777
}

#[test]
fn key_generation_writes_0600_and_refuses_to_overwrite() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("key.pem");
    let verifier = key::generate("cb.example.org", &path).unwrap();
    assert_eq!(mode(&path), 0o600);
    let pem = fs::read_to_string(&path).unwrap();
    assert!(pem.starts_with("-----BEGIN PRIVATE KEY-----\n"), "{pem}");
    let public = key::public_key_path(&path);
    assert_eq!(public, dir.path().join("key.pem.pub"));
    assert_eq!(
        fs::read_to_string(&public).unwrap(),
        format!("{}\n", verifier.to_vkey())
    );
    assert_eq!(
        key::load_verifier(&public).unwrap().to_vkey(),
        verifier.to_vkey()
    );

    let signer = key::load_signer(&path).unwrap();
    assert_eq!(signer.verifier().to_vkey(), verifier.to_vkey());
    assert_eq!(signer.name(), "cb.example.org");

    // Never overwrite: neither the key nor its .pub.
    let err = key::generate("cb.example.org", &path).unwrap_err();
    assert!(
        matches!(err, KeyError::Exists { ref path } if path.ends_with("key.pem")),
        "{err}"
    );
    assert_eq!(fs::read_to_string(&path).unwrap(), pem);

    let other = dir.path().join("other.pem");
    fs::write(key::public_key_path(&other), "stale\n").unwrap();
    let err = key::generate("cb.example.org", &other).unwrap_err();
    assert!(matches!(err, KeyError::Exists { .. }), "{err}");
    assert!(!other.exists(), "no private key is left behind");

    // Two keys differ.
    let second = dir.path().join("second.pem");
    let v2 = key::generate("cb.example.org", &second).unwrap();
    assert_ne!(v2.to_vkey(), verifier.to_vkey());
}

#[test]
fn loading_a_key_others_can_read_fails_with_the_chmod_message() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("key.pem");
    key::generate("cb.example.org", &path).unwrap();
    fs::set_permissions(&path, fs::Permissions::from_mode(0o644)).unwrap();
    assert!(key::load_signer(&path).is_err());
    let err = key::load(&path).unwrap_err();
    assert!(
        matches!(err, KeyError::ReadableByOthers { mode: 0o644, .. }),
        "{err:?}"
    );
    assert_eq!(
        err.to_string(),
        format!(
            "{p} is readable by others (mode 0644): run chmod 600 {p}",
            p = path.display()
        )
    );
    // Group write alone is refused too.
    fs::set_permissions(&path, fs::Permissions::from_mode(0o620)).unwrap();
    assert!(matches!(
        key::load(&path).unwrap_err(),
        KeyError::ReadableByOthers { mode: 0o620, .. }
    ));
    fs::set_permissions(&path, fs::Permissions::from_mode(0o400)).unwrap();
    key::load(&path).unwrap();
}

#[test]
fn a_mismatched_missing_or_malformed_key_file_is_refused_naming_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let a = dir.path().join("a.pem");
    let b = dir.path().join("b.pem");
    key::generate("cb.example.org", &a).unwrap();
    key::generate("cb.example.org", &b).unwrap();

    fs::copy(key::public_key_path(&b), key::public_key_path(&a)).unwrap();
    let err = key::load(&a).unwrap_err();
    assert!(matches!(err, KeyError::Mismatch { .. }), "{err}");
    assert!(err.to_string().contains("a.pem.pub"), "{err}");
    assert!(
        err.to_string().contains("does not match the private key"),
        "{err}"
    );

    fs::remove_file(key::public_key_path(&a)).unwrap();
    let err = key::load(&a).unwrap_err();
    assert!(matches!(err, KeyError::MissingPublic { .. }), "{err}");
    assert!(err.to_string().contains("a.pem.pub` is missing"), "{err}");

    fs::write(key::public_key_path(&a), "not a key\n").unwrap();
    let err = key::load(&a).unwrap_err();
    assert!(matches!(err, KeyError::BadPublic { .. }), "{err}");

    let write_private = |name: &str, text: &str| {
        let p = dir.path().join(name);
        fs::write(&p, text).unwrap();
        fs::set_permissions(&p, fs::Permissions::from_mode(0o600)).unwrap();
        p
    };
    let p = write_private("c.pem", "hello\n");
    let err = key::load(&p).unwrap_err();
    assert!(matches!(err, KeyError::NotPem { .. }), "{err}");
    assert!(
        err.to_string().contains("c.pem` is not a PEM file"),
        "{err}"
    );

    let p = write_private(
        "d.pem",
        "-----BEGIN EC PRIVATE KEY-----\nAAAA\n-----END EC PRIVATE KEY-----\n",
    );
    let err = key::load(&p).unwrap_err();
    assert!(matches!(err, KeyError::NotEd25519 { .. }), "{err}");
    assert!(err.to_string().contains("EC PRIVATE KEY"), "{err}");

    let p = write_private(
        "e.pem",
        "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n",
    );
    assert!(matches!(
        key::load(&p).unwrap_err(),
        KeyError::NotEd25519 { .. }
    ));

    for bad in ["", "has space", "a+b"] {
        let err = key::generate(bad, &dir.path().join("f.pem")).unwrap_err();
        assert!(matches!(err, KeyError::BadName { .. }), "{bad:?}: {err}");
    }
    assert!(!dir.path().join("f.pem").exists());
}

// ---- DSSE ----

#[test]
fn pae_matches_the_dsse_spec_vector() {
    assert_eq!(
        pae("http://example.com/HelloWorld", b"hello world"),
        b"DSSEv1 29 http://example.com/HelloWorld 11 hello world"
    );
    assert_eq!(pae("", b""), b"DSSEv1 0  0 ");
}

#[test]
fn dsse_sign_verify_round_trip() {
    let key = body();
    let env = Envelope::sign("http://example.com/HelloWorld", b"hello world", &key);
    assert_eq!(env.signatures.len(), 1);
    assert_eq!(
        env.signatures[0].keyid,
        format!("cb.example.org+{:08x}", key.key_id())
    );
    assert_eq!(env.verify(&key.verifier()).unwrap(), b"hello world");
    assert_eq!(Envelope::parse_canonical(&env.to_bytes()).unwrap(), env);

    // Another key of the same name: the key id differs.
    let impostor = named("cb.example.org", 9);
    assert!(matches!(
        env.verify(&impostor.verifier()),
        Err(DsseError::WrongKey { .. })
    ));
    // A payload changed after signing.
    let mut altered = env.clone();
    altered.payload = STANDARD.encode(b"hello World");
    assert!(matches!(
        altered.verify(&key.verifier()),
        Err(DsseError::BadSignature { .. })
    ));
    // The payload type is signed too.
    let mut altered = env.clone();
    altered.payload_type = "http://example.com/Other".to_owned();
    assert!(matches!(
        altered.verify(&key.verifier()),
        Err(DsseError::BadSignature { .. })
    ));
    // Non-canonical JSON is not a log entry.
    let pretty = serde_json::to_vec_pretty(&env).unwrap();
    assert!(Envelope::from_json(&pretty).is_ok());
    assert!(matches!(
        Envelope::parse_canonical(&pretty),
        Err(DsseError::NotCanonical)
    ));
}

// ---- certificates ----

#[test]
fn issue_builds_the_statement_the_format_describes() {
    let key = body();
    let env = issue(&input("IOTM-2026-000001"), &key).unwrap();
    assert_eq!(env.payload_type, IN_TOTO_PAYLOAD_TYPE);
    let payload = env.verify(&key.verifier()).unwrap();
    let statement = CertificateStatement::parse(&payload).unwrap();
    let names: Vec<&str> = statement.subject.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "declaration.yaml",
            "sbom.cdx.json",
            "security.txt",
            "assessment.json"
        ]
    );
    assert_eq!(
        statement.subject[0].digest.sha256,
        Sha256Digest::of(b"manufacturer: Lumiere Home SAS\n")
    );
    let p = &statement.predicate;
    assert_eq!(
        p.certification_body.key,
        iotmark_cert::key_id(&key.verifier())
    );
    assert_eq!(p.level, 2);
    assert_eq!(p.grades["SEC"], "A");
    // The payload is the JSON the format document shows.
    let json: serde_json::Value = serde_json::from_slice(&payload).unwrap();
    assert_eq!(json["_type"], "https://in-toto.io/Statement/v1");
    assert_eq!(
        json["predicateType"],
        "https://iotmark.org/attestation/certificate/v1"
    );
    assert_eq!(json["predicate"]["valid_until"], "2029-11-04");
    assert_eq!(json["predicate"]["product"]["id"], "7d4kq0m2xa");
    // Issuing is deterministic: the same input gives the same entry.
    assert_eq!(
        issue(&input("IOTM-2026-000001"), &key).unwrap().to_bytes(),
        env.to_bytes()
    );
    // Entry::parse classifies it.
    let Entry::Certificate(c) = Entry::parse(&env.to_bytes()).unwrap() else {
        panic!("not a certificate");
    };
    assert_eq!(c.statement, statement);
    assert_eq!(c.digest, Sha256Digest::of(&env.to_bytes()));
}

#[test]
fn validity_past_the_support_end_is_refused_at_issue() {
    let key = body();
    let mut i = input("IOTM-2026-000001");
    i.support_end = day("2028-06-30");
    let err = issue(&i, &key).unwrap_err();
    assert!(
        matches!(err, StatementError::BeyondSupport { valid_until, support_end }
            if valid_until == day("2029-11-04") && support_end == day("2028-06-30")),
        "{err}"
    );
    assert!(err.to_string().contains("end of security support"), "{err}");
    i.valid_until = day("2028-06-30");
    issue(&i, &key).unwrap();

    // More than three years after issuance.
    let mut i = input("IOTM-2026-000001");
    i.valid_until = day("2029-11-06");
    assert!(matches!(
        issue(&i, &key).unwrap_err(),
        StatementError::TooLong { latest, .. } if latest == day("2029-11-05")
    ));

    // Other rules.
    type Change = fn(&mut CertificateInput);
    let cases: [(&str, Change); 8] = [
        ("predicate.valid_from", |i| i.valid_from = day("2026-11-04")),
        ("predicate.valid_until", |i| {
            i.valid_until = day("2026-11-01")
        }),
        ("predicate.level", |i| i.level = 0),
        ("predicate.certificate_id", |i| {
            i.certificate_id = "a b".into()
        }),
        ("predicate.product.id", |i| i.product_id = "ABC".into()),
        ("predicate.grades.SECURITY", |i| {
            i.grades.insert("SECURITY".into(), "A".into());
        }),
        ("subject[3].name", |i| {
            i.assessment.name = "sbom.cdx.json".into()
        }),
        ("predicate.assessor", |i| i.assessor = " ".into()),
    ];
    for (field, change) in cases {
        let mut i = input("IOTM-2026-000001");
        change(&mut i);
        match issue(&i, &key) {
            Err(StatementError::Invalid { field: f, .. }) => assert_eq!(f, field),
            other => panic!("{field}: {other:?}"),
        }
    }
}

// ---- bundles ----

#[test]
fn a_bundle_verifies_offline_and_with_the_log() {
    let f = Fixture::new();
    let ok = f.verify(&f.bundle, "2027-01-01").unwrap();
    assert_eq!(ok.log_index, OUR_INDEX);
    assert_eq!(ok.checkpoint.size, 5);
    assert_eq!(ok.checkpoint.origin, ORIGIN);
    assert_eq!(ok.statement.predicate.certificate_id, "IOTM-2026-000002");
    assert_eq!(ok.certificate_digest, Sha256Digest::of(&f.certificate));
    assert!(ok.status.is_none());
    // First and last day of validity are included.
    f.verify(&f.bundle, "2026-11-05").unwrap();
    f.verify(&f.bundle, "2029-11-04").unwrap();

    let ok = f.verify_with_log("2027-01-01").unwrap();
    let status = ok.status.unwrap();
    assert_eq!(status.status, Status::Valid);
    assert_eq!(status.certificate_index, OUR_INDEX);
    assert!(status.problems.is_empty());

    // Files can be checked against the certificate.
    ok.statement.subject("sbom.cdx.json").unwrap();
    let ok = f.verify(&f.bundle, "2027-01-01").unwrap();
    ok.check_file("sbom.cdx.json", b"{\"bomFormat\":\"CycloneDX\"}")
        .unwrap();
    assert!(matches!(
        ok.check_file("sbom.cdx.json", b"{}"),
        Err(VerifyError::DigestMismatch { .. })
    ));
    assert!(matches!(
        ok.check_file("photo.jpg", b""),
        Err(VerifyError::UnknownSubject { .. })
    ));

    // The JSON round-trips, and every index of the log makes a bundle that verifies.
    let json = f.bundle.to_json();
    assert_eq!(Bundle::parse(json.as_bytes()).unwrap(), f.bundle);
    for size in 1..=5 {
        for index in 0..size {
            let b = f.bundle_at(index, size);
            f.verify(&b, "2027-01-01").unwrap();
            assert_eq!(Bundle::parse(b.to_json().as_bytes()).unwrap(), b);
        }
    }
}

#[test]
fn bundle_json_has_the_documented_shape() {
    let f = Fixture::new();
    let json: serde_json::Value = serde_json::from_str(&f.bundle.to_json()).unwrap();
    let keys: Vec<&str> = json
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(
        keys,
        [
            "format",
            "version",
            "envelope",
            "log_index",
            "tree_size",
            "inclusion_proof",
            "checkpoint"
        ]
    );
    assert_eq!(json["format"], "iotmark-bundle");
    assert_eq!(json["version"], 1);
    assert_eq!(json["log_index"], 2);
    assert_eq!(json["tree_size"], 5);
    assert_eq!(json["inclusion_proof"].as_array().unwrap().len(), 3);
    assert!(
        json["checkpoint"]
            .as_str()
            .unwrap()
            .starts_with(&format!("{ORIGIN}\n5\n"))
    );
    assert_eq!(
        json["envelope"]["payloadType"],
        "application/vnd.in-toto+json"
    );
}

fn flip_base64_char(text: &str, at: usize) -> String {
    // A different character of the alphabet, so the text still decodes.
    let mut bytes = text.as_bytes().to_vec();
    bytes[at] = if bytes[at] == b'A' { b'B' } else { b'A' };
    String::from_utf8(bytes).expect("still ASCII")
}

#[test]
fn forged_or_altered_bundles_fail_with_the_specific_reason() {
    let f = Fixture::new();
    let at = "2027-01-01";

    // A byte of the payload.
    let mut b = f.bundle.clone();
    b.envelope.payload = flip_base64_char(&b.envelope.payload, 40);
    assert!(matches!(
        f.verify(&b, at),
        Err(VerifyError::BadSignature { .. })
    ));

    // A byte of the signature.
    let mut b = f.bundle.clone();
    b.envelope.signatures[0].sig = flip_base64_char(&b.envelope.signatures[0].sig, 10);
    let err = f.verify(&b, at).unwrap_err();
    assert!(matches!(err, VerifyError::BadSignature { .. }), "{err}");
    assert!(err.to_string().contains("altered or forged"), "{err}");

    // A forged certificate: signed by another key but labelled as ours.
    let forger = named("cb.example.org", 7);
    let mut forged = issue(&input("IOTM-2026-000002"), &forger).unwrap();
    forged.signatures[0].keyid = iotmark_cert::key_id(&f.body.verifier());
    let mut b = f.bundle.clone();
    b.envelope = forged;
    assert!(matches!(
        f.verify(&b, at),
        Err(VerifyError::BadSignature { .. })
    ));

    // A hash of the proof.
    let mut b = f.bundle.clone();
    b.inclusion_proof[1][0] ^= 1;
    assert!(matches!(
        f.verify(&b, at),
        Err(VerifyError::InclusionProof {
            index: 2,
            size: 5,
            ..
        })
    ));
    // A missing hash of the proof.
    let mut b = f.bundle.clone();
    b.inclusion_proof.pop();
    assert!(matches!(
        f.verify(&b, at),
        Err(VerifyError::InclusionProof { .. })
    ));

    // The index.
    for index in [0, 1, 3, 4] {
        let mut b = f.bundle.clone();
        b.log_index = index;
        let err = f.verify(&b, at).unwrap_err();
        assert!(
            matches!(err, VerifyError::InclusionProof { .. }),
            "{index}: {err}"
        );
    }
    let mut b = f.bundle.clone();
    b.log_index = 5;
    assert!(matches!(
        f.verify(&b, at),
        Err(VerifyError::IndexOutOfRange { index: 5, size: 5 })
    ));

    // The tree size.
    let mut b = f.bundle.clone();
    b.tree_size = 4;
    assert!(matches!(
        f.verify(&b, at),
        Err(VerifyError::SizeMismatch {
            bundle: 4,
            checkpoint: 5
        })
    ));

    // The checkpoint signed by another key (even one with the log's name).
    for signer in [named("log.example.org", 8), named("evil.example.org", 8)] {
        let mut b = f.bundle.clone();
        b.checkpoint = f.checkpoint_note(5, &signer);
        let err = f.verify(&b, at).unwrap_err();
        assert!(
            matches!(
                err,
                VerifyError::CheckpointWrongKey {
                    which: CheckpointSource::Bundle,
                    ..
                }
            ),
            "{err}"
        );
    }
    // The checkpoint text altered under its signature.
    let mut b = f.bundle.clone();
    b.checkpoint = b.checkpoint.replacen("\n5\n", "\n6\n", 1);
    assert!(matches!(
        f.verify(&b, at),
        Err(VerifyError::CheckpointBadSignature {
            which: CheckpointSource::Bundle,
            ..
        })
    ));
    let mut b = f.bundle.clone();
    b.checkpoint = "not a note".to_owned();
    assert!(matches!(
        f.verify(&b, at),
        Err(VerifyError::CheckpointMalformed { .. })
    ));

    // The bundle presented to the wrong keys.
    let other = named("other.example.org", 5);
    let err = verify(
        &f.bundle,
        &other.verifier(),
        &f.log_key.verifier(),
        day(at),
        None,
    )
    .unwrap_err();
    assert!(matches!(err, VerifyError::WrongKey { .. }), "{err}");
    assert!(err.to_string().contains("cb.example.org+"), "{err}");
    let impostor = named("cb.example.org", 6);
    assert!(matches!(
        verify(
            &f.bundle,
            &impostor.verifier(),
            &f.log_key.verifier(),
            day(at),
            None
        ),
        Err(VerifyError::WrongKey { .. })
    ));
    assert!(matches!(
        verify(
            &f.bundle,
            &f.body.verifier(),
            &other.verifier(),
            day(at),
            None
        ),
        Err(VerifyError::CheckpointWrongKey { .. })
    ));

    // Dates outside the validity window.
    let err = f.verify(&f.bundle, "2029-11-05").unwrap_err();
    assert!(
        matches!(err, VerifyError::Expired { valid_until, .. } if valid_until == day("2029-11-04")),
        "{err}"
    );
    assert!(err.to_string().contains("valid until 2029-11-04"), "{err}");
    assert!(matches!(
        f.verify(&f.bundle, "2026-11-04"),
        Err(VerifyError::NotYetValid { valid_from, .. }) if valid_from == day("2026-11-05")
    ));

    // A statement that names another key than the one that signed it.
    let mut statement =
        CertificateStatement::parse(&f.bundle.envelope.payload_bytes().unwrap()).unwrap();
    statement.predicate.certification_body.key = "someone.else+00000000".to_owned();
    let mut b = f.bundle.clone();
    b.envelope = Envelope::sign(IN_TOTO_PAYLOAD_TYPE, &statement.to_bytes(), &f.body);
    assert!(matches!(
        f.verify(&b, at),
        Err(VerifyError::InvalidCertificate(StatementError::Invalid { ref field, .. }))
            if field == "predicate.certification_body.key"
    ));
}

#[test]
fn a_signed_certificate_past_support_end_is_rejected_by_the_verifier() {
    let f = Fixture::new();
    let mut statement: Statement<serde_json::Value> =
        serde_json::from_slice(&f.bundle.envelope.payload_bytes().unwrap()).unwrap();
    statement.predicate["support_end"] = "2028-01-01".into();
    let payload = serde_json::to_vec(&statement).unwrap();
    let mut b = f.bundle.clone();
    b.envelope = Envelope::sign(IN_TOTO_PAYLOAD_TYPE, &payload, &f.body);
    assert!(matches!(
        f.verify(&b, "2027-01-01"),
        Err(VerifyError::InvalidCertificate(
            StatementError::BeyondSupport { .. }
        ))
    ));
}

#[test]
fn malformed_bundles_name_the_field() {
    let f = Fixture::new();
    let json: serde_json::Value = serde_json::from_str(&f.bundle.to_json()).unwrap();
    let check = |change: &dyn Fn(&mut serde_json::Value), path: &str| {
        let mut j = json.clone();
        change(&mut j);
        match Bundle::parse(&serde_json::to_vec(&j).unwrap()) {
            Err(VerifyError::Malformed { path: p, .. }) => assert_eq!(p, path),
            other => panic!("{path}: {other:?}"),
        }
    };
    check(&|j| j["format"] = "x".into(), "format");
    check(&|j| j["version"] = 2.into(), "version");
    check(&|j| j["log_index"] = (-1).into(), "log_index");
    check(&|j| j["tree_size"] = "5".into(), "tree_size");
    check(
        &|j| j["inclusion_proof"][1] = "AAAA".into(),
        "inclusion_proof[1]",
    );
    check(&|j| j["inclusion_proof"] = 1.into(), "inclusion_proof");
    check(&|j| j["checkpoint"] = serde_json::Value::Null, "checkpoint");
    check(&|j| j["extra"] = 1.into(), "extra");
    check(
        &|j| {
            j.as_object_mut().unwrap().remove("tree_size");
        },
        "tree_size",
    );
    check(
        &|j| j["envelope"]["payload"] = "!!".into(),
        "envelope.payload",
    );
    check(
        &|j| j["envelope"]["signatures"][0]["sig"] = 5.into(),
        "envelope.signatures[0].sig",
    );
    check(
        &|j| j["envelope"]["signatures"][0]["note"] = "x".into(),
        "envelope.signatures[0].note",
    );
    check(&|j| *j = serde_json::json!([]), "$");
    assert!(matches!(
        Bundle::parse(b"{"),
        Err(VerifyError::Malformed { ref path, .. }) if path == "$"
    ));
    // A field given twice.
    let text = f.bundle.to_json().replacen(
        "\"log_index\": 2,",
        "\"log_index\": 2, \"log_index\": 2,",
        1,
    );
    assert!(matches!(
        Bundle::parse(text.as_bytes()),
        Err(VerifyError::Malformed { .. })
    ));
}

#[test]
fn make_bundle_checks_the_pieces_fit() {
    let f = Fixture::new();
    let tree = f.tree();
    let proof = tree.inclusion_proof(2, 5).unwrap();
    let note = f.checkpoint_note(5, &f.log_key);
    let pretty = serde_json::to_vec_pretty(&f.bundle.envelope).unwrap();
    assert!(matches!(
        make_bundle(&pretty, 2, 5, &proof, note.as_bytes()),
        Err(VerifyError::Malformed { .. })
    ));
    assert!(matches!(
        make_bundle(&f.certificate, 2, 4, &proof, note.as_bytes()),
        Err(VerifyError::SizeMismatch { .. })
    ));
    assert!(matches!(
        make_bundle(&f.certificate, 3, 5, &proof, note.as_bytes()),
        Err(VerifyError::InclusionProof { .. })
    ));
}

// ---- status ----

#[test]
fn status_replays_issue_suspend_reinstate_revoke() {
    let mut f = Fixture::new();
    let key = f.body.verifier();
    let digest = Sha256Digest::of(&f.certificate);
    f.append_status(
        Status::Valid,
        Status::Suspended,
        "a critical vulnerability is unanswered",
    );
    f.append_status(
        Status::Suspended,
        Status::Valid,
        "the vulnerability is fixed in 2.4.2",
    );
    f.append_status(
        Status::Valid,
        Status::Revoked,
        "the manufacturer misrepresented the evidence",
    );
    assert_eq!(f.entries.len(), 8);

    let status_at = |size: u64| status_as_of(&f.entries, size, &digest, &key).unwrap();
    assert!(
        status_as_of(&f.entries, 2, &digest, &key).is_err(),
        "not yet logged"
    );
    assert_eq!(status_at(5).status, Status::Valid);
    assert_eq!(status_at(6).status, Status::Suspended);
    assert_eq!(status_at(7).status, Status::Valid);
    let report = status_at(8);
    assert_eq!(report.status, Status::Revoked);
    assert_eq!(report.changes.len(), 3);
    assert_eq!(report.last_change().unwrap().index, 7);
    assert!(report.problems.is_empty());
    assert!(status_as_of(&f.entries, 9, &digest, &key).is_err());

    // Entries are classified.
    assert!(matches!(
        Entry::parse(&f.entries[5]).unwrap(),
        Entry::Status(_)
    ));
    assert!(Entry::parse(b"garbage").is_err());

    // Verification with the log at each stage.
    let at = "2027-06-01";
    let mut g = Fixture::new();
    g.append_status(
        Status::Valid,
        Status::Suspended,
        "a critical vulnerability is unanswered",
    );
    let err = g.verify_with_log(at).unwrap_err();
    assert!(
        matches!(err, VerifyError::Suspended { as_of: 6, index: 5, ref reason, .. }
            if reason == "a critical vulnerability is unanswered"),
        "{err}"
    );
    assert!(
        err.to_string().contains("suspended as of checkpoint 6"),
        "{err}"
    );
    g.append_status(Status::Suspended, Status::Valid, "fixed");
    assert_eq!(
        g.verify_with_log(at).unwrap().status.unwrap().status,
        Status::Valid
    );
    g.append_status(Status::Valid, Status::Attention, "new vulnerability report");
    assert_eq!(
        g.verify_with_log(at).unwrap().status.unwrap().status,
        Status::Attention
    );
    g.append_status(
        Status::Attention,
        Status::Revoked,
        "misrepresented evidence",
    );
    let err = g.verify_with_log(at).unwrap_err();
    assert!(
        matches!(
            err,
            VerifyError::Revoked {
                as_of: 9,
                index: 8,
                ..
            }
        ),
        "{err}"
    );
    assert!(err.to_string().contains("misrepresented evidence"), "{err}");
    // The bundle alone (older checkpoint) still verifies: the log is what tells.
    g.verify(&g.bundle, at).unwrap();

    let mut h = Fixture::new();
    h.append_status(
        Status::Valid,
        Status::Expired,
        "security support ended early",
    );
    assert!(matches!(
        h.verify_with_log(at),
        Err(VerifyError::ExpiredInLog { .. })
    ));
}

#[test]
fn nonsensical_transitions_are_refused_and_flagged() {
    let mut f = Fixture::new();
    let key = f.body.verifier();
    let digest = Sha256Digest::of(&f.certificate);
    let date = day("2027-03-01");

    // Refused when creating.
    let err = status_event(
        &f.certificate,
        Status::Revoked,
        Status::Valid,
        "oops",
        date,
        &f.body,
    )
    .unwrap_err();
    assert!(
        matches!(
            err,
            EventError::Transition {
                from: Status::Revoked,
                to: Status::Valid
            }
        ),
        "{err}"
    );
    assert!(err.to_string().contains("revoked is final"), "{err}");
    for (from, to) in [
        (Status::Valid, Status::Valid),
        (Status::Expired, Status::Suspended),
        (Status::Suspended, Status::Attention),
    ] {
        assert!(status_event(&f.certificate, from, to, "x", date, &f.body).is_err());
    }
    assert!(matches!(
        status_event(
            &f.certificate,
            Status::Valid,
            Status::Suspended,
            " ",
            date,
            &f.body
        ),
        Err(EventError::NoReason)
    ));
    assert!(matches!(
        status_event(
            &f.certificate,
            Status::Valid,
            Status::Suspended,
            "x",
            day("2026-01-01"),
            &f.body
        ),
        Err(EventError::BeforeIssue { .. })
    ));
    // Another key cannot change our certificate's status.
    assert!(matches!(
        status_event(
            &f.certificate,
            Status::Valid,
            Status::Revoked,
            "x",
            date,
            &named("cb.example.org", 9)
        ),
        Err(EventError::NotOurs { .. })
    ));

    // Flagged when replaying: a reinstatement made while suspended, logged
    // after the revocation; an event signed by another key; a claimed
    // previous status that does not match.
    let reinstate = status_event(
        &f.certificate,
        Status::Suspended,
        Status::Valid,
        "fixed",
        date,
        &f.body,
    )
    .unwrap();
    let forged = {
        let stranger = named("cb.example.org", 9);
        // Sign a copy of a genuine event's statement with a stranger's key.
        let payload = reinstate.payload_bytes().unwrap();
        let mut e = Envelope::sign(IN_TOTO_PAYLOAD_TYPE, &payload, &stranger);
        e.signatures[0].keyid = iotmark_cert::key_id(&key);
        e
    };
    f.append_status(
        Status::Suspended,
        Status::Revoked,
        "claims it was suspended",
    );
    f.entries.push(reinstate.to_bytes());
    f.entries.push(forged.to_bytes());
    let report = status_as_of(&f.entries, f.entries.len() as u64, &digest, &key).unwrap();
    assert_eq!(report.status, Status::Revoked);
    let kinds: Vec<(u64, ProblemKind)> = report
        .problems
        .iter()
        .map(|p| (p.index, p.kind.clone()))
        .collect();
    assert_eq!(kinds.len(), 3, "{kinds:?}");
    assert_eq!(
        kinds[0],
        (
            5,
            ProblemKind::PreviousMismatch {
                claimed: Status::Suspended,
                actual: Status::Valid
            }
        )
    );
    assert_eq!(
        kinds[1],
        (
            6,
            ProblemKind::Transition {
                from: Status::Revoked,
                to: Status::Valid
            }
        )
    );
    assert!(matches!(kinds[2], (7, ProblemKind::BadSignature(_))));
    assert!(report.problems[1].to_string().contains("log entry 6"));

    // An event logged before its certificate is flagged and ignored.
    let mut entries = vec![reinstate.to_bytes()];
    entries.push(f.certificate.clone());
    let report = status_as_of(&entries, 2, &digest, &key).unwrap();
    assert_eq!(report.status, Status::Valid);
    assert_eq!(report.problems[0].kind, ProblemKind::BeforeCertificate);
}

#[test]
fn a_log_that_disagrees_with_the_bundle_is_caught() {
    let f = Fixture::new();
    // A log whose entry at the bundle's index is another certificate,
    // signed consistently by the log key.
    let mut lying = Fixture::new();
    lying.entries[OUR_INDEX as usize] = issue(&input("IOTM-2026-999999"), &f.body)
        .unwrap()
        .to_bytes();
    let note = lying.checkpoint_note(5, &f.log_key);
    let log = LogSnapshot {
        entries: &lying.entries,
        checkpoint: note.as_bytes(),
    };
    let err = verify(
        &f.bundle,
        &f.body.verifier(),
        &f.log_key.verifier(),
        day("2027-01-01"),
        Some(&log),
    )
    .unwrap_err();
    assert!(matches!(err, VerifyError::DigestMismatch { .. }), "{err}");

    // Entries that do not hash to the current checkpoint.
    let note = f.checkpoint_note(5, &f.log_key);
    let mut entries = f.entries.clone();
    entries[4] = b"tampered".to_vec();
    let log = LogSnapshot {
        entries: &entries,
        checkpoint: note.as_bytes(),
    };
    assert!(matches!(
        verify(
            &f.bundle,
            &f.body.verifier(),
            &f.log_key.verifier(),
            day("2027-01-01"),
            Some(&log)
        ),
        Err(VerifyError::LogInconsistent { .. })
    ));

    // A current checkpoint by another key.
    let note = f.checkpoint_note(5, &named("log.example.org", 8));
    let log = LogSnapshot {
        entries: &f.entries,
        checkpoint: note.as_bytes(),
    };
    assert!(matches!(
        verify(
            &f.bundle,
            &f.body.verifier(),
            &f.log_key.verifier(),
            day("2027-01-01"),
            Some(&log)
        ),
        Err(VerifyError::CheckpointWrongKey {
            which: CheckpointSource::Log,
            ..
        })
    ));
}

// ---- any single-byte change ----

/// Parses and verifies `bytes`; returns the bundle when it verifies.
fn verifies(f: &Fixture, bytes: &[u8]) -> Option<Bundle> {
    let bundle = Bundle::parse(bytes).ok()?;
    f.verify(&bundle, "2027-01-01").ok().map(|_| bundle)
}

fn assert_change_is_caught(f: &Fixture, original: &[u8], at: usize, byte: u8) {
    if original[at] == byte {
        return;
    }
    let mut changed = original.to_vec();
    changed[at] = byte;
    if let Some(bundle) = verifies(f, &changed) {
        // Only a change that leaves the content as it was (whitespace, an
        // escape for the same character) may still verify.
        assert_eq!(
            bundle, f.bundle,
            "byte {at} changed to {byte:#04x} verified with different content"
        );
    }
}

#[test]
fn flipping_any_bit_of_the_low_byte_anywhere_is_caught() {
    let f = Fixture::new();
    let original = f.bundle.to_json().into_bytes();
    assert!(verifies(&f, &original).is_some());
    for at in 0..original.len() {
        assert_change_is_caught(&f, &original, at, original[at] ^ 0x01);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn any_single_byte_change_fails_or_keeps_the_content(at in any::<prop::sample::Index>(), byte in any::<u8>()) {
        let f = FIXTURE.with(|f| f.clone());
        let original = f.bundle.to_json().into_bytes();
        assert_change_is_caught(&f, &original, at.index(original.len()), byte);
    }
}

thread_local! {
    static FIXTURE: std::rc::Rc<Fixture> = std::rc::Rc::new(Fixture::new());
}

// ---- the format document ----

/// The fenced code blocks of `docs/certificate-format.md`, in order.
fn doc_blocks() -> (String, Vec<String>) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../docs/certificate-format.md");
    let doc = fs::read_to_string(&path).expect("docs/certificate-format.md");
    let mut blocks = Vec::new();
    let mut current: Option<String> = None;
    for line in doc.lines() {
        match (&mut current, line.starts_with("```")) {
            (None, true) => current = Some(String::new()),
            (Some(block), true) => {
                blocks.push(std::mem::take(block));
                current = None;
            }
            (Some(block), false) => {
                block.push_str(line);
                block.push('\n');
            }
            (None, false) => {}
        }
    }
    (doc, blocks)
}

/// Every field path of a JSON value, as the document's tables name them:
/// `predicate.product.id`, `subject[]`, `subject[].name`, `predicate.evidence`.
/// Objects are entered, except those at `leaves`, which are fields themselves.
fn field_paths(value: &serde_json::Value, prefix: &str, leaves: &[&str], out: &mut Vec<String>) {
    let serde_json::Value::Object(map) = value else {
        return;
    };
    for (k, v) in map {
        let path = if prefix.is_empty() {
            k.clone()
        } else {
            format!("{prefix}.{k}")
        };
        match v {
            serde_json::Value::Array(items) if items.iter().any(|i| i.is_object()) => {
                let path = format!("{path}[]");
                out.push(path.clone());
                for item in items {
                    field_paths(item, &path, leaves, out);
                }
            }
            serde_json::Value::Object(_) if !leaves.contains(&path.as_str()) => {
                field_paths(v, &path, leaves, out);
            }
            _ => out.push(path),
        }
    }
}

#[test]
fn the_format_document_examples_verify_and_every_field_is_documented() {
    let (doc, blocks) = doc_blocks();
    let keys: Vec<&str> = blocks[0].lines().collect();
    let cert_key = iotmark_tlog::note::NoteVerifier::parse(keys[0]).unwrap();
    let log_key = iotmark_tlog::note::NoteVerifier::parse(keys[1]).unwrap();
    let bundle_block = blocks
        .iter()
        .find(|b| b.starts_with("{\n  \"format\": \"iotmark-bundle\""))
        .expect("an example bundle");
    let bundle = Bundle::parse(bundle_block.as_bytes()).unwrap();
    assert_eq!(
        bundle.to_json(),
        *bundle_block,
        "the example is as to_json writes it"
    );
    let ok = verify(&bundle, &cert_key, &log_key, day("2027-01-01"), None).unwrap();

    // The decoded certificate and the log entry shown are the bundle's.
    let statement_block = blocks
        .iter()
        .find(|b| b.contains("certificate/v1\",\n"))
        .expect("the decoded certificate");
    let shown: serde_json::Value = serde_json::from_str(statement_block).unwrap();
    let actual: serde_json::Value =
        serde_json::from_slice(&bundle.envelope.payload_bytes().unwrap()).unwrap();
    assert_eq!(shown, actual);
    assert!(
        blocks
            .iter()
            .any(|b| b.trim_end().as_bytes() == bundle.entry_bytes()),
        "the canonical log entry is shown"
    );

    // The status event names the certificate by its digest.
    let event_block = blocks
        .iter()
        .find(|b| b.contains("status/v1\",\n"))
        .expect("the decoded status event");
    let event: serde_json::Value = serde_json::from_str(event_block).unwrap();
    assert_eq!(
        event["subject"][0]["digest"]["sha256"],
        ok.certificate_digest.to_hex()
    );

    // Every field of every example is in a table.
    let mut paths = Vec::new();
    field_paths(&actual, "", &["predicate.grades"], &mut paths);
    field_paths(&event, "", &[], &mut paths);
    let bundle_json: serde_json::Value = serde_json::from_str(bundle_block).unwrap();
    field_paths(&bundle_json, "", &["envelope"], &mut paths);
    field_paths(&bundle_json["envelope"], "", &[], &mut paths);
    paths.sort();
    paths.dedup();
    assert!(paths.len() > 35, "{paths:?}");
    for path in paths {
        assert!(
            doc.contains(&format!("| `{path}` |")),
            "`{path}` is not documented"
        );
    }
}

#[test]
fn a_key_whose_verifier_key_has_a_plus_in_its_base64_loads() {
    use ed25519_dalek::pkcs8::EncodePrivateKey as _;
    // Seed 8 under this name gives `…+AROY9ixtGkV8UbpqS189vS9p/KkyFiGNyJl+QWvRfZPK`.
    let signing = SigningKey::from_bytes(&[8; 32]);
    let named = NamedKey::new("cb.example.org", signing.clone()).unwrap();
    let vkey = named.verifier_key();
    assert_eq!(vkey.matches('+').count(), 3, "{vkey}");

    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("key.pem");
    let pem = signing
        .to_pkcs8_pem(ed25519_dalek::pkcs8::spki::der::pem::LineEnding::LF)
        .unwrap();
    fs::write(&path, pem.as_bytes()).unwrap();
    fs::set_permissions(&path, fs::Permissions::from_mode(0o600)).unwrap();
    fs::write(key::public_key_path(&path), format!("{vkey}\n")).unwrap();
    assert_eq!(key::load(&path).unwrap().verifier_key(), vkey);
}

// ---------------------------------------------------------------------------
// Key events: rotation and withdrawal in the log, followed from a trusted key.

mod key_events {
    use super::*;
    use iotmark_cert::keyevent::{
        KEY_PREDICATE_TYPE, KeyChange, KeyHistory, KeyStatement, rotation_event, withdrawal_event,
    };

    fn id(k: &NamedKey) -> String {
        iotmark_cert::dsse::key_id(&k.verifier())
    }

    fn ids(h: &KeyHistory) -> Vec<String> {
        h.keys()
            .iter()
            .map(|k| iotmark_cert::dsse::key_id(&k.verifier))
            .collect()
    }

    #[test]
    fn a_rotation_and_a_withdrawal_are_followed_from_the_first_key() {
        let (first, second, third) = (
            body(),
            named("cb.example.org", 5),
            named("cb.example.org", 6),
        );
        let rotate = rotation_event(&first, &second, day("2027-01-01"), "yearly");
        // The entry parses as a key event and says what it is.
        let Entry::Key(event) = Entry::parse(&rotate.to_bytes()).expect("parses") else {
            panic!("not a key event");
        };
        assert_eq!(event.statement.predicate_type, KEY_PREDICATE_TYPE);
        assert_eq!(event.statement.predicate.change, KeyChange::Rotate);
        assert_eq!(event.statement.predicate.previous_key, Some(id(&first)));
        assert_eq!(rotate.key_ids(), vec![id(&first), id(&second)]);
        let rotate_again = rotation_event(&second, &third, day("2027-06-01"), "");
        let withdraw = withdrawal_event(&first.verifier(), &third, day("2027-07-01"), "exposed");
        // A certificate between them is passed over.
        let entries = vec![
            rotate.to_bytes(),
            b"not a key event".to_vec(),
            rotate_again.to_bytes(),
            withdraw.to_bytes(),
        ];
        let h = KeyHistory::replay(&[first.verifier()], &entries);
        assert!(h.problems().is_empty(), "{:?}", h.problems());
        assert_eq!(ids(&h), vec![id(&first), id(&second), id(&third)]);
        assert_eq!(h.keys()[0].retired_at, Some(0));
        assert_eq!(h.keys()[1].since, Some(0));
        assert_eq!(h.keys()[1].retired_at, Some(2));
        assert_eq!(
            h.keys()[0].withdrawn,
            Some((3, day("2027-07-01"), "exposed".to_owned()))
        );
        assert!(h.keys()[2].withdrawn.is_none());
        // Trusting only a later key, the earlier rotation does not count.
        let h = KeyHistory::replay(&[third.verifier()], &entries);
        assert_eq!(ids(&h), vec![id(&third)]);
        assert_eq!(h.problems().len(), 3, "{:?}", h.problems());
    }

    #[test]
    fn key_events_that_do_not_count_are_reported() {
        let (first, second, stranger) = (
            body(),
            named("cb.example.org", 5),
            named("cb.example.org", 7),
        );
        let check = |entries: Vec<Vec<u8>>, reason: &str| {
            let h = KeyHistory::replay(&[first.verifier()], &entries);
            assert_eq!(ids(&h), vec![id(&first)], "{reason}");
            let problems: Vec<String> = h.problems().iter().map(ToString::to_string).collect();
            assert!(
                problems.iter().any(|p| p.contains(reason)),
                "{reason:?} not in {problems:?}"
            );
        };
        // A stranger's key endorsing itself.
        check(
            vec![rotation_event(&stranger, &second, day("2027-01-01"), "").to_bytes()],
            "not a trusted key that is in use",
        );
        // The retiring key's signature replaced by the stranger's.
        let mut forged = rotation_event(&first, &second, day("2027-01-01"), "");
        let by_stranger = rotation_event(&stranger, &second, day("2027-01-01"), "");
        forged.signatures[0].sig = by_stranger.signatures[0].sig.clone();
        check(vec![forged.to_bytes()], "not signed by the retiring key");
        // Without the new key's signature.
        let mut one = rotation_event(&first, &second, day("2027-01-01"), "");
        one.signatures.truncate(1);
        check(vec![one.to_bytes()], "not signed by the new key");
        // A key withdrawing itself.
        check(
            vec![withdrawal_event(&first.verifier(), &first, day("2027-01-01"), "gone").to_bytes()],
            "not signed by another trusted key",
        );
    }

    #[test]
    fn malformed_key_statements_are_refused() {
        let first = body();
        let good = rotation_event(&first, &named("cb.example.org", 5), day("2027-01-01"), "");
        let payload = good.payload_bytes().expect("payload");
        let statement: serde_json::Value = serde_json::from_slice(&payload).expect("json");
        let refused = |edit: &dyn Fn(&mut serde_json::Value), field: &str| {
            let mut s = statement.clone();
            edit(&mut s);
            let err =
                KeyStatement::parse(&serde_json::to_vec(&s).expect("json")).expect_err("refused");
            assert!(err.to_string().contains(field), "{field}: {err}");
        };
        refused(
            &|s| s["predicate"]["key_id"] = "cb.example.org+00000000".into(),
            "predicate.key_id",
        );
        refused(
            &|s| s["predicate"]["verifier_key"] = "nonsense".into(),
            "predicate.verifier_key",
        );
        refused(
            &|s| {
                s["predicate"]
                    .as_object_mut()
                    .expect("object")
                    .remove("previous_key");
            },
            "predicate.previous_key",
        );
        refused(&|s| s["subject"][0]["name"] = "other".into(), "subject");
        refused(
            &|s| {
                s["predicate"]["change"] = "withdraw".into();
                s["predicate"]
                    .as_object_mut()
                    .expect("object")
                    .remove("previous_key");
            },
            "predicate.reason",
        );
        refused(&|s| s["predicate"]["change"] = "explode".into(), "explode");
    }
}
