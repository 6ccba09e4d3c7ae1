//! Key events: a certification body's key changes, logged beside its
//! certificates so that anyone can follow them.
//!
//! A key event is a log entry like the others ([`crate::event::Entry::Key`]):
//! a canonical DSSE envelope of an in-toto statement with `predicateType`
//! [`KEY_PREDICATE_TYPE`], whose only subject is the key (named by its key
//! id, with the SHA-256 of its verifier key line). Two changes:
//!
//! - **rotate**: `key_id` becomes the active key and `previous_key` is
//!   retired (it signs no new certificates, only status changes of its
//!   own). Signed by the previous key — its endorsement — and by the new
//!   key, which proves the certification body holds it.
//! - **withdraw**: `key_id` is withdrawn (lost or exposed) from
//!   `effective_on`, for `reason`; certificates it signed are no longer
//!   trusted. Signed by another key the body holds.
//!
//! [`KeyHistory`] replays a log from the keys a verifier already trusts: a
//! rotation counts only when the retiring key is trusted and not withdrawn
//! and both signatures verify, and a withdrawal only when a trusted,
//! not-withdrawn key other than the withdrawn one signed it. Other entries
//! are passed over; an event that does not count is reported, never
//! applied.

use std::fmt;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::dsse::{Envelope, IN_TOTO_PAYLOAD_TYPE, key_id};
use crate::event::Entry;
use crate::key::NamedKey;
use crate::statement::{
    DigestSet, STATEMENT_TYPE, Sha256Digest, Statement, StatementError, Subject,
};
use iotmark_tlog::note::NoteVerifier;

/// The `predicateType` of a key event.
pub const KEY_PREDICATE_TYPE: &str = "https://iotmark.org/attestation/key/v1";

/// What happens to the key.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum KeyChange {
    /// The key becomes the active one; `previous_key` is retired.
    Rotate,
    /// The key is withdrawn.
    Withdraw,
}

/// The predicate of a key event.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KeyPredicate {
    /// What happens to the key.
    pub change: KeyChange,
    /// The key's id (`name+xxxxxxxx`).
    pub key_id: String,
    /// Its C2SP verifier key line.
    pub verifier_key: String,
    /// With `rotate`: the key retired.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub previous_key: Option<String>,
    /// The day the change takes effect.
    pub effective_on: NaiveDate,
    /// Why (required for `withdraw`; may be empty for `rotate`).
    pub reason: String,
}

/// A key event statement.
pub type KeyStatement = Statement<KeyPredicate>;

impl KeyStatement {
    /// Parses and checks a key statement (a DSSE payload): the types, one
    /// subject naming the key with the digest of its verifier key, a
    /// verifier key whose id is `key_id`, a previous key exactly for a
    /// rotation, a reason for a withdrawal.
    pub fn parse(payload: &[u8]) -> Result<KeyStatement, StatementError> {
        let raw: Statement<serde_json::Value> =
            serde_json::from_slice(payload).map_err(StatementError::Json)?;
        if raw.statement_type != STATEMENT_TYPE {
            return Err(StatementError::StatementType(raw.statement_type));
        }
        if raw.predicate_type != KEY_PREDICATE_TYPE {
            return Err(StatementError::PredicateType {
                expected: KEY_PREDICATE_TYPE,
                found: raw.predicate_type,
            });
        }
        let statement: KeyStatement =
            serde_json::from_slice(payload).map_err(StatementError::Json)?;
        let invalid = |field: &str, message: String| StatementError::Invalid {
            field: field.to_owned(),
            message,
        };
        let p = &statement.predicate;
        let verifier = NoteVerifier::parse(&p.verifier_key).map_err(|e| {
            invalid(
                "predicate.verifier_key",
                format!("not a C2SP verifier key: {e}"),
            )
        })?;
        if key_id(&verifier) != p.key_id {
            return Err(invalid(
                "predicate.key_id",
                format!(
                    "`{}` is not the id of the verifier key (`{}`)",
                    p.key_id,
                    key_id(&verifier)
                ),
            ));
        }
        match (p.change, &p.previous_key) {
            (KeyChange::Rotate, None) => {
                return Err(invalid(
                    "predicate.previous_key",
                    "a rotation names the key it retires".to_owned(),
                ));
            }
            (KeyChange::Rotate, Some(prev)) if *prev == p.key_id => {
                return Err(invalid(
                    "predicate.previous_key",
                    "a key cannot replace itself".to_owned(),
                ));
            }
            (KeyChange::Withdraw, Some(_)) => {
                return Err(invalid(
                    "predicate.previous_key",
                    "a withdrawal names no previous key".to_owned(),
                ));
            }
            (KeyChange::Withdraw, None) if p.reason.trim().is_empty() => {
                return Err(invalid(
                    "predicate.reason",
                    "a withdrawal needs a reason".to_owned(),
                ));
            }
            _ => {}
        }
        let digest = Sha256Digest::of(p.verifier_key.as_bytes());
        match statement.subject.as_slice() {
            [only] if only.name == p.key_id && only.digest.sha256 == digest => {}
            _ => {
                return Err(invalid(
                    "subject",
                    "a key event has exactly one subject: the key, by its id and the SHA-256 of its verifier key"
                        .to_owned(),
                ));
            }
        }
        Ok(statement)
    }

