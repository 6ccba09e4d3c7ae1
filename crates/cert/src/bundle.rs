//! Certificate bundles and their offline verification.
//!
//! A bundle is everything needed to check a certificate without asking
//! anyone: the certificate's DSSE envelope, where it sits in the
//! transparency log (index, tree size, inclusion proof) and the log's signed
//! checkpoint for that tree size. It is versioned JSON:
//!
//! ```json
//! {
//!   "format": "iotmark-bundle",
//!   "version": 1,
//!   "envelope": {"payloadType": "application/vnd.in-toto+json", "payload": "…", "signatures": [{"keyid": "…", "sig": "…"}]},
//!   "log_index": 0,
//!   "tree_size": 1,
//!   "inclusion_proof": [],
//!   "checkpoint": "log.example.org/iotmark\n1\n…\n\n— log.example.org …\n"
//! }
//! ```
//!
//! The log entry is the envelope's canonical bytes ([`Envelope::to_bytes`]),
//! so the envelope may be formatted in any way inside the bundle JSON.
//!
//! [`verify`] checks, in order: the envelope's signature by the
//! certification body's key; the statement; the checkpoint's signature by
//! the log's key; tree size and index; the inclusion proof against the
//! checkpoint root; when the log itself is given ([`LogView`]), that its
//! entries match its current checkpoint and the bundle, and the status the
//! log's events add up to ([`crate::event`]); and last the validity window at
//! the given date. Each failure is its own [`VerifyError`] variant.

use std::borrow::Cow;
use std::fmt;

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use chrono::NaiveDate;
use iotmark_tlog::checkpoint::Checkpoint;
use iotmark_tlog::hash::{Hash, leaf_hash};
use iotmark_tlog::note::{NoteVerifier, open_note, parse_note};
use iotmark_tlog::proof::{ProofError, verify_inclusion};
use iotmark_tlog::tree::MemoryTree;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::dsse::{self, DsseError, Envelope, IN_TOTO_PAYLOAD_TYPE};
use crate::event::{Status, StatusReplay, StatusReport};
use crate::statement::{CertificateStatement, Sha256Digest, StatementError};

/// The `format` of a bundle.
pub const BUNDLE_FORMAT: &str = "iotmark-bundle";

/// The bundle format version this crate writes and reads.
pub const BUNDLE_VERSION: u64 = 1;

/// A certificate bundle.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bundle {
    /// The certificate's envelope.
    pub envelope: Envelope,
    /// The index of the certificate's entry in the log.
    pub log_index: u64,
    /// The tree size of the checkpoint the proof is for.
    pub tree_size: u64,
    /// The inclusion proof (RFC 9162 audit path) of the entry in the tree of
    /// `tree_size` leaves; base64 hashes in JSON.
    pub inclusion_proof: Vec<Hash>,
    /// The log's signed checkpoint note for `tree_size`.
    pub checkpoint: String,
}

/// The JSON form, also used as a strict second pass that rejects duplicate
/// fields anywhere.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct BundleJson {
    format: String,
    version: u64,
    envelope: Envelope,
    log_index: u64,
    tree_size: u64,
    inclusion_proof: Vec<String>,
    checkpoint: String,
}

fn malformed(path: impl Into<String>, message: impl Into<String>) -> VerifyError {
    VerifyError::Malformed {
        path: path.into(),
        message: message.into(),
    }
}

fn object<'v>(value: &'v Value, path: &str) -> Result<&'v Map<String, Value>, VerifyError> {
    value
        .as_object()
        .ok_or_else(|| malformed(path, format!("expected an object, found {}", kind(value))))
}

fn string<'v>(value: &'v Value, path: &str) -> Result<&'v str, VerifyError> {
    value
        .as_str()
        .ok_or_else(|| malformed(path, format!("expected a string, found {}", kind(value))))
}

fn integer(value: &Value, path: &str) -> Result<u64, VerifyError> {
    value.as_u64().ok_or_else(|| {
        malformed(
            path,
            format!("expected a non-negative integer, found {}", kind(value)),
        )
    })
}

