//! `GET /verify` and `POST /verify`: check a certificate bundle, or a
//! certificate the registry holds, against the certification body's and the
//! log's keys, a date and (when the site has it) the log.
//!
//! A check is a pure function of the bundle (or the stored certificate),
//! the keys, the date and the log's signed checkpoint, so outcomes are
//! remembered under the SHA-256 of all of these: a bundle checked again
//! against the same log answers without parsing or signature checks, and a
//! new checkpoint (every issuance and status change), a new day or a
//! change of the certification body's keys makes a different key.
//!
//! The certification body's key is the one of its keys (active or
//! retired) that signed the certificate; a certificate signed by a key it
//! withdrew is rejected with the day and the reason.

use std::collections::HashMap;
use std::sync::Mutex;

use chrono::NaiveDate;
use iotmark_cert::bundle::{Bundle, LogView, Verified, make_bundle, verify};
use iotmark_tlog::note::NoteVerifier;

use super::log::Snapshot;
use crate::keys::KeyRing;
use crate::store::CertificateRecord;

/// The most text a bundle may be (the request body limit is lower still).
pub const MAX_BUNDLE: usize = 60 * 1024;

/// The outcome shown on the page.
#[derive(Debug, Clone)]
pub enum Outcome {
    /// Genuine and current on the date.
    Genuine(Box<Verified>),
    /// Not genuine or not current, and exactly why.
    Rejected(String),
    /// No certificate with this id in the registry.
    UnknownId(String),
    /// The registry cannot check (no key configured, no log).
    Unavailable(String),
}

/// The keys to check against.
#[derive(Debug, Clone, Copy)]
pub struct Keys<'a> {
    /// The certification body's keys.
    pub certification_body: Option<&'a KeyRing>,
    /// The log's verifier key.
    pub log: Option<&'a NoteVerifier>,
}

impl Keys<'_> {
    fn both(&self) -> Result<(&KeyRing, &NoteVerifier), Outcome> {
        match (self.certification_body, self.log) {
            (Some(cb), Some(log)) => Ok((cb, log)),
            _ => Err(Outcome::Unavailable(
                "this registry has no certification body or log key configured".to_owned(),
            )),
        }
    }
}

/// How many outcomes are remembered (then all are forgotten).
const MEMO_ENTRIES: usize = 4096;

static MEMO: Mutex<Option<HashMap<[u8; 32], Outcome>>> = Mutex::new(None);

/// The key an outcome is remembered under: everything it depends on.
fn memo_key(
    what: &[&[u8]],
    cb: &KeyRing,
    log_key: &NoteVerifier,
    at: NaiveDate,
    log: Option<&Snapshot>,
) -> [u8; 32] {
    use sha2::{Digest, Sha256};
    let mut h = Sha256::new();
    let mut field = |bytes: &[u8]| {
        h.update((bytes.len() as u64).to_be_bytes());
        h.update(bytes);
    };
    for part in what {
        field(part);
    }
    field(cb.fingerprint());
    field(log_key.name().as_bytes());
    field(&log_key.key_id().to_be_bytes());
    field(at.to_string().as_bytes());
    field(log.map_or(&[][..], |s| &s.note[..]));
    h.finalize().into()
}

fn memoised(key: [u8; 32], check: impl FnOnce() -> Outcome) -> Outcome {
    if let Some(hit) = MEMO
        .lock()
        .ok()
        .and_then(|m| m.as_ref().and_then(|m| m.get(&key).cloned()))
    {
        return hit;
    }
    let outcome = check();
    if let Ok(mut memo) = MEMO.lock() {
        let memo = memo.get_or_insert_with(HashMap::new);
        if memo.len() >= MEMO_ENTRIES {
            memo.clear();
        }
        memo.insert(key, outcome.clone());
    }
    outcome
}

/// Verifies a bundle's JSON.
pub fn bundle(text: &str, keys: &Keys<'_>, at: NaiveDate, log: Option<&Snapshot>) -> Outcome {
    let (cb, log_key) = match keys.both() {
        Ok(k) => k,
        Err(o) => return o,
    };
    let key = memo_key(&[b"bundle", text.as_bytes()], cb, log_key, at, log);
    memoised(key, || bundle_unmemoised(text, cb, log_key, at, log))
}

fn bundle_unmemoised(
    text: &str,
    cb: &KeyRing,
    log_key: &NoteVerifier,
    at: NaiveDate,
    log: Option<&Snapshot>,
) -> Outcome {
    if text.len() > MAX_BUNDLE {
        return Outcome::Rejected(format!(
            "the bundle is {} bytes, more than {MAX_BUNDLE}",
            text.len()
        ));
    }
    let parsed = match Bundle::parse(text.trim().as_bytes()) {
        Ok(b) => b,
        Err(e) => return Outcome::Rejected(e.to_string()),
    };
    check(&parsed, cb, log_key, at, log)
}

/// Verifies a certificate the registry holds: its envelope, with an
/// inclusion proof computed from the log.
pub fn stored(
    record: &CertificateRecord,
    keys: &Keys<'_>,
    at: NaiveDate,
    log: Option<&Snapshot>,
) -> Outcome {
    let (cb, log_key) = match keys.both() {
        Ok(k) => k,
        Err(o) => return o,
    };
    let Some(snapshot) = log else {
        return Outcome::Unavailable(
            "this registry has no transparency log to check the certificate's inclusion in"
                .to_owned(),
        );
    };
    let index = record.log_index.to_be_bytes();
    let key = memo_key(
        &[b"stored", record.id.as_bytes(), &index, &record.envelope],
        cb,
        log_key,
        at,
        log,
    );
    memoised(key, || stored_unmemoised(record, cb, log_key, at, snapshot))
}

fn stored_unmemoised(
    record: &CertificateRecord,
    cb: &KeyRing,
    log_key: &NoteVerifier,
    at: NaiveDate,
    snapshot: &Snapshot,
) -> Outcome {
    let size = snapshot.checkpoint.size;
    let proof = match snapshot.tree.inclusion_proof(record.log_index, size) {
        Ok(p) => p,
        Err(e) => return Outcome::Rejected(e.to_string()),
    };
    let made = make_bundle(
        &record.envelope,
        record.log_index,
        size,
        &proof,
        &snapshot.note,
    );
    match made {
        Ok(b) => check(&b, cb, log_key, at, Some(snapshot)),
        Err(e) => Outcome::Rejected(e.to_string()),
    }
}

fn check(
    b: &Bundle,
    cb: &KeyRing,
    log_key: &NoteVerifier,
    at: NaiveDate,
    log: Option<&Snapshot>,
) -> Outcome {
    let cb = match cb.verifier_for(&b.envelope) {
        Ok(k) => k,
        Err(problem) => return Outcome::Rejected(problem.to_string()),
    };
    match verify(b, cb, log_key, at, log.map(|s| s as &dyn LogView)) {
        Ok(v) => Outcome::Genuine(Box::new(v)),
        Err(e) => Outcome::Rejected(e.to_string()),
    }
}
