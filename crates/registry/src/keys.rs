//! The certification body's keys at work.
//!
//! One key is **active**: it signs new certificates. Rotating makes a new
//! key (same name, so certificates keep naming the same certification
//! body) and **retires** the old one: a retired key signs no new
//! certificate, but still signs status changes of the certificates it
//! issued (a status event counts only when signed by the certificate's
//! own key), and those certificates still verify. A retired key can be
//! **withdrawn** (lost or compromised): it signs nothing more, and the
//! certificates it signed no longer verify here.
//!
//! The database ([`crate::store::SigningKeyRecord`]) says which key is
//! which; the private keys are PKCS#8 files ([`iotmark_cert::key`]): the
//! first key where the operator keeps it, later ones in the key directory
//! (`key-<nanoseconds>.pem` with its `.pub`). Before each act the issuer
//! calls [`Keys::refresh`], so a rotation by another process sharing the
//! database is seen before anything is signed.
//!
//! A site that only verifies (a log directory served read only) has a
//! ring of one verifier key ([`Keys::verify_only`]).

use std::path::{Path, PathBuf};
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use iotmark_cert::dsse::{Envelope, key_id};
use iotmark_cert::key::NamedKey;
use iotmark_cert::keyevent::{rotation_event, withdrawal_event};
use iotmark_tlog::note::NoteVerifier;

use crate::ledger::{Ledger, LedgerError};
use crate::store::{Db, KeyState, SigningKeyRecord, StoreError};

/// Why the keys could not be opened or changed.
#[derive(Debug, thiserror::Error)]
pub enum KeysError {
    /// The database failed or refused.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// A key file could not be made or read.
    #[error(transparent)]
    Key(#[from] iotmark_cert::key::KeyError),
    /// The key directory could not be read or made.
    #[error("cannot {action} the key directory {}: {source}", path.display())]
    Dir {
        /// What was tried.
        action: &'static str,
        /// The directory.
        path: PathBuf,
        /// Why it failed.
        source: std::io::Error,
    },
    /// The log failed.
    #[error(transparent)]
    Ledger(#[from] LedgerError),
    /// A key the registry still uses has no private key file.
    #[error(
        "the private key of the certification body's {state} key {key_id} is not {where_}: put its PEM file (and .pub) there"
    )]
    Missing {
        /// The key's id.
        key_id: String,
        /// `active` or `retired`.
        state: &'static str,
        /// Where it was looked for.
        where_: String,
    },
    /// The stored keys do not add up (no active key, a bad verifier key).
    #[error("the stored signing keys are inconsistent: {0}")]
    Inconsistent(String),
    /// What was asked cannot be done, and why (shown to the user).
    #[error("{0}")]
    Refused(String),
}

/// Why a certificate's signature cannot be checked with the ring.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum KeyProblem {
    /// It is signed by a withdrawn key.
    #[error(
        "the certificate is signed by {key_id}, a key the certification body withdrew on {on}{}",
        if reason.is_empty() { String::new() } else { format!(": {reason}") }
    )]
    Withdrawn {
        /// The key's id.
        key_id: String,
        /// The day it was withdrawn.
        on: NaiveDate,
        /// Why.
        reason: String,
    },
}

/// One key of the ring.
#[derive(Debug)]
pub struct RingKey {
    /// What the database says of it.
    pub record: SigningKeyRecord,
    /// Its verifier key.
    pub verifier: NoteVerifier,
    signer: Option<Arc<NamedKey>>,
}

/// The certification body's keys as of one moment.
#[derive(Debug)]
pub struct KeyRing {
    keys: Vec<RingKey>,
    active: usize,
    fingerprint: [u8; 32],
}

impl KeyRing {
    fn new(keys: Vec<RingKey>) -> Result<KeyRing, KeysError> {
        let active = keys
            .iter()
            .position(|k| k.record.state == KeyState::Active)
            .ok_or_else(|| KeysError::Inconsistent("no key is active".to_owned()))?;
        use sha2::{Digest, Sha256};
        let mut h = Sha256::new();
        for k in &keys {
            for part in [k.record.verifier_key.as_str(), k.record.state.as_str()] {
                h.update((part.len() as u64).to_be_bytes());
                h.update(part.as_bytes());
            }
        }
        Ok(KeyRing {
            keys,
            active,
            fingerprint: h.finalize().into(),
        })
    }

    /// Every key, oldest first.
    pub fn keys(&self) -> &[RingKey] {
        &self.keys
    }

    /// The active key's entry.
    pub fn active(&self) -> &RingKey {
        &self.keys[self.active]
    }