fn array<'v>(value: &'v Value, path: &str) -> Result<&'v [Value], VerifyError> {
    value
        .as_array()
        .map(Vec::as_slice)
        .ok_or_else(|| malformed(path, format!("expected an array, found {}", kind(value))))
}

fn kind(value: &Value) -> String {
    match value {
        Value::Null => "null".to_owned(),
        Value::Bool(b) => format!("`{b}`"),
        Value::Number(n) => format!("the number {n}"),
        Value::String(_) => "a string".to_owned(),
        Value::Array(_) => "an array".to_owned(),
        Value::Object(_) => "an object".to_owned(),
    }
}

fn join(prefix: &str, name: &str) -> String {
    if prefix.is_empty() {
        name.to_owned()
    } else {
        format!("{prefix}.{name}")
    }
}

/// The fields of `obj`, in `names` order; unknown or missing fields are
/// errors naming their path.
fn fields<'v, const N: usize>(
    obj: &'v Map<String, Value>,
    prefix: &str,
    names: [&str; N],
) -> Result<[&'v Value; N], VerifyError> {
    if let Some(unknown) = obj.keys().find(|k| !names.contains(&k.as_str())) {
        return Err(malformed(
            join(prefix, unknown),
            format!("unknown field (expected {})", names.join(", ")),
        ));
    }
    let mut out = [&Value::Null; N];
    for (slot, name) in out.iter_mut().zip(names) {
        *slot = obj
            .get(name)
            .ok_or_else(|| malformed(join(prefix, name), "missing field"))?;
    }
    Ok(out)
}

fn decode_hash(text: &str, path: &str) -> Result<Hash, VerifyError> {
    STANDARD
        .decode(text)
        .ok()
        .and_then(|b| Hash::try_from(b.as_slice()).ok())
        .ok_or_else(|| {
            malformed(
                path,
                "expected a 32-byte hash in standard padded base64 (44 characters)",
            )
        })
}

fn parse_envelope(value: &Value, path: &str) -> Result<Envelope, VerifyError> {
    let obj = object(value, path)?;
    let [payload_type, payload, signatures] =
        fields(obj, path, ["payloadType", "payload", "signatures"])?;
    let payload_type = string(payload_type, &join(path, "payloadType"))?.to_owned();
    let payload = string(payload, &join(path, "payload"))?.to_owned();
    STANDARD.decode(&payload).map_err(|e| {
        malformed(
            join(path, "payload"),
            format!("not standard padded base64: {e}"),
        )
    })?;
    let mut sigs = Vec::new();
    for (i, sig) in array(signatures, &join(path, "signatures"))?
        .iter()
        .enumerate()
    {
        let at = format!("{path}.signatures[{i}]");
        let [keyid, sig] = fields(object(sig, &at)?, &at, ["keyid", "sig"])?;
        sigs.push(dsse::EnvelopeSignature {
            keyid: string(keyid, &join(&at, "keyid"))?.to_owned(),
            sig: string(sig, &join(&at, "sig"))?.to_owned(),
        });
    }
    Ok(Envelope {
        payload_type,
        payload,
        signatures: sigs,
    })
}

impl Bundle {
    /// Parses bundle JSON strictly: every field present, no unknown or
    /// duplicate fields, `format` and `version` as this crate writes them,
    /// base64 where base64 belongs. Errors name the field path
    /// ([`VerifyError::Malformed`]).
    pub fn parse(bytes: &[u8]) -> Result<Bundle, VerifyError> {
        let value: Value =
            serde_json::from_slice(bytes).map_err(|e| malformed("$", format!("not JSON: {e}")))?;
        let obj = object(&value, "$")?;
        let [
            format,
            version,
            envelope,
            log_index,
            tree_size,
            inclusion_proof,
            checkpoint,
        ] = fields(
            obj,
            "",
            [
                "format",
                "version",
                "envelope",
                "log_index",
                "tree_size",
                "inclusion_proof",
                "checkpoint",
            ],
        )?;
        let format = string(format, "format")?;
        if format != BUNDLE_FORMAT {
            return Err(malformed(
                "format",
                format!("`{format}` is not `{BUNDLE_FORMAT}`"),
            ));
        }
        let version = integer(version, "version")?;
        if version != BUNDLE_VERSION {
            return Err(malformed(
                "version",
                format!(
                    "version {version} is not supported (this verifier reads version {BUNDLE_VERSION})"
                ),
            ));
        }
        let envelope = parse_envelope(envelope, "envelope")?;
        let log_index = integer(log_index, "log_index")?;
        let tree_size = integer(tree_size, "tree_size")?;
        let inclusion_proof = array(inclusion_proof, "inclusion_proof")?
            .iter()
            .enumerate()
            .map(|(i, h)| {
                let path = format!("inclusion_proof[{i}]");
                decode_hash(string(h, &path)?, &path)
            })
            .collect::<Result<Vec<_>, _>>()?;
        let checkpoint = string(checkpoint, "checkpoint")?.to_owned();
        // What the walk above cannot see: a field given twice.
        serde_json::from_slice::<BundleJson>(bytes).map_err(|e| malformed("$", e.to_string()))?;
        Ok(Bundle {
            envelope,
            log_index,
            tree_size,
            inclusion_proof,
            checkpoint,
        })
    }

