//! Log entries of the certificate layer, and the status they add up to.
//!
//! A transparency log stores bytes; this module says what they mean. Every
//! entry is a canonical DSSE envelope ([`crate::dsse`]) of an in-toto
//! statement, one of:
//!
//! - **issue**: the certificate itself ([`CERTIFICATE_PREDICATE_TYPE`]);
//!   once logged, the certificate is [`Status::Valid`];
//! - **status change** ([`STATUS_PREDICATE_TYPE`]): suspend, reinstate,
//!   revoke, expire, or flag for attention and clear. The statement's only
//!   subject is the certificate, named by its id, with the SHA-256 of the
//!   certificate envelope's log entry bytes; the predicate
//!   ([`StatusPredicate`]) gives the new status, the status it replaces, the
//!   reason and the date it takes effect.
//!
//! Allowed changes ([`Status::can_become`]):
//!
//! | from \ to  | valid | attention | suspended | revoked | expired |
//! |------------|-------|-----------|-----------|---------|---------|
//! | valid      |       | yes       | yes       | yes     | yes     |
//! | attention  | yes   |           | yes       | yes     | yes     |
//! | suspended  | yes   |           |           | yes     | yes     |
//! | revoked    |       |           |           |         |         |
//! | expired    |       |           |           |         |         |
//!
//! - **key change** ([`crate::keyevent::KEY_PREDICATE_TYPE`]): a
//!   certification body's key rotated or withdrawn ([`crate::keyevent`]).
//!
//! Revoked and expired are final. [`status_event`] refuses any other change;
//! replaying a log ([`status_as_of`], [`StatusReplay`]) skips it and reports
//! it as a [`ReplayProblem`]. A status event counts only when it is signed
//! by the same key as the certificate. Changes take effect in log order;
//! the `effective_on` date is reported, not interpreted.

use std::fmt;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::dsse::{DsseError, Envelope, IN_TOTO_PAYLOAD_TYPE};
use crate::key::NamedKey;
use crate::statement::{
    CERTIFICATE_PREDICATE_TYPE, CertificateStatement, DigestSet, STATEMENT_TYPE, Sha256Digest,
    Statement, StatementError, Subject, check_certificate_id,
};
use iotmark_tlog::note::NoteVerifier;

/// The `predicateType` of a status event.
pub const STATUS_PREDICATE_TYPE: &str = "https://iotmark.org/attestation/status/v1";

/// The status of a certificate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// Issued and in force.
    Valid,
    /// In force, but something new needs an answer from the manufacturer.
    Attention,
    /// Not in force until reinstated.
    Suspended,
    /// Withdrawn for good.
    Revoked,
    /// Ended (validity or security support is over); final.
    Expired,
}

impl Status {
    /// The lowercase name used in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Valid => "valid",
            Status::Attention => "attention",
            Status::Suspended => "suspended",
            Status::Revoked => "revoked",
            Status::Expired => "expired",
        }
    }

    /// Whether a certificate in this status may move to `next` (see the
    /// module table).
    pub fn can_become(self, next: Status) -> bool {
        use Status::*;
        matches!(
            (self, next),
            (Valid, Attention | Suspended | Revoked | Expired)
                | (Attention, Valid | Suspended | Revoked | Expired)
                | (Suspended, Valid | Revoked | Expired)
        )
    }

    /// Whether the certificate is in force (valid or attention).
    pub fn is_in_force(self) -> bool {
        matches!(self, Status::Valid | Status::Attention)
    }

    /// Whether no further change is possible.
    pub fn is_final(self) -> bool {
        matches!(self, Status::Revoked | Status::Expired)
    }
}

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The predicate of a status event (`predicateType`
/// [`STATUS_PREDICATE_TYPE`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StatusPredicate {
    /// The id of the certificate whose status changes.
    pub certificate_id: String,
    /// The new status.
    pub status: Status,
    /// The status it replaces.
    pub previous_status: Status,
    /// Why, in plain language.
    pub reason: String,
    /// The day the change takes effect.
    pub effective_on: NaiveDate,
}

/// A status event statement.
pub type StatusStatement = Statement<StatusPredicate>;

