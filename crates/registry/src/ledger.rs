//! The registry's transparency log, kept in its database.
//!
//! Appending goes through [`Ledger::begin`]: it takes the log's lock (in
//! this process, and in the database against other processes), reads the
//! size the database holds, extends a copy of the Merkle tree with the new
//! entries, signs a checkpoint for the new size and writes the entries
//! and the checkpoint into a transaction. The caller writes the records
//! the entries stand for (a certificate, a status change) into the same
//! transaction and calls [`LedgerWrite::commit`]: the records, their
//! entries and the signed checkpoint covering them commit together or not
//! at all, and the latest checkpoint's size is always the number of
//! entries.
//!
//! Readers get a [`Snapshot`] (the latest checkpoint, its entries and
//! tree), cached and brought up to date incrementally.

use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};

use iotmark_tlog::checkpoint::Checkpoint;
use iotmark_tlog::hash::to_hex;
use iotmark_tlog::note::{NoteSigner, NoteVerifier};
use iotmark_tlog::store::MAX_ENTRY_SIZE;
use iotmark_tlog::tree::MemoryTree;
use tokio::sync::{Mutex, MutexGuard};

use crate::store::{Db, StoreError, Tx, unix_now};
use crate::web::log::Snapshot;

/// How long a snapshot is served before the database is asked whether
/// the log grew (another process may append).
const FRESH: Duration = Duration::from_secs(1);

/// Why the log could not be opened, read or appended to.
#[derive(Debug, thiserror::Error)]
pub enum LedgerError {
    /// The database failed.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// The stored log does not verify.
    #[error("the transparency log in the database does not verify: {0}")]
    Invalid(String),
    /// Signing failed.
    #[error("signing the checkpoint: {0}")]
    Sign(String),
    /// An entry is larger than a C2SP entry bundle can hold.
    #[error("a log entry of {0} bytes is over the 65,535-byte limit")]
    TooLarge(usize),
}

/// The log in the database.
pub struct Ledger {
    db: Db,
    origin: String,
    signer: NoteSigner,
    verifier: NoteVerifier,
    write: Mutex<()>,
    cache: RwLock<Option<(Arc<Snapshot>, Instant)>>,
}

impl std::fmt::Debug for Ledger {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Ledger")
            .field("origin", &self.origin)
            .field("key", &self.verifier.to_vkey())
            .finish_non_exhaustive()
    }
}

/// An append in progress: the transaction holding the new entries and
/// their checkpoint, for the caller to add its records to.
pub struct LedgerWrite<'a> {
    ledger: &'a Ledger,
    _lock: MutexGuard<'a, ()>,
    /// The transaction.
    pub tx: Tx,
    /// The index of the first new entry.
    pub first: u64,
    snapshot: Snapshot,
}

impl std::fmt::Debug for LedgerWrite<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LedgerWrite")
            .field("first", &self.first)
            .finish_non_exhaustive()
    }
}

impl LedgerWrite<'_> {
    /// Commits the transaction and makes the new checkpoint the one
    /// readers see. Returns it.
    pub async fn commit(self) -> Result<Arc<Snapshot>, LedgerError> {
        self.tx.commit("appending to the log").await?;
        let snapshot = Arc::new(self.snapshot);
        self.ledger.install(Arc::clone(&snapshot));
        Ok(snapshot)
    }
}

impl Ledger {
    /// Opens the log kept in `db`, signing with `signer`: on first use
    /// records its origin and key and publishes a checkpoint of the empty
    /// tree; afterwards checks the key is the log's and the latest
    /// checkpoint verifies over the stored entries.
    pub async fn open(db: Db, origin: &str, signer: NoteSigner) -> Result<Ledger, LedgerError> {
        let verifier = signer.verifier();
        db.init_log(origin, &verifier.to_vkey()).await?;
        let ledger = Ledger {
            db,
            origin: origin.to_owned(),
            signer,
            verifier,
            write: Mutex::new(()),
            cache: RwLock::new(None),
        };
        if ledger.db.latest_checkpoint().await?.is_none() {
            let w = ledger.begin(Vec::new()).await?;
            w.commit().await?;
        }
        ledger.snapshot().await?;
        Ok(ledger)
    }

    /// The checkpoints' origin.
    pub fn origin(&self) -> &str {
        &self.origin
    }

    /// The key that verifies the checkpoints.
    pub fn verifier(&self) -> &NoteVerifier {
        &self.verifier
    }

    fn install(&self, snapshot: Arc<Snapshot>) {
        if let Ok(mut guard) = self.cache.write() {
            let newer = guard
                .as_ref()
                .is_none_or(|(s, _)| s.checkpoint.size <= snapshot.checkpoint.size);
            if newer {
                *guard = Some((snapshot, Instant::now()));
            }
        }
    }