    /// The bundle as JSON, indented by two spaces, ending in a newline.
    pub fn to_json(&self) -> String {
        let json = BundleJson {
            format: BUNDLE_FORMAT.to_owned(),
            version: BUNDLE_VERSION,
            envelope: self.envelope.clone(),
            log_index: self.log_index,
            tree_size: self.tree_size,
            inclusion_proof: self
                .inclusion_proof
                .iter()
                .map(|h| STANDARD.encode(h))
                .collect(),
            checkpoint: self.checkpoint.clone(),
        };
        let mut text = serde_json::to_string_pretty(&json)
            .expect("a bundle of strings and numbers always serialises");
        text.push('\n');
        text
    }

    /// The log entry bytes of the certificate.
    pub fn entry_bytes(&self) -> Vec<u8> {
        self.envelope.to_bytes()
    }
}

/// Builds a bundle from the log entry bytes of a certificate, its index, the
/// tree size, the inclusion proof and the signed checkpoint note for that
/// size. Checks that the pieces fit together (canonical envelope, checkpoint
/// readable, same size, index in range, proof leads to the checkpoint root);
/// signatures are checked by [`verify`].
pub fn make_bundle(
    envelope_bytes: &[u8],
    index: u64,
    tree_size: u64,
    proof: &[Hash],
    checkpoint_note: &[u8],
) -> Result<Bundle, VerifyError> {
    let envelope = Envelope::parse_canonical(envelope_bytes)
        .map_err(|e| malformed("envelope", e.to_string()))?;
    let checkpoint = read_checkpoint(checkpoint_note, CheckpointSource::Bundle)?;
    check_position(index, tree_size, &checkpoint)?;
    verify_inclusion(
        index,
        tree_size,
        &leaf_hash(envelope_bytes),
        proof,
        &checkpoint.root,
    )
    .map_err(|source| VerifyError::InclusionProof {
        index,
        size: tree_size,
        source,
    })?;
    let checkpoint = String::from_utf8(checkpoint_note.to_vec())
        .map_err(|_| malformed("checkpoint", "not UTF-8"))?;
    Ok(Bundle {
        envelope,
        log_index: index,
        tree_size,
        inclusion_proof: proof.to_vec(),
        checkpoint,
    })
}

/// Which checkpoint an error is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CheckpointSource {
    /// The checkpoint in the bundle.
    Bundle,
    /// The log's current checkpoint ([`LogView::checkpoint`]).
    Log,
}

impl fmt::Display for CheckpointSource {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            CheckpointSource::Bundle => "the bundle's checkpoint",
            CheckpointSource::Log => "the log's current checkpoint",
        })
    }
}

/// What a verifier may know of the log itself: its entries and its current
/// checkpoint. With it, [`verify`] also checks the certificate's status.
pub trait LogView {
    /// The log's latest signed checkpoint note.
    fn checkpoint(&self) -> &[u8];
    /// The entry at `index`; `None` when the log has no such entry.
    fn entry(&self, index: u64) -> Option<Cow<'_, [u8]>>;
}