impl StatusStatement {
    /// Parses and checks a status statement (a DSSE payload): the types, a
    /// single subject named by a well-formed certificate id equal to the
    /// predicate's, a non-empty reason.
    pub fn parse(payload: &[u8]) -> Result<StatusStatement, StatementError> {
        let raw: Statement<serde_json::Value> =
            serde_json::from_slice(payload).map_err(StatementError::Json)?;
        if raw.statement_type != STATEMENT_TYPE {
            return Err(StatementError::StatementType(raw.statement_type));
        }
        if raw.predicate_type != STATUS_PREDICATE_TYPE {
            return Err(StatementError::PredicateType {
                expected: STATUS_PREDICATE_TYPE,
                found: raw.predicate_type,
            });
        }
        let statement: StatusStatement =
            serde_json::from_slice(payload).map_err(StatementError::Json)?;
        let invalid = |field: &str, message: String| StatementError::Invalid {
            field: field.to_owned(),
            message,
        };
        let p = &statement.predicate;
        check_certificate_id(&p.certificate_id)
            .map_err(|m| invalid("predicate.certificate_id", m))?;
        if p.reason.trim().is_empty() {
            return Err(invalid("predicate.reason", "must not be empty".to_owned()));
        }
        match statement.subject.as_slice() {
            [only] if only.name == p.certificate_id => {}
            [only] => {
                return Err(invalid(
                    "subject[0].name",
                    format!(
                        "`{}` is not the certificate id `{}` of the predicate",
                        only.name, p.certificate_id
                    ),
                ));
            }
            _ => {
                return Err(invalid(
                    "subject",
                    format!(
                        "a status event has exactly one subject, the certificate (found {})",
                        statement.subject.len()
                    ),
                ));
            }
        }
        Ok(statement)
    }

    /// The digest of the certificate envelope this event is about.
    pub fn certificate_digest(&self) -> Option<Sha256Digest> {
        self.subject.first().map(|s| s.digest.sha256)
    }

    /// The statement as JSON bytes (the DSSE payload).
    pub fn to_bytes(&self) -> Vec<u8> {
        serde_json::to_vec(self).expect("a statement of strings and dates always serialises")
    }
}

/// Why a status event cannot be made.
#[derive(Debug, thiserror::Error)]
pub enum EventError {
    /// The certificate bytes are not a certificate log entry.
    #[error("not a certificate: {0}")]
    Certificate(#[source] EntryError),
    /// The certificate was not signed by the key signing the event.
    #[error(
        "the certificate is not signed by `{key}`, so that key cannot change its status: {source}"
    )]
    NotOurs {
        /// The event signer's key id.
        key: String,
        /// Why the certificate does not verify with it.
        #[source]
        source: DsseError,
    },
    /// The change is not allowed.
    #[error("a {from} certificate cannot become {to}{}", if from.is_final() { format!(" ({from} is final)") } else { String::new() })]
    Transition {
        /// The current status.
        from: Status,
        /// The requested status.
        to: Status,
    },
    /// No reason given.
    #[error("a status change needs a reason")]
    NoReason,
    /// The change would take effect before the certificate was issued.
    #[error(
        "the change takes effect on {effective_on}, before the certificate was issued on {issued_on}"
    )]
    BeforeIssue {
        /// The requested effective date.
        effective_on: NaiveDate,
        /// The certificate's issue date.
        issued_on: NaiveDate,
    },
}

/// Makes a signed status event changing `certificate` (the certificate's log
/// entry bytes) from `previous` to `status`, effective on `effective_on`,
/// for `reason`. `key` must be the key that signed the certificate.
///
/// Suspend is `Valid`/`Attention` → `Suspended`, reinstate is `Suspended` →
/// `Valid`, revoke is any non-final status → `Revoked`, expire is → `Expired`.
/// A change the table in the module docs does not allow is refused.
pub fn status_event(
    certificate: &[u8],
    previous: Status,
    status: Status,
    reason: &str,
    effective_on: NaiveDate,
    key: &NamedKey,
) -> Result<Envelope, EventError> {
    let Entry::Certificate(cert) = Entry::parse(certificate).map_err(EventError::Certificate)?
    else {
        return Err(EventError::Certificate(EntryError::NotCertificate));
    };
    cert.envelope
        .verify(&key.verifier())
        .map_err(|source| EventError::NotOurs {
            key: crate::dsse::key_id(&key.verifier()),
            source,
        })?;
    if !previous.can_become(status) {
        return Err(EventError::Transition {
            from: previous,
            to: status,
        });
    }
    if reason.trim().is_empty() {
        return Err(EventError::NoReason);
    }
    let issued_on = cert.statement.predicate.issued_on;
    if effective_on < issued_on {
        return Err(EventError::BeforeIssue {
            effective_on,
            issued_on,
        });
    }
    let id = cert.statement.predicate.certificate_id.clone();
    let statement = StatusStatement {
        statement_type: STATEMENT_TYPE.to_owned(),
        subject: vec![Subject {
            name: id.clone(),
            digest: DigestSet {
                sha256: cert.digest,
            },
        }],
        predicate_type: STATUS_PREDICATE_TYPE.to_owned(),
        predicate: StatusPredicate {
            certificate_id: id,
            status,
            previous_status: previous,
            reason: reason.to_owned(),
            effective_on,
        },
    };
    Ok(Envelope::sign(
        IN_TOTO_PAYLOAD_TYPE,
        &statement.to_bytes(),
        key,
    ))
}