    fn cached(&self) -> Option<(Arc<Snapshot>, Instant)> {
        self.cache
            .read()
            .ok()
            .and_then(|g| g.as_ref().map(|(s, t)| (Arc::clone(s), *t)))
    }

    /// The log as of its latest checkpoint, its signature checked and the
    /// root recomputed from the stored entries.
    pub async fn snapshot(&self) -> Result<Arc<Snapshot>, LedgerError> {
        let cached = self.cached();
        if let Some((s, at)) = &cached
            && at.elapsed() < FRESH
        {
            return Ok(Arc::clone(s));
        }
        let size = self.db.log_size().await?;
        if let Some((s, _)) = &cached
            && s.checkpoint.size == size
        {
            self.install(Arc::clone(s));
            return Ok(Arc::clone(s));
        }
        let Some((_, note)) = self.db.latest_checkpoint().await? else {
            return Err(LedgerError::Invalid("it has no checkpoint".to_owned()));
        };
        let checkpoint = self.open_checkpoint(&note)?;
        let (mut entries, mut tree) = match cached {
            Some((s, _)) if s.checkpoint.size <= checkpoint.size => {
                (s.entries.clone(), s.tree.clone())
            }
            _ => (Vec::new(), MemoryTree::new()),
        };
        let new = self
            .db
            .log_entries(entries.len() as u64, checkpoint.size)
            .await?;
        for e in &new {
            tree.push_entry(e);
        }
        entries.extend(new);
        if tree.size() != checkpoint.size || tree.root() != checkpoint.root {
            return Err(LedgerError::Invalid(format!(
                "the checkpoint of size {} has root {} but the {} stored entries hash to {}",
                checkpoint.size,
                to_hex(&checkpoint.root),
                tree.size(),
                to_hex(&tree.root())
            )));
        }
        let snapshot = Arc::new(Snapshot {
            note,
            checkpoint,
            entries,
            tree,
        });
        self.install(Arc::clone(&snapshot));
        Ok(snapshot)
    }

    fn open_checkpoint(&self, note: &[u8]) -> Result<Checkpoint, LedgerError> {
        let checkpoint = Checkpoint::open(note, &self.verifier)
            .map_err(|e| LedgerError::Invalid(format!("the latest checkpoint: {e}")))?;
        if checkpoint.origin != self.origin {
            return Err(LedgerError::Invalid(format!(
                "the latest checkpoint is for origin {:?}, not {:?}",
                checkpoint.origin, self.origin
            )));
        }
        Ok(checkpoint)
    }

    /// Starts appending `entries`: see the module's documentation.
    pub async fn begin(&self, entries: Vec<Vec<u8>>) -> Result<LedgerWrite<'_>, LedgerError> {
        if let Some(e) = entries.iter().find(|e| e.len() > MAX_ENTRY_SIZE) {
            return Err(LedgerError::TooLarge(e.len()));
        }
        let lock = self.write.lock().await;
        let mut tx = self.db.begin("appending to the log").await?;
        tx.lock_log().await?;
        let size = tx.log_size().await?;
        // The tree at `size`: the cached one when it is current (always,
        // unless another process appended).
        let (mut all, mut tree) = match self.cached() {
            Some((s, _)) if s.checkpoint.size == size => (s.entries.clone(), s.tree.clone()),
            _ if size == 0 => (Vec::new(), MemoryTree::new()),
            _ => {
                drop(tx);
                self.invalidate();
                let s = self.snapshot().await?;
                if s.checkpoint.size != size {
                    return Err(LedgerError::Invalid(format!(
                        "the log grew from {size} to {} while it was being appended to",
                        s.checkpoint.size
                    )));
                }
                tx = self.db.begin("appending to the log").await?;
                tx.lock_log().await?;
                if tx.log_size().await? != size {
                    return Err(LedgerError::Invalid(
                        "another process appended to the log at the same time; try again"
                            .to_owned(),
                    ));
                }
                (s.entries.clone(), s.tree.clone())
            }
        };
        for e in &entries {
            tree.push_entry(e);
        }
        let checkpoint = Checkpoint {
            origin: self.origin.clone(),
            size: tree.size(),
            root: tree.root(),
            extensions: Vec::new(),
        };
        let note = checkpoint
            .sign(&self.signer)
            .map_err(|e| LedgerError::Sign(e.to_string()))?;
        tx.append_log(size, &entries, note.as_bytes(), unix_now())
            .await?;
        all.extend(entries);
        Ok(LedgerWrite {
            ledger: self,
            _lock: lock,
            tx,
            first: size,
            snapshot: Snapshot {
                note: note.into_bytes(),
                checkpoint,
                entries: all,
                tree,
            },
        })
    }

    fn invalidate(&self) {
        if let Ok(mut guard) = self.cache.write() {
            *guard = None;
        }
    }
}