/// A log held in memory: its entries in order and its current signed
/// checkpoint.
#[derive(Debug, Clone, Copy)]
pub struct LogSnapshot<'a> {
    /// The entries, from index 0.
    pub entries: &'a [Vec<u8>],
    /// The current signed checkpoint note.
    pub checkpoint: &'a [u8],
}

impl LogView for LogSnapshot<'_> {
    fn checkpoint(&self) -> &[u8] {
        self.checkpoint
    }

    fn entry(&self, index: u64) -> Option<Cow<'_, [u8]>> {
        usize::try_from(index)
            .ok()
            .and_then(|i| self.entries.get(i))
            .map(|e| Cow::Borrowed(e.as_slice()))
    }
}

/// A certificate that verified.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verified {
    /// The certificate's statement.
    pub statement: CertificateStatement,
    /// The SHA-256 of the certificate's log entry.
    pub certificate_digest: Sha256Digest,
    /// The log index of the certificate.
    pub log_index: u64,
    /// The bundle's checkpoint (origin, size, root).
    pub checkpoint: Checkpoint,
    /// The status from the log's events, when the log was given: `valid` or
    /// `attention` (anything else is an error), with its history and any
    /// flagged entries.
    pub status: Option<StatusReport>,
}

impl Verified {
    /// Checks that `bytes` are the certificate's subject `name` (the
    /// declaration, an evidence file or the assessment report).
    pub fn check_file(&self, name: &str, bytes: &[u8]) -> Result<(), VerifyError> {
        let subject = self
            .statement
            .subject(name)
            .ok_or_else(|| VerifyError::UnknownSubject {
                name: name.to_owned(),
                subjects: self
                    .statement
                    .subject
                    .iter()
                    .map(|s| s.name.clone())
                    .collect(),
            })?;
        let found = Sha256Digest::of(bytes);
        if found != subject.digest.sha256 {
            return Err(VerifyError::DigestMismatch {
                what: format!("`{name}`"),
                expected: subject.digest.sha256,
                found,
            });
        }
        Ok(())
    }
}

