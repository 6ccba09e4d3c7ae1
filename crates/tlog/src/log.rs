//! [`Log`]: sequencing and group commit over a [`LogStore`], and
//! [`Sequencer`]: one thread owning a log, batching the appends of many.
//!
//! Appending a batch goes through four steps, in this order:
//!
//! 1. the entries get the next indices and are made durable by the store
//!    with one sync ([`LogStore::append`]);
//! 2. they are added to the in-memory Merkle tree;
//! 3. a checkpoint for the new size is signed;
//! 4. the store publishes it, after the tiles that the new size adds
//!    ([`LogStore::publish`]).
//!
//! Only then is the batch acknowledged. An acknowledged entry is therefore
//! covered by a durable, published checkpoint, and a crash at any moment
//! can only lose entries that were never acknowledged. [`Log::open`] checks
//! that the latest published checkpoint matches the stored entries and, if
//! the store holds entries past it (a crash between steps 1 and 4),
//! publishes a checkpoint that covers them: the tree after a restart always
//! extends the last published checkpoint.
//!
//! Entries larger than [`MAX_ENTRY_SIZE`] (65,535 bytes) are rejected before
//! anything is written: C2SP entry bundles carry 16-bit lengths.
//!
//! ```
//! use ed25519_dalek::SigningKey;
//! use iotmark_tlog::checkpoint::Checkpoint;
//! use iotmark_tlog::log::Log;
//! use iotmark_tlog::note::NoteSigner;
//! use iotmark_tlog::store::MemoryStore;
//!
//! let signer = NoteSigner::new("example.org/log", SigningKey::from_bytes(&[1; 32]))?;
//! let verifier = signer.verifier();
//! let mut log = Log::open(MemoryStore::new(), "example.org/log", signer)?;
//! let (first, note) = log.append_batch(&[b"a".to_vec(), b"b".to_vec()])?;
//! assert_eq!(first, 0);
//! let checkpoint = Checkpoint::open(&note, &verifier)?;
//! assert_eq!((checkpoint.size, checkpoint.root), (2, log.tree().root()));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use std::borrow::Cow;
use std::sync::{Arc, mpsc};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use crate::checkpoint::Checkpoint;
use crate::hash::to_hex;
use crate::note::NoteSigner;
use crate::proof::ProofError;
use crate::store::MAX_ENTRY_SIZE;
use crate::store::{LogStore, StoreError};
use crate::tile::{TILE_WIDTH, entries_path, entry_bundle, tile_data, tile_path, tiles_between};
use crate::tree::MemoryTree;