    /// The active key, to sign with (`None` on a verify-only ring).
    pub fn active_signer(&self) -> Option<&Arc<NamedKey>> {
        self.active().signer.as_ref()
    }

    /// The SHA-256 of every key and its state: the ring's identity.
    pub fn fingerprint(&self) -> &[u8; 32] {
        &self.fingerprint
    }

    /// The ring's key that signed `envelope`, by the signatures' key ids.
    pub fn signer_of(&self, envelope: &Envelope) -> Option<&RingKey> {
        let ids = envelope.key_ids();
        self.keys.iter().find(|k| ids.contains(&k.record.key_id))
    }

    /// The key to check `envelope`'s signature with: the ring's key it
    /// names (refused when withdrawn), else the active key, whose check
    /// then says which key was expected.
    pub fn verifier_for(&self, envelope: &Envelope) -> Result<&NoteVerifier, KeyProblem> {
        match self.signer_of(envelope) {
            Some(k) if k.record.state == KeyState::Withdrawn => Err(KeyProblem::Withdrawn {
                key_id: k.record.key_id.clone(),
                on: k.record.withdrawn_on.unwrap_or(k.record.active_from),
                reason: k.record.reason.clone(),
            }),
            Some(k) => Ok(&k.verifier),
            None => Ok(&self.active().verifier),
        }
    }

    /// The private key that signed `envelope`, to sign its status changes
    /// with: refused when it is withdrawn or not this registry's.
    pub fn status_signer(&self, envelope: &Envelope) -> Result<Arc<NamedKey>, KeysError> {
        let k = self.signer_of(envelope).ok_or_else(|| {
            KeysError::Refused(format!(
                "the certificate is signed by {}, not by a key of this registry",
                envelope.key_ids().join(", ")
            ))
        })?;
        if k.record.state == KeyState::Withdrawn {
            return Err(KeysError::Refused(format!(
                "the certificate's key {} was withdrawn: its status can no longer be changed; certify the product again",
                k.record.key_id
            )));
        }
        k.signer.clone().ok_or_else(|| {
            KeysError::Refused(format!(
                "this registry does not hold the private key {}",
                k.record.key_id
            ))
        })
    }
}

/// Which of the ring's keys signed a certificate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Signer {
    /// The key's id.
    pub key_id: String,
    /// When and why it was withdrawn, if it was.
    pub withdrawn: Option<(NaiveDate, String)>,
}

impl KeyRing {
    /// The key that signed the certificate whose log entry is `envelope`
    /// (its canonical bytes), if it is one of the ring's.
    pub fn signer_of_entry(&self, envelope: &[u8]) -> Option<Signer> {
        let envelope = Envelope::parse_canonical(envelope).ok()?;
        let k = self.signer_of(&envelope)?;
        Some(Signer {
            key_id: k.record.key_id.clone(),
            withdrawn: (k.record.state == KeyState::Withdrawn).then(|| {
                (
                    k.record.withdrawn_on.unwrap_or(k.record.active_from),
                    k.record.reason.clone(),
                )
            }),
        })
    }
}

/// The ring, kept current, and where new keys go.
#[derive(Debug)]
pub struct Keys {
    sources: Sources,
    ring: RwLock<Arc<KeyRing>>,
    change: tokio::sync::Mutex<()>,
    /// When the database was last asked (see [`Keys::current`]).
    checked: std::sync::Mutex<Option<Instant>>,
}

/// How long readers are served the ring before the database is asked
/// whether another process changed the keys.
const FRESH: Duration = Duration::from_secs(1);

impl Keys {
    /// A ring of one verifier key, for a site that only verifies.
    pub fn verify_only(verifier: NoteVerifier, since: NaiveDate) -> Keys {
        let record = SigningKeyRecord {
            key_id: key_id(&verifier),
            verifier_key: verifier.to_vkey(),
            state: KeyState::Active,
            active_from: since,
            retired_on: None,
            withdrawn_on: None,
            reason: String::new(),
        };
        let ring = KeyRing::new(vec![RingKey {
            record,
            verifier,
            signer: None,
        }])
        .unwrap_or_else(|_| unreachable!("the one key is active"));
        Keys {
            sources: Sources {
                dir: None,
                first: None,
            },
            ring: RwLock::new(Arc::new(ring)),
            change: tokio::sync::Mutex::new(()),
            checked: std::sync::Mutex::new(None),
        }
    }