    /// The statement as JSON bytes (the DSSE payload).
    pub fn to_bytes(&self) -> Vec<u8> {
        serde_json::to_vec(self).expect("a statement of strings and dates always serialises")
    }
}

/// A key event as found in the log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyEvent {
    /// The envelope.
    pub envelope: Envelope,
    /// The statement it carries (signatures not checked by
    /// [`Entry::parse`]).
    pub statement: KeyStatement,
    /// The SHA-256 of the entry bytes.
    pub digest: Sha256Digest,
}

fn statement(
    change: KeyChange,
    key: &NoteVerifier,
    previous_key: Option<String>,
    effective_on: NaiveDate,
    reason: &str,
) -> KeyStatement {
    let verifier_key = key.to_vkey();
    Statement {
        statement_type: STATEMENT_TYPE.to_owned(),
        subject: vec![Subject {
            name: key_id(key),
            digest: DigestSet {
                sha256: Sha256Digest::of(verifier_key.as_bytes()),
            },
        }],
        predicate_type: KEY_PREDICATE_TYPE.to_owned(),
        predicate: KeyPredicate {
            change,
            key_id: key_id(key),
            verifier_key,
            previous_key,
            effective_on,
            reason: reason.trim().to_owned(),
        },
    }
}

/// The event of `new` replacing `previous` as the active key, effective
/// `effective_on`: signed by `previous`, then by `new`.
pub fn rotation_event(
    previous: &NamedKey,
    new: &NamedKey,
    effective_on: NaiveDate,
    reason: &str,
) -> Envelope {
    let s = statement(
        KeyChange::Rotate,
        &new.verifier(),
        Some(key_id(&previous.verifier())),
        effective_on,
        reason,
    );
    Envelope::sign_by(IN_TOTO_PAYLOAD_TYPE, &s.to_bytes(), &[previous, new])
}

/// The event of `withdrawn` being withdrawn from `effective_on` for
/// `reason`, signed by `by` (another key of the certification body).
pub fn withdrawal_event(
    withdrawn: &NoteVerifier,
    by: &NamedKey,
    effective_on: NaiveDate,
    reason: &str,
) -> Envelope {
    let s = statement(KeyChange::Withdraw, withdrawn, None, effective_on, reason);
    Envelope::sign(IN_TOTO_PAYLOAD_TYPE, &s.to_bytes(), by)
}

/// A key the history knows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KnownKey {
    /// The verifier key.
    pub verifier: NoteVerifier,
    /// The log index of the rotation that made it active (`None` for a key
    /// the verifier started with).
    pub since: Option<u64>,
    /// When it was retired: the log index of the rotation.
    pub retired_at: Option<u64>,
    /// When it was withdrawn: the log index, the date and the reason.
    pub withdrawn: Option<(u64, NaiveDate, String)>,
}

/// A key event that did not count.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyProblem {
    /// The log index of the event.
    pub index: u64,
    /// Why it did not count.
    pub reason: String,
}