/// Why a bundle does not verify. Each reason is its own variant.
#[derive(Debug, thiserror::Error)]
pub enum VerifyError {
    /// The bundle JSON is not as the format says.
    #[error("malformed bundle at `{path}`: {message}")]
    Malformed {
        /// The JSON path of the field (`$` for the whole document).
        path: String,
        /// What is wrong and what was expected.
        message: String,
    },
    /// The signed statement is not a valid iotmark certificate.
    #[error("the signed statement is not a valid iotmark certificate: {0}")]
    InvalidCertificate(#[source] StatementError),
    /// No signature by the expected certification body key.
    #[error(
        "the certificate is not signed by the expected key `{expected}`: {}",
        found_keys(found)
    )]
    WrongKey {
        /// The expected key id (`name+8hex`).
        expected: String,
        /// The key ids of the envelope's signatures.
        found: Vec<String>,
    },
    /// The certificate is signed by a key the certification body withdrew
    /// (a key event in the log).
    #[error(
        "the certificate is signed by `{key}`, which the certification body withdrew on {on} (log entry {index}): {reason}"
    )]
    KeyWithdrawn {
        /// The key's id.
        key: String,
        /// The log index of the withdrawal.
        index: u64,
        /// The day it took effect.
        on: NaiveDate,
        /// Why.
        reason: String,
    },
    /// The certificate's signature does not verify.
    #[error(
        "the certificate's signature by `{keyid}` does not verify ({reason}): it was altered or forged"
    )]
    BadSignature {
        /// The signature's key id.
        keyid: String,
        /// Why.
        reason: String,
    },
    /// A checkpoint cannot be read.
    #[error("{which} is not a signed checkpoint: {message}")]
    CheckpointMalformed {
        /// Which checkpoint.
        which: CheckpointSource,
        /// Why.
        message: String,
    },
    /// A checkpoint is not signed by the log's key.
    #[error(
        "{which} is not signed by the log key `{expected}`: {}",
        found_keys(found)
    )]
    CheckpointWrongKey {
        /// Which checkpoint.
        which: CheckpointSource,
        /// The log key (`name+8hex`).
        expected: String,
        /// The keys that did sign it.
        found: Vec<String>,
    },
    /// A checkpoint's signature by the log's key does not verify.
    #[error("{which}'s signature by `{key}` does not verify: it was altered or forged")]
    CheckpointBadSignature {
        /// Which checkpoint.
        which: CheckpointSource,
        /// The log key.
        key: String,
    },
    /// `tree_size` is not the checkpoint's size.
    #[error("the bundle says tree size {bundle}, but its checkpoint is for tree size {checkpoint}")]
    SizeMismatch {
        /// The bundle's `tree_size`.
        bundle: u64,
        /// The checkpoint's size.
        checkpoint: u64,
    },
    /// `log_index` is not in the tree.
    #[error("log index {index} is outside a tree of size {size}")]
    IndexOutOfRange {
        /// The bundle's `log_index`.
        index: u64,
        /// The tree size.
        size: u64,
    },
    /// The inclusion proof does not lead to the checkpoint's root.
    #[error(
        "the inclusion proof of entry {index} does not lead to the checkpoint root of tree size {size}: {source}"
    )]
    InclusionProof {
        /// The entry index.
        index: u64,
        /// The tree size.
        size: u64,
        /// What the proof check found.
        #[source]
        source: ProofError,
    },
    /// The log given does not agree with its checkpoint or with the bundle.
    #[error("the log is inconsistent: {message}")]
    LogInconsistent {
        /// What disagrees.
        message: String,
    },
    /// Bytes do not have the digest the certificate or log says.
    #[error("{what} has SHA-256 {found}, but the certificate says {expected}")]
    DigestMismatch {
        /// What was checked (a log entry, a file).
        what: String,
        /// The digest expected.
        expected: Sha256Digest,
        /// The digest found.
        found: Sha256Digest,
    },
    /// The file is not a subject of the certificate.
    #[error("`{name}` is not covered by the certificate (its subjects are {subjects:?})")]
    UnknownSubject {
        /// The name asked for.
        name: String,
        /// The certificate's subject names.
        subjects: Vec<String>,
    },
    /// The log suspends the certificate.
    #[error(
        "the certificate is suspended as of checkpoint {as_of} (log entry {index}, effective {effective_on}): {reason}"
    )]
    Suspended {
        /// The log size the status was computed at.
        as_of: u64,
        /// The status event's index.
        index: u64,
        /// The reason given.
        reason: String,
        /// The date given.
        effective_on: NaiveDate,
    },
    /// The log revokes the certificate.
    #[error(
        "the certificate is revoked as of checkpoint {as_of} (log entry {index}, effective {effective_on}): {reason}"
    )]
    Revoked {
        /// The log size the status was computed at.
        as_of: u64,
        /// The status event's index.
        index: u64,
        /// The reason given.
        reason: String,
        /// The date given.
        effective_on: NaiveDate,
    },
    /// The log declares the certificate expired.
    #[error(
        "the certificate is expired as of checkpoint {as_of} (log entry {index}, effective {effective_on}): {reason}"
    )]
    ExpiredInLog {
        /// The log size the status was computed at.
        as_of: u64,
        /// The status event's index.
        index: u64,
        /// The reason given.
        reason: String,
        /// The date given.
        effective_on: NaiveDate,
    },
    /// The date is before the validity window.
    #[error("the certificate is not yet valid on {at}: it is valid from {valid_from}")]
    NotYetValid {
        /// The first valid day.
        valid_from: NaiveDate,
        /// The date checked.
        at: NaiveDate,
    },
    /// The date is after the validity window.
    #[error("the certificate expired: it was valid until {valid_until} and {at} is later")]
    Expired {
        /// The last valid day.
        valid_until: NaiveDate,
        /// The date checked.
        at: NaiveDate,
    },
}

fn found_keys(found: &[String]) -> String {
    if found.is_empty() {
        "it has no signature".to_owned()
    } else {
        let keys: Vec<String> = found.iter().map(|k| format!("`{k}`")).collect();
        format!("it is signed by {}", keys.join(", "))
    }
}