    /// Opens the registry's keys: `first` (read from `first_path`) becomes
    /// the active key from `today` when the database has none; later keys
    /// are read from `dir`. Every active or retired key needs its private
    /// key.
    pub async fn open(
        db: &Db,
        first_path: &Path,
        first: NamedKey,
        dir: PathBuf,
        today: NaiveDate,
    ) -> Result<Keys, KeysError> {
        let first = Arc::new(first);
        if db
            .add_first_signing_key(&key_id(&first.verifier()), &first.verifier_key(), today)
            .await?
        {
            tracing::info!(key = %key_id(&first.verifier()), "recorded the certification body's first key");
        }
        let sources = Sources {
            dir: Some(dir),
            first: Some((first_path.to_owned(), first)),
        };
        let ring = sources.build(db.signing_keys().await?)?;
        Ok(Keys {
            sources,
            ring: RwLock::new(Arc::new(ring)),
            change: tokio::sync::Mutex::new(()),
            checked: std::sync::Mutex::new(None),
        })
    }

    /// The current ring.
    pub fn ring(&self) -> Arc<KeyRing> {
        Arc::clone(&self.ring.read().unwrap_or_else(|e| e.into_inner()))
    }

    fn install(&self, ring: KeyRing) {
        *self.ring.write().unwrap_or_else(|e| e.into_inner()) = Arc::new(ring);
    }

    /// The ring for readers (verification, the keys page): the current
    /// one, checked against the database at most once a second, so a
    /// rotation by another process sharing it is seen. On a failure to
    /// read, the ring in hand is served and the failure logged.
    pub async fn current(&self, db: &Db) -> Arc<KeyRing> {
        let due = {
            let mut checked = self.checked.lock().unwrap_or_else(|e| e.into_inner());
            let due = self.sources.dir.is_some() && checked.is_none_or(|t| t.elapsed() >= FRESH);
            if due {
                *checked = Some(Instant::now());
            }
            due
        };
        if !due {
            return self.ring();
        }
        match self.refresh(db).await {
            Ok(ring) => ring,
            Err(e) => {
                tracing::error!("reading the certification body's keys: {e}");
                self.ring()
            }
        }
    }

    /// Reads the stored keys again and rebuilds the ring if they changed
    /// (another process rotated or withdrew a key). A verify-only ring
    /// stays as it is.
    pub async fn refresh(&self, db: &Db) -> Result<Arc<KeyRing>, KeysError> {
        if self.sources.dir.is_none() {
            return Ok(self.ring());
        }
        let records = db.signing_keys().await?;
        let current = self.ring();
        let same = records.len() == current.keys.len()
            && records
                .iter()
                .zip(&current.keys)
                .all(|(r, k)| *r == k.record);
        if same {
            return Ok(current);
        }
        let ring = self.sources.build(records)?;
        self.install(ring);
        Ok(self.ring())
    }