/// Why a log operation failed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum LogError {
    /// The store failed (I/O, corruption found at open, …).
    #[error(transparent)]
    Store(#[from] StoreError),
    /// An entry larger than [`MAX_ENTRY_SIZE`]; nothing was written.
    #[error(
        "entry {index} of the batch is {len} bytes; entries are limited to 65,535 bytes \
         (tile entry bundles use 16-bit lengths)"
    )]
    EntryTooLarge {
        /// The entry's position in the batch.
        index: usize,
        /// Its length in bytes.
        len: usize,
    },
    /// The latest published checkpoint is not signed by the log's key, or is
    /// not a checkpoint.
    #[error("the latest published checkpoint does not verify with the log's key {key}: {reason}")]
    BadCheckpoint {
        /// The log's verifier key.
        key: String,
        /// Why it does not verify.
        reason: String,
    },
    /// The latest published checkpoint names another origin.
    #[error(
        "the latest published checkpoint is for origin {found:?}, but this log's origin is {expected:?}"
    )]
    OriginMismatch {
        /// The log's origin.
        expected: String,
        /// The checkpoint's origin.
        found: String,
    },
    /// The latest published checkpoint's root is not the root of the stored
    /// entries up to its size.
    #[error(
        "the latest published checkpoint (size {size}) has root {expected} but the first {size} \
         stored entries hash to {computed}: the entries or the checkpoint were altered"
    )]
    RootMismatch {
        /// The checkpoint's size.
        size: u64,
        /// The checkpoint's root (hex).
        expected: String,
        /// The root of the stored entries (hex).
        computed: String,
    },
    /// The latest published checkpoint covers more entries than the store
    /// holds.
    #[error(
        "the latest published checkpoint covers {size} entries but the store holds only {entries}"
    )]
    MissingEntries {
        /// The checkpoint's size.
        size: u64,
        /// The entries stored.
        entries: u64,
    },
    /// The signing key is not the one the log is configured with.
    #[error(
        "the signing key does not match the log: log.json names {configured}, the key given is {given}"
    )]
    WrongKey {
        /// The configured verifier key.
        configured: String,
        /// The verifier key of the signer given.
        given: String,
    },
    /// Signing the checkpoint failed.
    #[error("signing the checkpoint: {reason}")]
    Sign {
        /// Why.
        reason: String,
    },
    /// A tree or proof operation failed.
    #[error(transparent)]
    Proof(#[from] ProofError),
    /// An earlier append failed half-way; the log refuses further appends
    /// until it is opened again (which recovers).
    #[error("an earlier append failed; reopen the log to recover")]
    Poisoned,
    /// The sequencer's thread has stopped.
    #[error("the sequencer has stopped")]
    Stopped,
    /// The batch this entry was in failed (the same error is given to every
    /// entry of the batch).
    #[error("the batch holding this entry failed: {0}")]
    BatchFailed(Arc<LogError>),
}

/// A transparency log: entries, their Merkle tree and the latest signed
/// checkpoint, kept in a [`LogStore`].
pub struct Log<S: LogStore> {
    store: S,
    origin: String,
    signer: NoteSigner,
    tree: MemoryTree,
    /// Entries `[tail_start, size)`: the last, partial entry bundle.
    tail: Vec<Vec<u8>>,
    tail_start: u64,
    checkpoint: Arc<Vec<u8>>,
    published: u64,
    poisoned: bool,
}

impl<S: LogStore> std::fmt::Debug for Log<S> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Log")
            .field("origin", &self.origin)
            .field("size", &self.tree.size())
            .field("published", &self.published)
            .field("poisoned", &self.poisoned)
            .finish_non_exhaustive()
    }
}

impl<S: LogStore> Log<S> {
    /// Opens a log on `store`: loads the entries and rebuilds the tree,
    /// checks that the latest published checkpoint is signed by `signer`'s
    /// key, names `origin`, and has the root of the stored entries up to its
    /// size. If the store holds entries past it (a crash before they were
    /// published), or no checkpoint at all (a new log), a checkpoint for all
    /// stored entries is published, so the log extends the last published
    /// checkpoint.
    pub fn open(mut store: S, origin: &str, signer: NoteSigner) -> Result<Self, LogError> {
        let mut tree = MemoryTree::new();
        let mut tail: Vec<Vec<u8>> = Vec::new();
        let mut tail_start = 0u64;
        let stored = store.load(&mut |entry| {
            if tree.size().is_multiple_of(TILE_WIDTH) {
                tail.clear();
                tail_start = tree.size();
            }
            tree.push_entry(entry);
            tail.push(entry.to_vec());
            Ok(())
        })?;
        debug_assert_eq!(stored.entries, tree.size());
        let verifier = signer.verifier();
        let mut log = Log {
            store,
            origin: origin.to_owned(),
            signer,
            tree,
            tail,
            tail_start,
            checkpoint: Arc::new(Vec::new()),
            published: 0,
            poisoned: false,
        };
        let published = match stored.checkpoint {
            None => None,
            Some(bytes) => {
                let checkpoint =
                    Checkpoint::open(&bytes, &verifier).map_err(|e| LogError::BadCheckpoint {
                        key: verifier.to_vkey(),
                        reason: e.to_string(),
                    })?;
                if checkpoint.origin != origin {
                    return Err(LogError::OriginMismatch {
                        expected: origin.to_owned(),
                        found: checkpoint.origin,
                    });
                }
                if checkpoint.size > log.tree.size() {
                    return Err(LogError::MissingEntries {
                        size: checkpoint.size,
                        entries: log.tree.size(),
                    });
                }
                let computed = log.tree.root_at(checkpoint.size)?;
                if computed != checkpoint.root {
                    return Err(LogError::RootMismatch {
                        size: checkpoint.size,
                        expected: to_hex(&checkpoint.root),
                        computed: to_hex(&computed),
                    });
                }
                Some((bytes, checkpoint.size))
            }
        };
        match published {
            Some((bytes, size)) if size == log.tree.size() => {
                log.checkpoint = Arc::new(bytes);
                log.published = size;
            }
            Some((_, size)) => {
                // Recovery: publish the entries stored after the checkpoint.
                log.published = size;
                log.poisoned = true;
                log.publish(log.tree.size(), &[])?;
                log.poisoned = false;
            }
            None => {
                log.poisoned = true;
                log.publish(log.tree.size(), &[])?;
                log.poisoned = false;
            }
        }
        Ok(log)
    }