/// A certificate as found in the log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Certificate {
    /// The envelope.
    pub envelope: Envelope,
    /// The statement it carries (signature not checked by [`Entry::parse`]).
    pub statement: CertificateStatement,
    /// The SHA-256 of the entry bytes: how status events name it.
    pub digest: Sha256Digest,
}

/// A status event as found in the log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatusEvent {
    /// The envelope.
    pub envelope: Envelope,
    /// The statement it carries (signature not checked by [`Entry::parse`]).
    pub statement: StatusStatement,
    /// The SHA-256 of the entry bytes.
    pub digest: Sha256Digest,
}

/// A log entry of the certificate layer.
#[allow(
    clippy::large_enum_variant,
    reason = "entries are read one at a time; boxing buys nothing"
)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Entry {
    /// A certificate is issued.
    Certificate(Certificate),
    /// A certificate's status changes.
    Status(StatusEvent),
    /// A certification body's key changes ([`crate::keyevent`]).
    Key(crate::keyevent::KeyEvent),
}

/// Why log entry bytes are not a certificate-layer entry.
#[derive(Debug, thiserror::Error)]
pub enum EntryError {
    /// Not a canonical DSSE envelope.
    #[error("the entry is not a canonical DSSE envelope: {0}")]
    Envelope(#[source] DsseError),
    /// The envelope does not carry an in-toto statement.
    #[error("the envelope's payloadType is `{0}`, expected `{IN_TOTO_PAYLOAD_TYPE}`")]
    PayloadType(String),
    /// The statement is neither a certificate nor a status event, or breaks
    /// the format.
    #[error("the entry's statement is not an iotmark certificate, status event or key event: {0}")]
    Statement(#[source] StatementError),
    /// A certificate was expected.
    #[error("the entry is a status or key event, not a certificate")]
    NotCertificate,
}

impl Entry {
    /// Classifies log entry bytes. Checks the structure (canonical envelope,
    /// in-toto statement, known predicate type, format rules), not the
    /// signature: that needs the certification body's key.
    pub fn parse(bytes: &[u8]) -> Result<Entry, EntryError> {
        let envelope = Envelope::parse_canonical(bytes).map_err(EntryError::Envelope)?;
        if envelope.payload_type != IN_TOTO_PAYLOAD_TYPE {
            return Err(EntryError::PayloadType(envelope.payload_type));
        }
        let payload = envelope.payload_bytes().map_err(EntryError::Envelope)?;
        let raw: Statement<serde_json::Value> = serde_json::from_slice(&payload)
            .map_err(|e| EntryError::Statement(StatementError::Json(e)))?;
        let digest = Sha256Digest::of(bytes);
        match raw.predicate_type.as_str() {
            CERTIFICATE_PREDICATE_TYPE => {
                let statement =
                    CertificateStatement::parse(&payload).map_err(EntryError::Statement)?;
                Ok(Entry::Certificate(Certificate {
                    envelope,
                    statement,
                    digest,
                }))
            }
            STATUS_PREDICATE_TYPE => {
                let statement = StatusStatement::parse(&payload).map_err(EntryError::Statement)?;
                Ok(Entry::Status(StatusEvent {
                    envelope,
                    statement,
                    digest,
                }))
            }
            crate::keyevent::KEY_PREDICATE_TYPE => {
                let statement = crate::keyevent::KeyStatement::parse(&payload)
                    .map_err(EntryError::Statement)?;
                Ok(Entry::Key(crate::keyevent::KeyEvent {
                    envelope,
                    statement,
                    digest,
                }))
            }
            other => Err(EntryError::Statement(StatementError::PredicateType {
                expected: CERTIFICATE_PREDICATE_TYPE,
                found: other.to_owned(),
            })),
        }
    }
}

/// A status change that replay applied.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AppliedChange {
    /// The log index of the status event.
    pub index: u64,
    /// The status before.
    pub from: Status,
    /// The status after.
    pub to: Status,
    /// The reason given.
    pub reason: String,
    /// The date given for the change to take effect.
    pub effective_on: NaiveDate,
}

/// Something wrong that replay found in a log entry about the certificate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReplayProblem {
    /// The log index of the entry.
    pub index: u64,
    /// What is wrong.
    pub kind: ProblemKind,
}