    /// Makes a new key, active from `today`, and retires the active one.
    /// The new key has the active key's name and is written to the key
    /// directory; the rotation is recorded and logged (a key event signed
    /// by both keys) in one transaction.
    pub async fn rotate(
        &self,
        db: &Db,
        ledger: &Ledger,
        today: NaiveDate,
    ) -> Result<Arc<KeyRing>, KeysError> {
        let _change = self.change.lock().await;
        let ring = self.refresh(db).await?;
        let Some(dir) = &self.sources.dir else {
            return Err(KeysError::Refused(
                "this site only verifies: it has no keys to rotate".to_owned(),
            ));
        };
        let active = ring.active();
        let previous = ring.active_signer().cloned().ok_or_else(|| {
            KeysError::Refused("this registry does not hold the active private key".to_owned())
        })?;
        std::fs::create_dir_all(dir).map_err(|source| KeysError::Dir {
            action: "create",
            path: dir.clone(),
            source,
        })?;
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos());
        let path = dir.join(format!("key-{nanos}.pem"));
        iotmark_cert::key::generate(active.verifier.name(), &path)?;
        let recorded = async {
            let new = iotmark_cert::key::load(&path)?;
            let event = rotation_event(&previous, &new, today, "");
            let mut w = ledger.begin(vec![event.to_bytes()]).await?;
            w.tx.rotate_signing_key(
                &active.record.key_id,
                &key_id(&new.verifier()),
                &new.verifier_key(),
                today,
            )
            .await
            .map_err(refused_if_invalid)?;
            w.commit().await?;
            Ok::<_, KeysError>(key_id(&new.verifier()))
        }
        .await;
        match recorded {
            Ok(new) => {
                tracing::info!(retired = %active.record.key_id, active = %new, file = %path.display(), "rotated the certification body's key");
                self.refresh(db).await
            }
            Err(e) => {
                let _ = std::fs::remove_file(&path);
                let _ = std::fs::remove_file(iotmark_cert::key::public_key_path(&path));
                Err(e)
            }
        }
    }

    /// Withdraws the retired key `key_id` from `today` for `reason`: the
    /// change and its key event (signed by the active key) in one
    /// transaction.
    pub async fn withdraw(
        &self,
        db: &Db,
        ledger: &Ledger,
        key_id: &str,
        reason: &str,
        today: NaiveDate,
    ) -> Result<Arc<KeyRing>, KeysError> {
        let _change = self.change.lock().await;
        if self.sources.dir.is_none() {
            return Err(KeysError::Refused(
                "this site only verifies: it has no keys to withdraw".to_owned(),
            ));
        }
        let reason = reason.trim();
        if reason.is_empty() {
            return Err(KeysError::Refused(
                "withdrawing a key needs a reason".to_owned(),
            ));
        }
        let ring = self.refresh(db).await?;
        let target = ring
            .keys()
            .iter()
            .find(|k| k.record.key_id == key_id)
            .ok_or_else(|| KeysError::Refused(format!("no signing key {key_id}")))?;
        match target.record.state {
            KeyState::Retired => {}
            KeyState::Active => {
                return Err(KeysError::Refused(format!(
                    "{key_id} is the active key: rotate to a new key first, then withdraw it"
                )));
            }
            KeyState::Withdrawn => {
                return Err(KeysError::Refused(format!("{key_id} is already withdrawn")));
            }
        }
        let by = ring.active_signer().ok_or_else(|| {
            KeysError::Refused("this registry does not hold the active private key".to_owned())
        })?;
        let event = withdrawal_event(&target.verifier, by, today, reason);
        let mut w = ledger.begin(vec![event.to_bytes()]).await?;
        w.tx.withdraw_signing_key(key_id, reason, today)
            .await
            .map_err(refused_if_invalid)?;
        w.commit().await?;
        tracing::warn!(key = %key_id, reason, "withdrew a certification body key");
        self.refresh(db).await
    }
}

/// A change the database refused (another process changed the keys
/// first) is the user's to retry; any other failure is the server's.
fn refused_if_invalid(e: StoreError) -> KeysError {
    match e {
        StoreError::Invalid { reason, .. } => KeysError::Refused(reason),
        other => other.into(),
    }
}

/// Where the private keys are.
#[derive(Debug)]
struct Sources {
    dir: Option<PathBuf>,
    first: Option<(PathBuf, Arc<NamedKey>)>,
}

impl Sources {
    /// The private keys on hand: the first key and every key file in the
    /// directory.
    fn private_keys(&self) -> Result<Vec<Arc<NamedKey>>, KeysError> {
        let mut found: Vec<Arc<NamedKey>> = self.first.iter().map(|(_, k)| Arc::clone(k)).collect();
        let Some(dir) = &self.dir else {
            return Ok(found);
        };
        let entries = match std::fs::read_dir(dir) {
            Ok(e) => e,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(found),
            Err(source) => {
                return Err(KeysError::Dir {
                    action: "read",
                    path: dir.clone(),
                    source,
                });
            }
        };
        let mut paths: Vec<PathBuf> = entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "pem"))
            .collect();
        paths.sort();
        for path in paths {
            found.push(Arc::new(iotmark_cert::key::load(&path)?));
        }
        Ok(found)
    }

    fn build(&self, records: Vec<SigningKeyRecord>) -> Result<KeyRing, KeysError> {
        let private = self.private_keys()?;
        let mut keys = Vec::with_capacity(records.len());
        for record in records {
            let verifier = NoteVerifier::parse(&record.verifier_key).map_err(|e| {
                KeysError::Inconsistent(format!(
                    "the verifier key of {} does not parse: {e}",
                    record.key_id
                ))
            })?;
            let signer = private
                .iter()
                .find(|k| k.verifier_key() == record.verifier_key)
                .cloned();
            if signer.is_none() && record.state != KeyState::Withdrawn {
                return Err(KeysError::Missing {
                    key_id: record.key_id,
                    state: record.state.as_str(),
                    where_: self.looked_in(),
                });
            }
            keys.push(RingKey {
                record,
                verifier,
                signer,
            });
        }
        KeyRing::new(keys)
    }

    fn looked_in(&self) -> String {
        let mut places = Vec::new();
        if let Some((p, _)) = &self.first {
            places.push(p.display().to_string());
        }
        if let Some(d) = &self.dir {
            places.push(format!("in {}", d.display()));
        }
        if places.is_empty() {
            "held by this site".to_owned()
        } else {
            places.join(" or ")
        }
    }
}