    /// The number of entries (all of them published).
    pub fn size(&self) -> u64 {
        self.tree.size()
    }

    /// The checkpoints' origin line.
    pub fn origin(&self) -> &str {
        &self.origin
    }

    /// The Merkle tree of all entries (for proofs).
    pub fn tree(&self) -> &MemoryTree {
        &self.tree
    }

    /// The latest signed checkpoint note. Always `Some` once the log is open
    /// (opening publishes one for a new log).
    pub fn checkpoint(&self) -> Option<&[u8]> {
        (!self.checkpoint.is_empty()).then_some(self.checkpoint.as_slice())
    }

    /// The store.
    pub fn store(&self) -> &S {
        &self.store
    }

    /// Closes the log, giving back its store.
    pub fn into_store(self) -> S {
        self.store
    }

    /// Reads entry `index`.
    pub fn entry(&self, index: u64) -> Result<Vec<u8>, LogError> {
        Ok(self.store.entry(index)?)
    }

    /// Appends a batch: sequences it, makes it durable with one sync, signs
    /// and publishes a new checkpoint (after the tiles it needs). Returns the
    /// index of the first entry and the new signed checkpoint. An empty
    /// batch changes nothing and returns the current size and checkpoint.
    pub fn append_batch(&mut self, entries: &[Vec<u8>]) -> Result<(u64, Vec<u8>), LogError> {
        let (first, checkpoint) = self.append_shared(entries)?;
        Ok((first, checkpoint.to_vec()))
    }

    /// [`append_batch`](Self::append_batch), sharing the checkpoint.
    fn append_shared(&mut self, entries: &[Vec<u8>]) -> Result<(u64, Arc<Vec<u8>>), LogError> {
        if self.poisoned {
            return Err(LogError::Poisoned);
        }
        if let Some((index, entry)) = entries
            .iter()
            .enumerate()
            .find(|(_, e)| e.len() > MAX_ENTRY_SIZE)
        {
            return Err(LogError::EntryTooLarge {
                index,
                len: entry.len(),
            });
        }
        let first = self.size();
        if entries.is_empty() {
            return Ok((first, Arc::clone(&self.checkpoint)));
        }
        self.poisoned = true;
        self.store.append(first, entries)?;
        for entry in entries {
            self.tree.push_entry(entry);
        }
        self.publish(first, entries)?;
        self.poisoned = false;
        Ok((first, Arc::clone(&self.checkpoint)))
    }