/// What is wrong with a log entry about a certificate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProblemKind {
    /// A status event not signed by the certificate's key; ignored.
    BadSignature(String),
    /// A status event before the certificate is in the log; ignored.
    BeforeCertificate,
    /// A status event whose certificate id is not the certificate's; ignored.
    CertificateIdMismatch {
        /// The certificate's id.
        expected: String,
        /// The event's.
        found: String,
    },
    /// A change the rules do not allow from the current status; ignored.
    Transition {
        /// The status at that point of the log.
        from: Status,
        /// The status the event asked for.
        to: Status,
    },
    /// The event's `previous_status` is not the status at that point of the
    /// log; applied anyway when the change is allowed from the actual status.
    PreviousMismatch {
        /// What the event says.
        claimed: Status,
        /// What replay found.
        actual: Status,
    },
    /// The certificate is logged again; the first entry counts.
    DuplicateCertificate {
        /// The index of the first entry.
        first: u64,
    },
}

impl fmt::Display for ReplayProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "log entry {}: ", self.index)?;
        match &self.kind {
            ProblemKind::BadSignature(why) => {
                write!(
                    f,
                    "status event not signed by the certificate's key ({why}); ignored"
                )
            }
            ProblemKind::BeforeCertificate => {
                write!(f, "status event before the certificate was logged; ignored")
            }
            ProblemKind::CertificateIdMismatch { expected, found } => write!(
                f,
                "status event names certificate `{found}`, not `{expected}`; ignored"
            ),
            ProblemKind::Transition { from, to } => {
                write!(f, "a {from} certificate cannot become {to}; ignored")
            }
            ProblemKind::PreviousMismatch { claimed, actual } => write!(
                f,
                "status event says the certificate was {claimed}, but it was {actual}"
            ),
            ProblemKind::DuplicateCertificate { first } => {
                write!(
                    f,
                    "the certificate is logged again (first at entry {first}); ignored"
                )
            }
        }
    }
}

/// The status of a certificate as of a log size.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatusReport {
    /// The status.
    pub status: Status,
    /// The log index of the certificate.
    pub certificate_index: u64,
    /// The log size the status holds at.
    pub log_size: u64,
    /// The changes applied, in log order.
    pub changes: Vec<AppliedChange>,
    /// Entries about the certificate that replay flagged.
    pub problems: Vec<ReplayProblem>,
}

impl StatusReport {
    /// The change that set the current status (`None` while the status is
    /// still the `valid` of issuance).
    pub fn last_change(&self) -> Option<&AppliedChange> {
        self.changes.last()
    }
}

/// Why a status cannot be computed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum StatusError {
    /// Fewer entries than the size asked for.
    #[error("the log has {available} entries, fewer than the size {size} asked for")]
    SizeBeyondLog {
        /// The size asked for.
        size: u64,
        /// The entries available.
        available: u64,
    },
    /// The certificate is not among the first `size` entries.
    #[error("certificate {digest} is not among the first {size} log entries")]
    NotInLog {
        /// The certificate envelope's digest.
        digest: Sha256Digest,
        /// The log size searched.
        size: u64,
    },
}

