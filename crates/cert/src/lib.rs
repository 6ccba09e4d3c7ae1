//! iotmark certificates: signed, logged, verifiable offline.
//!
//! A certificate is a certification body's signed statement over a product's
//! declaration, evidence and assessment: the product and firmware, the
//! catalog version, the mark level and area grades, and a validity window
//! that never outlives the declared security support. This crate
//!
//! - keeps the body's Ed25519 key on disk ([`key`]: PKCS#8 PEM, mode 0600,
//!   with a C2SP verifier key line beside it);
//! - writes the certificate as an [in-toto Statement v1] ([`statement`])
//!   inside a [DSSE] envelope ([`dsse`]);
//! - defines what the transparency log's entries mean ([`event`]): the
//!   certificate itself, then status events (suspend, reinstate, revoke,
//!   expire, attention), and replays them into a status;
//! - packs a certificate with its inclusion proof and the log's signed
//!   checkpoint into a bundle and verifies it offline ([`bundle`]), saying
//!   exactly why when it does not verify.
//!
//! It does no network I/O and reads no clock: dates are handed in. The log
//! itself (Merkle tree, checkpoints, signed notes) is `iotmark-tlog`.
//! The JSON formats are documented in `docs/certificate-format.md`.
//!
//! ```
//! use chrono::NaiveDate;
//! use ed25519_dalek::SigningKey;
//! use iotmark_cert::{Artifact, CertificateInput, NamedKey, Sha256Digest, issue, make_bundle, verify};
//! use iotmark_tlog::{checkpoint::Checkpoint, tree::MemoryTree};
//!
//! let day = |s: &str| s.parse::<NaiveDate>().unwrap();
//! let body = NamedKey::new("cb.example.org", SigningKey::from_bytes(&[1; 32])).unwrap();
//! let log_key = NamedKey::new("log.example.org", SigningKey::from_bytes(&[2; 32])).unwrap();
//!
//! let input = CertificateInput {
//!     certificate_id: "IOTM-2026-000001".into(),
//!     product_id: "7d4kq0m2xa".into(),
//!     manufacturer: "Lumière Home SAS".into(),
//!     model: "LH-CI200".into(),
//!     firmware_version: "2.4.1".into(),
//!     declaration: Artifact::of("declaration.yaml", b"declaration"),
//!     evidence: vec![Artifact::of("sbom.cdx.json", b"sbom")],
//!     assessment: Artifact::of("assessment.json", b"assessment"),
//!     catalog_version: "2026.1".into(),
//!     catalog_sha256: Sha256Digest::of(b"catalog"),
//!     level: 2,
//!     grades: [("SEC".to_string(), "A".to_string())].into(),
//!     certification_body: "Example Certification Ltd".into(),
//!     assessor: "J. Doe".into(),
//!     issued_on: day("2026-11-05"),
//!     valid_from: day("2026-11-05"),
//!     valid_until: day("2029-11-04"),
//!     support_end: day("2030-12-31"),
//! };
//! let envelope = issue(&input, &body).unwrap();
//! let entry = envelope.to_bytes();
//!
//! // The log appends the entry and signs a checkpoint.
//! let mut tree = MemoryTree::new();
//! tree.push_entry(&entry);
//! let checkpoint = Checkpoint { origin: "log.example.org/iotmark".into(), size: 1, root: tree.root(), extensions: vec![] };
//! let note = checkpoint.sign(log_key.note_signer()).unwrap();
//! let proof = tree.inclusion_proof(0, 1).unwrap();
//! let bundle = make_bundle(&entry, 0, 1, &proof, note.as_bytes()).unwrap();
//!
//! let ok = verify(&bundle, &body.verifier(), &log_key.verifier(), day("2027-01-01"), None).unwrap();
//! assert_eq!(ok.statement.predicate.level, 2);
//! assert!(verify(&bundle, &body.verifier(), &log_key.verifier(), day("2030-01-01"), None).is_err());
//! ```
//!
//! [in-toto Statement v1]: https://github.com/in-toto/attestation/blob/main/spec/v1/statement.md
//! [DSSE]: https://github.com/secure-systems-lab/dsse

pub mod bundle;
pub mod dsse;
pub mod event;
pub mod key;
pub mod keyevent;
pub mod statement;

pub use bundle::{
    BUNDLE_FORMAT, BUNDLE_VERSION, Bundle, CheckpointSource, LogSnapshot, LogView, Verified,
    VerifyError, make_bundle, verify, verify_json,
};
pub use dsse::{DsseError, Envelope, EnvelopeSignature, IN_TOTO_PAYLOAD_TYPE, key_id, pae};
pub use event::{
    Entry, EntryError, EventError, STATUS_PREDICATE_TYPE, Status, StatusReplay, StatusReport,
    status_as_of, status_event,
};
pub use key::{KeyError, NamedKey};
pub use statement::{
    Artifact, CERTIFICATE_PREDICATE_TYPE, CertificateInput, CertificateStatement, STATEMENT_TYPE,
    Sha256Digest, StatementError, issue,
};