    /// Entry `index` for a tile: from the batch being appended (starting at
    /// `batch_start`), the cached tail, or the store.
    fn entry_for_tiles<'a>(
        &'a self,
        index: u64,
        batch_start: u64,
        batch: &'a [Vec<u8>],
    ) -> Result<Cow<'a, [u8]>, LogError> {
        if index >= batch_start
            && let Some(entry) = usize::try_from(index - batch_start)
                .ok()
                .and_then(|i| batch.get(i))
        {
            return Ok(Cow::Borrowed(entry));
        }
        if index >= self.tail_start
            && let Some(entry) = usize::try_from(index - self.tail_start)
                .ok()
                .and_then(|i| self.tail.get(i))
        {
            return Ok(Cow::Borrowed(entry));
        }
        Ok(Cow::Owned(self.store.entry(index)?))
    }

    /// Signs and publishes a checkpoint for the whole tree, with the tiles
    /// added since the last published size; `batch` (starting at
    /// `batch_start`) holds the entries just appended.
    fn publish(&mut self, batch_start: u64, batch: &[Vec<u8>]) -> Result<(), LogError> {
        let size = self.tree.size();
        let checkpoint = Checkpoint {
            origin: self.origin.clone(),
            size,
            root: self.tree.root(),
            extensions: Vec::new(),
        };
        let signed = checkpoint
            .sign(&self.signer)
            .map_err(|e| LogError::Sign {
                reason: e.to_string(),
            })?
            .into_bytes();
        let mut tiles = Vec::new();
        for (level, index, width) in tiles_between(self.published, size) {
            tiles.push((
                tile_path(level, index, width),
                tile_data(&self.tree, level, index, width),
            ));
            if level == 0 {
                let start = index * TILE_WIDTH;
                let entries = (start..start + width)
                    .map(|i| self.entry_for_tiles(i, batch_start, batch))
                    .collect::<Result<Vec<_>, _>>()?;
                let refs: Vec<&[u8]> = entries.iter().map(AsRef::as_ref).collect();
                tiles.push((entries_path(index, width), entry_bundle(&refs)));
            }
        }
        self.store.publish(size, &signed, &tiles)?;
        // Keep the entries of the last partial bundle for the next tiles.
        let new_start = size - size % TILE_WIDTH;
        let tail = (new_start..size)
            .map(|i| {
                self.entry_for_tiles(i, batch_start, batch)
                    .map(Cow::into_owned)
            })
            .collect::<Result<Vec<_>, _>>()?;
        self.tail = tail;
        self.tail_start = new_start;
        self.checkpoint = Arc::new(signed);
        self.published = size;
        Ok(())
    }

    /// This log with its store boxed, so that logs on different stores have
    /// one type.
    pub fn boxed(self) -> Log<Box<dyn LogStore + Send>>
    where
        S: Send + 'static,
    {
        Log {
            store: Box::new(self.store),
            origin: self.origin,
            signer: self.signer,
            tree: self.tree,
            tail: self.tail,
            tail_start: self.tail_start,
            checkpoint: self.checkpoint,
            published: self.published,
            poisoned: self.poisoned,
        }
    }
}

/// The answer to one [`Sequencer::append`]: the entry's index and the signed
/// checkpoint (shared by the whole batch) that first includes it.
pub type Appended = (u64, Arc<Vec<u8>>);

struct Request {
    entry: Vec<u8>,
    reply: mpsc::SyncSender<Result<Appended, LogError>>,
}

/// Group commit for many concurrent writers: a thread owns the [`Log`] and
/// collects appends from any number of threads through a channel; it takes
/// up to `max_batch` of them (waiting at most `max_delay` after the first
/// one of a batch for more), appends them as one batch (one sync, one
/// checkpoint), then answers each waiter. [`append`](Self::append) blocks
/// until the entry is in a published checkpoint.
///
/// `Sequencer` is `Send + Sync`: share it by reference or in an `Arc`.
/// Dropping it finishes the queued appends and stops the thread;
/// [`shutdown`](Self::shutdown) does the same and gives the log back.
pub struct Sequencer {
    sender: Option<mpsc::Sender<Request>>,
    thread: Option<JoinHandle<Log<Box<dyn LogStore + Send>>>>,
}