/// Reads a signed checkpoint note without checking a signature.
fn read_checkpoint(note: &[u8], which: CheckpointSource) -> Result<Checkpoint, VerifyError> {
    let parsed = parse_note(note).map_err(|e| VerifyError::CheckpointMalformed {
        which,
        message: e.to_string(),
    })?;
    Checkpoint::parse_text(&parsed.text).map_err(|e| VerifyError::CheckpointMalformed {
        which,
        message: e.to_string(),
    })
}

/// Reads a signed checkpoint note and requires a valid signature by `key`.
fn open_checkpoint(
    note: &[u8],
    key: &NoteVerifier,
    which: CheckpointSource,
) -> Result<Checkpoint, VerifyError> {
    let parsed = parse_note(note).map_err(|e| VerifyError::CheckpointMalformed {
        which,
        message: e.to_string(),
    })?;
    let expected = dsse::key_id(key);
    if !parsed
        .signatures
        .iter()
        .any(|s| s.name == key.name() && s.key_id == key.key_id())
    {
        return Err(VerifyError::CheckpointWrongKey {
            which,
            expected,
            found: parsed
                .signatures
                .iter()
                .map(|s| format!("{}+{:08x}", s.name, s.key_id))
                .collect(),
        });
    }
    let opened = open_note(note, key).map_err(|_| VerifyError::CheckpointBadSignature {
        which,
        key: expected,
    })?;
    Checkpoint::parse_text(&opened.text).map_err(|e| VerifyError::CheckpointMalformed {
        which,
        message: e.to_string(),
    })
}

fn check_position(index: u64, tree_size: u64, checkpoint: &Checkpoint) -> Result<(), VerifyError> {
    if tree_size != checkpoint.size {
        return Err(VerifyError::SizeMismatch {
            bundle: tree_size,
            checkpoint: checkpoint.size,
        });
    }
    if index >= tree_size {
        return Err(VerifyError::IndexOutOfRange {
            index,
            size: tree_size,
        });
    }
    Ok(())
}

/// Parses and verifies bundle JSON: [`Bundle::parse`] then [`verify`].
pub fn verify_json(
    bundle: &[u8],
    cert_key: &NoteVerifier,
    log_key: &NoteVerifier,
    at: NaiveDate,
    log: Option<&dyn LogView>,
) -> Result<Verified, VerifyError> {
    verify(&Bundle::parse(bundle)?, cert_key, log_key, at, log)
}

/// Verifies a bundle: signed by `cert_key`, in the log signed by `log_key`,
/// not suspended, revoked or expired in `log` (when given) as of its current
/// checkpoint, and valid on `at`. See the module docs for the order of the
/// checks.
pub fn verify(
    bundle: &Bundle,
    cert_key: &NoteVerifier,
    log_key: &NoteVerifier,
    at: NaiveDate,
    log: Option<&dyn LogView>,
) -> Result<Verified, VerifyError> {
    // 1. The certification body's signature.
    let payload = bundle.envelope.verify(cert_key).map_err(|e| match e {
        DsseError::WrongKey { expected, found } => VerifyError::WrongKey { expected, found },
        DsseError::BadSignature { keyid, reason } => VerifyError::BadSignature { keyid, reason },
        DsseError::Payload(e) => malformed(
            "envelope.payload",
            format!("not standard padded base64: {e}"),
        ),
        other => malformed("envelope", other.to_string()),
    })?;
    if bundle.envelope.payload_type != IN_TOTO_PAYLOAD_TYPE {
        return Err(malformed(
            "envelope.payloadType",
            format!(
                "`{}` is not `{IN_TOTO_PAYLOAD_TYPE}`",
                bundle.envelope.payload_type
            ),
        ));
    }

    // 2. The statement.
    let statement =
        CertificateStatement::parse(&payload).map_err(VerifyError::InvalidCertificate)?;
    let signer = dsse::key_id(cert_key);
    if statement.predicate.certification_body.key != signer {
        return Err(VerifyError::InvalidCertificate(StatementError::Invalid {
            field: "predicate.certification_body.key".to_owned(),
            message: format!(
                "names the key `{}`, but the certificate is signed by `{signer}`",
                statement.predicate.certification_body.key
            ),
        }));
    }

    // 3. The checkpoint, 4. its size and the index, 5. the inclusion proof.
    let checkpoint = open_checkpoint(
        bundle.checkpoint.as_bytes(),
        log_key,
        CheckpointSource::Bundle,
    )?;
    check_position(bundle.log_index, bundle.tree_size, &checkpoint)?;
    let entry = bundle.envelope.to_bytes();
    let certificate_digest = Sha256Digest::of(&entry);
    verify_inclusion(
        bundle.log_index,
        bundle.tree_size,
        &leaf_hash(&entry),
        &bundle.inclusion_proof,
        &checkpoint.root,
    )
    .map_err(|source| VerifyError::InclusionProof {
        index: bundle.log_index,
        size: bundle.tree_size,
        source,
    })?;

    // 6. The log and the status.
    let status = match log {
        Some(log) => Some(check_log(
            log,
            bundle,
            &checkpoint,
            &entry,
            certificate_digest,
            cert_key,
            log_key,
        )?),
        None => None,
    };

    // 7. The validity window.
    let p = &statement.predicate;
    if at < p.valid_from {
        return Err(VerifyError::NotYetValid {
            valid_from: p.valid_from,
            at,
        });
    }
    if at > p.valid_until {
        return Err(VerifyError::Expired {
            valid_until: p.valid_until,
            at,
        });
    }

    Ok(Verified {
        statement,
        certificate_digest,
        log_index: bundle.log_index,
        checkpoint,
        status,
    })
}