/// Replays log entries, one at a time in log order, for one certificate.
pub struct StatusReplay<'a> {
    certificate: Sha256Digest,
    key: &'a NoteVerifier,
    certificate_id: Option<String>,
    index: Option<u64>,
    status: Status,
    changes: Vec<AppliedChange>,
    problems: Vec<ReplayProblem>,
    seen: u64,
}

impl fmt::Debug for StatusReplay<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("StatusReplay")
            .field("certificate", &self.certificate)
            .field("key", &crate::dsse::key_id(self.key))
            .field("index", &self.index)
            .field("status", &self.status)
            .field("seen", &self.seen)
            .finish_non_exhaustive()
    }
}

impl<'a> StatusReplay<'a> {
    /// Starts a replay for the certificate whose envelope bytes have digest
    /// `certificate`; status events count only when `key` signed them.
    pub fn new(certificate: Sha256Digest, key: &'a NoteVerifier) -> Self {
        StatusReplay {
            certificate,
            key,
            certificate_id: None,
            index: None,
            status: Status::Valid,
            changes: Vec::new(),
            problems: Vec::new(),
            seen: 0,
        }
    }

    /// Takes the next entry (at log index `index`). Entries that are not
    /// about the certificate, or not readable as certificate-layer entries,
    /// are passed over.
    pub fn observe(&mut self, index: u64, entry: &[u8]) {
        self.seen = self.seen.max(index + 1);
        let digest = Sha256Digest::of(entry);
        if digest == self.certificate {
            match self.index {
                Some(first) => self.flag(index, ProblemKind::DuplicateCertificate { first }),
                None => {
                    if let Ok(Entry::Certificate(c)) = Entry::parse(entry) {
                        self.certificate_id = Some(c.statement.predicate.certificate_id);
                        self.index = Some(index);
                    }
                }
            }
            return;
        }
        let Ok(Entry::Status(event)) = Entry::parse(entry) else {
            return;
        };
        if event.statement.certificate_digest() != Some(self.certificate) {
            return;
        }
        let Some(expected_id) = self.certificate_id.clone() else {
            self.flag(index, ProblemKind::BeforeCertificate);
            return;
        };
        if let Err(e) = event.envelope.verify(self.key) {
            self.flag(index, ProblemKind::BadSignature(e.to_string()));
            return;
        }
        let p = event.statement.predicate;
        if p.certificate_id != expected_id {
            self.flag(
                index,
                ProblemKind::CertificateIdMismatch {
                    expected: expected_id,
                    found: p.certificate_id,
                },
            );
            return;
        }
        if !self.status.can_become(p.status) {
            self.flag(
                index,
                ProblemKind::Transition {
                    from: self.status,
                    to: p.status,
                },
            );
            return;
        }
        if p.previous_status != self.status {
            self.flag(
                index,
                ProblemKind::PreviousMismatch {
                    claimed: p.previous_status,
                    actual: self.status,
                },
            );
        }
        self.changes.push(AppliedChange {
            index,
            from: self.status,
            to: p.status,
            reason: p.reason,
            effective_on: p.effective_on,
        });
        self.status = p.status;
    }

    fn flag(&mut self, index: u64, kind: ProblemKind) {
        self.problems.push(ReplayProblem { index, kind });
    }

    /// The status after the entries observed, as of log size `size`.
    pub fn finish(self, size: u64) -> Result<StatusReport, StatusError> {
        let Some(certificate_index) = self.index else {
            return Err(StatusError::NotInLog {
                digest: self.certificate,
                size,
            });
        };
        Ok(StatusReport {
            status: self.status,
            certificate_index,
            log_size: size,
            changes: self.changes,
            problems: self.problems,
        })
    }
}

/// The status of the certificate whose envelope bytes have digest
/// `certificate`, as of log size `size`, from the log's `entries` in order.
/// Status events count only when signed by `key` (the certificate's);
/// flagged entries are in [`StatusReport::problems`].
pub fn status_as_of<E: AsRef<[u8]>>(
    entries: &[E],
    size: u64,
    certificate: &Sha256Digest,
    key: &NoteVerifier,
) -> Result<StatusReport, StatusError> {
    let available = entries.len() as u64;
    if size > available {
        return Err(StatusError::SizeBeyondLog { size, available });
    }
    let mut replay = StatusReplay::new(*certificate, key);
    for (index, entry) in (0..size).zip(entries) {
        replay.observe(index, entry.as_ref());
    }
    replay.finish(size)
}