impl std::fmt::Debug for Sequencer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Sequencer")
            .field("running", &self.sender.is_some())
            .finish_non_exhaustive()
    }
}

impl Sequencer {
    /// Starts the sequencer thread, which owns `log` from now on.
    /// `max_batch` (at least 1) bounds a batch; `max_delay` is how long the
    /// thread waits, after the first entry of a batch arrives, for more
    /// before committing a batch smaller than `max_batch` (zero: commit
    /// whatever is queued at once; entries arriving during a commit form the
    /// next batch either way).
    pub fn start<S: LogStore + Send + 'static>(
        log: Log<S>,
        max_batch: usize,
        max_delay: Duration,
    ) -> Self {
        let log = log.boxed();
        let (sender, receiver) = mpsc::channel();
        let thread = std::thread::Builder::new()
            .name("tlog-sequencer".to_owned())
            .spawn(move || run(log, &receiver, max_batch.max(1), max_delay))
            .expect("cannot spawn the sequencer thread");
        Sequencer {
            sender: Some(sender),
            thread: Some(thread),
        }
    }

    /// Appends one entry and waits until it is durable and in a published
    /// checkpoint: returns its index and that signed checkpoint.
    pub fn append(&self, entry: Vec<u8>) -> Result<Appended, LogError> {
        if entry.len() > MAX_ENTRY_SIZE {
            return Err(LogError::EntryTooLarge {
                index: 0,
                len: entry.len(),
            });
        }
        let (reply, answer) = mpsc::sync_channel(1);
        self.sender
            .as_ref()
            .ok_or(LogError::Stopped)?
            .send(Request { entry, reply })
            .map_err(|_| LogError::Stopped)?;
        answer.recv().map_err(|_| LogError::Stopped)?
    }

    /// Finishes the queued appends, stops the thread and gives the log back.
    pub fn shutdown(mut self) -> Result<Log<Box<dyn LogStore + Send>>, LogError> {
        self.sender = None;
        let thread = self.thread.take().ok_or(LogError::Stopped)?;
        thread.join().map_err(|_| LogError::Stopped)
    }
}

impl Drop for Sequencer {
    fn drop(&mut self) {
        self.sender = None;
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// The sequencer thread: batch, append, answer, until every sender is gone.
fn run(
    mut log: Log<Box<dyn LogStore + Send>>,
    receiver: &mpsc::Receiver<Request>,
    max_batch: usize,
    max_delay: Duration,
) -> Log<Box<dyn LogStore + Send>> {
    let mut entries: Vec<Vec<u8>> = Vec::new();
    let mut replies = Vec::new();
    while let Ok(first) = receiver.recv() {
        let deadline = Instant::now() + max_delay;
        entries.push(first.entry);
        replies.push(first.reply);
        while entries.len() < max_batch {
            let next = match receiver.try_recv() {
                Ok(request) => request,
                Err(mpsc::TryRecvError::Disconnected) => break,
                Err(mpsc::TryRecvError::Empty) => {
                    let now = Instant::now();
                    if now >= deadline {
                        break;
                    }
                    match receiver.recv_timeout(deadline - now) {
                        Ok(request) => request,
                        Err(_) => break,
                    }
                }
            };
            entries.push(next.entry);
            replies.push(next.reply);
        }
        match log.append_shared(&entries) {
            Ok((first, checkpoint)) => {
                for (index, reply) in (first..).zip(replies.drain(..)) {
                    let _ = reply.send(Ok((index, Arc::clone(&checkpoint))));
                }
            }
            Err(error) => {
                let error = Arc::new(error);
                for reply in replies.drain(..) {
                    let _ = reply.send(Err(LogError::BatchFailed(Arc::clone(&error))));
                }
            }
        }
        entries.clear();
    }
    log
}