fn check_log(
    log: &dyn LogView,
    bundle: &Bundle,
    checkpoint: &Checkpoint,
    entry: &[u8],
    digest: Sha256Digest,
    cert_key: &NoteVerifier,
    log_key: &NoteVerifier,
) -> Result<StatusReport, VerifyError> {
    let inconsistent = |message: String| VerifyError::LogInconsistent { message };
    let current = open_checkpoint(log.checkpoint(), log_key, CheckpointSource::Log)?;
    if current.origin != checkpoint.origin {
        return Err(inconsistent(format!(
            "the log's origin is `{}`, the bundle's checkpoint is from `{}`",
            current.origin, checkpoint.origin
        )));
    }
    if current.size < checkpoint.size {
        return Err(inconsistent(format!(
            "the log's current checkpoint (size {}) is older than the bundle's (size {})",
            current.size, checkpoint.size
        )));
    }
    let mut tree = MemoryTree::new();
    let mut replay = StatusReplay::new(digest, cert_key);
    for index in 0..current.size {
        let bytes = log.entry(index).ok_or_else(|| {
            inconsistent(format!(
                "entry {index} is missing, but the current checkpoint has size {}",
                current.size
            ))
        })?;
        if index == bundle.log_index && bytes.as_ref() != entry {
            return Err(VerifyError::DigestMismatch {
                what: format!("log entry {index}"),
                expected: digest,
                found: Sha256Digest::of(&bytes),
            });
        }
        tree.push_entry(&bytes);
        replay.observe(index, &bytes);
    }
    if tree.root() != current.root {
        return Err(inconsistent(format!(
            "its first {} entries do not hash to the root of its current checkpoint",
            current.size
        )));
    }
    if tree.root_at(checkpoint.size).ok() != Some(checkpoint.root) {
        return Err(inconsistent(format!(
            "the bundle's checkpoint root is not the log's root at size {}",
            checkpoint.size
        )));
    }
    let report = replay
        .finish(current.size)
        .map_err(|e| inconsistent(e.to_string()))?;
    let as_of = current.size;
    if let Some(change) = report.last_change() {
        let (index, reason, effective_on) =
            (change.index, change.reason.clone(), change.effective_on);
        match report.status {
            Status::Suspended => {
                return Err(VerifyError::Suspended {
                    as_of,
                    index,
                    reason,
                    effective_on,
                });
            }
            Status::Revoked => {
                return Err(VerifyError::Revoked {
                    as_of,
                    index,
                    reason,
                    effective_on,
                });
            }
            Status::Expired => {
                return Err(VerifyError::ExpiredInLog {
                    as_of,
                    index,
                    reason,
                    effective_on,
                });
            }
            Status::Valid | Status::Attention => {}
        }
    }
    Ok(report)
}