impl fmt::Display for KeyProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "log entry {}: key event ignored: {}",
            self.index, self.reason
        )
    }
}

/// A certification body's keys as a log's key events leave them, from the
/// keys a verifier trusts at the start.
#[derive(Debug, Clone)]
pub struct KeyHistory {
    keys: Vec<KnownKey>,
    problems: Vec<KeyProblem>,
}

impl KeyHistory {
    /// A history starting from `trusted`.
    pub fn new(trusted: &[NoteVerifier]) -> KeyHistory {
        KeyHistory {
            keys: trusted
                .iter()
                .map(|v| KnownKey {
                    verifier: v.clone(),
                    since: None,
                    retired_at: None,
                    withdrawn: None,
                })
                .collect(),
            problems: Vec::new(),
        }
    }

    /// Replays `entries` (from index 0) over the keys in `trusted`.
    pub fn replay<E: AsRef<[u8]>>(trusted: &[NoteVerifier], entries: &[E]) -> KeyHistory {
        let mut h = KeyHistory::new(trusted);
        for (index, entry) in (0u64..).zip(entries) {
            h.observe(index, entry.as_ref());
        }
        h
    }

    fn find(&self, id: &str) -> Option<usize> {
        self.keys.iter().position(|k| key_id(&k.verifier) == id)
    }

    fn good(&self, id: &str) -> Option<usize> {
        self.find(id).filter(|&i| self.keys[i].withdrawn.is_none())
    }

    /// Takes the entry at log index `index`; entries that are not key
    /// events are passed over.
    pub fn observe(&mut self, index: u64, entry: &[u8]) {
        let Ok(Entry::Key(event)) = Entry::parse(entry) else {
            return;
        };
        if let Err(reason) = self.apply(index, &event) {
            self.problems.push(KeyProblem { index, reason });
        }
    }

    fn apply(&mut self, index: u64, event: &KeyEvent) -> Result<(), String> {
        let p = &event.statement.predicate;
        let subject = NoteVerifier::parse(&p.verifier_key).map_err(|e| e.to_string())?;
        match p.change {
            KeyChange::Rotate => {
                let previous = p.previous_key.as_deref().unwrap_or_default();
                let Some(at) = self.good(previous) else {
                    return Err(format!(
                        "the retiring key {previous} is not a trusted key that is in use"
                    ));
                };
                event
                    .envelope
                    .verify(&self.keys[at].verifier)
                    .map_err(|e| format!("not signed by the retiring key: {e}"))?;
                event
                    .envelope
                    .verify(&subject)
                    .map_err(|e| format!("not signed by the new key: {e}"))?;
                if self.find(&p.key_id).is_some() {
                    return Err(format!("{} is already known", p.key_id));
                }
                self.keys[at].retired_at.get_or_insert(index);
                self.keys.push(KnownKey {
                    verifier: subject,
                    since: Some(index),
                    retired_at: None,
                    withdrawn: None,
                });
                Ok(())
            }
            KeyChange::Withdraw => {
                let Some(target) = self.good(&p.key_id) else {
                    return Err(format!(
                        "{} is not a trusted key, or already withdrawn",
                        p.key_id
                    ));
                };
                let signer = event
                    .envelope
                    .key_ids()
                    .iter()
                    .filter(|id| **id != p.key_id)
                    .find_map(|id| self.good(id))
                    .ok_or_else(|| "not signed by another trusted key that is in use".to_owned())?;
                event
                    .envelope
                    .verify(&self.keys[signer].verifier)
                    .map_err(|e| e.to_string())?;
                self.keys[target].withdrawn = Some((index, p.effective_on, p.reason.clone()));
                Ok(())
            }
        }
    }

    /// Every key known, in the order they became known.
    pub fn keys(&self) -> &[KnownKey] {
        &self.keys
    }

    /// Key events that did not count.
    pub fn problems(&self) -> &[KeyProblem] {
        &self.problems
    }

    /// The known key that signed `envelope` (by its signatures' key ids).
    pub fn signer_of(&self, envelope: &Envelope) -> Option<&KnownKey> {
        let ids = envelope.key_ids();
        self.keys
            .iter()
            .find(|k| ids.contains(&key_id(&k.verifier)))
    }
}
