//! The storage behind a log: the [`LogStore`] trait.
//!
//! A log keeps three things: its entries (append-only, in order), the signed
//! checkpoints it has published (the latest one plus the history), and the
//! C2SP tiles that let clients fetch hashes and entries as static files.
//! [`Log`](crate::log::Log) does the sequencing, hashing and signing; a store
//! only makes bytes durable and reads them back. Two implementations exist or
//! are planned:
//!
//! - [`FileStore`](crate::file::FileStore): a directory of files, for the
//!   standalone command-line tool;
//! - the registry's database (later), behind the same trait.
//! - [`MemoryStore`]: everything in memory, nothing durable — for tests and
//!   examples.
//!
//! # The durability contract
//!
//! The log relies on these guarantees; an implementation must keep them
//! whatever happens in between (a crash, a kill, a power cut):
//!
//! 1. When [`append`](LogStore::append) returns `Ok`, the entries are durable:
//!    a later [`load`](LogStore::load) returns them.
//! 2. When [`publish`](LogStore::publish) returns `Ok`, the checkpoint is
//!    durable and is what `load` returns as the latest, and every tile passed
//!    with it was made durable *before* the checkpoint became visible.
//! 3. `load` returns every entry covered by the latest published checkpoint,
//!    unaltered, or fails. Entries after it (appended but never published)
//!    may be returned or dropped, but never altered: a store may cut an
//!    incomplete tail left by a crash, only past the published size.
//! 4. After any error from `append` or `publish` the store's state is
//!    unknown; the log stops using it until it is opened again (which runs
//!    recovery through `load`).
//!
//! The trait is object safe: `Box<dyn LogStore + Send>` is itself a
//! `LogStore` (the [`Sequencer`](crate::log::Sequencer) uses one).

use std::collections::BTreeMap;
use std::path::PathBuf;

/// The largest entry a log accepts, in bytes (65,535): C2SP entry bundles
/// prefix each entry with a big-endian `u16` length.
pub use crate::tile::MAX_ENTRY_SIZE;

/// What [`LogStore::load`] found besides the entries (which it streams).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Stored {
    /// How many entries were loaded (and passed to the visitor).
    pub entries: u64,
    /// The latest published checkpoint (the signed note's bytes), if any was
    /// published. Its signature is not checked by the store.
    pub checkpoint: Option<Vec<u8>>,
}

/// What a log keeps. Implementations: [`FileStore`](crate::file::FileStore)
/// (this crate), [`MemoryStore`] (tests), the registry's database (later).
///
/// See the [module documentation](self) for the durability contract every
/// implementation must keep.
pub trait LogStore {
    /// Reads everything durable, at open: calls `visit` with each entry in
    /// order (index 0 first), then returns how many there were and the latest
    /// published checkpoint.
    ///
    /// Entries are streamed rather than returned so that opening a large log
    /// does not hold every entry in memory. An error returned by `visit`
    /// stops the load and is returned as is. A store may repair a crash's
    /// incomplete tail here or at the next write, but only past the latest
    /// published checkpoint's size; anything wrong before it is an error.
    fn load(
        &mut self,
        visit: &mut dyn FnMut(&[u8]) -> Result<(), StoreError>,
    ) -> Result<Stored, StoreError>;

    /// Appends `entries` after the `first` entries already stored and makes
    /// them durable, with one sync for the whole batch. `first` must be the
    /// number of entries the store holds ([`StoreError::OutOfOrder`]
    /// otherwise): it guards against two writers.
    fn append(&mut self, first: u64, entries: &[Vec<u8>]) -> Result<(), StoreError>;

    /// Publishes a signed checkpoint for `size` entries, all already durable:
    /// first makes every tile in `tiles` durable (paths relative to the log,
    /// such as `tile/0/x001/234` or `tile/entries/000.p/17`, and their bytes),
    /// then records the checkpoint in the history and atomically replaces the
    /// latest checkpoint with it, durably.
    fn publish(
        &mut self,
        size: u64,
        signed_checkpoint: &[u8],
        tiles: &[(String, Vec<u8>)],
    ) -> Result<(), StoreError>;

    /// Reads entry `index` (which must be below the number of entries).
    fn entry(&self, index: u64) -> Result<Vec<u8>, StoreError>;

    /// Every published checkpoint (the signed notes' bytes), oldest first,
    /// for audits and for serving old tree heads. Not read at open.
    fn checkpoints(&self) -> Result<Vec<Vec<u8>>, StoreError>;
}

impl<S: LogStore + ?Sized> LogStore for Box<S> {
    fn load(
        &mut self,
        visit: &mut dyn FnMut(&[u8]) -> Result<(), StoreError>,
    ) -> Result<Stored, StoreError> {
        (**self).load(visit)
    }

    fn append(&mut self, first: u64, entries: &[Vec<u8>]) -> Result<(), StoreError> {
        (**self).append(first, entries)
    }

    fn publish(
        &mut self,
        size: u64,
        signed_checkpoint: &[u8],
        tiles: &[(String, Vec<u8>)],
    ) -> Result<(), StoreError> {
        (**self).publish(size, signed_checkpoint, tiles)
    }

    fn entry(&self, index: u64) -> Result<Vec<u8>, StoreError> {
        (**self).entry(index)
    }

    fn checkpoints(&self) -> Result<Vec<Vec<u8>>, StoreError> {
        (**self).checkpoints()
    }
}

/// Why a store could not do what was asked. Every variant names the file (or
/// the thing) and, for corruption, the byte offset.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum StoreError {
    /// An operating-system error on a file.
    #[error("{op} {}: {source}", path.display())]
    Io {
        /// What was being done ("reading", "syncing", …).
        op: &'static str,
        /// The file or directory.
        path: PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
    /// `create` was given a directory that already holds something.
    #[error(
        "refusing to create a log in {}: the directory is not empty",
        dir.display()
    )]
    NotEmpty {
        /// The directory.
        dir: PathBuf,
    },
    /// The log's configuration file is missing, unreadable or wrong.
    #[error("{}{}: {reason}", path.display(), field.as_ref().map(|f| format!(": field \"{f}\"")).unwrap_or_default())]
    Config {
        /// The configuration file (`log.json`).
        path: PathBuf,
        /// The offending field, if the problem is one field.
        field: Option<String>,
        /// What is wrong.
        reason: String,
    },
    /// A stored record is damaged where damage cannot be a crash's torn
    /// tail (it is covered by a published checkpoint, or is not at the end).
    #[error("{}: record {index} at byte offset {offset} is corrupt: {reason}", path.display())]
    Corrupt {
        /// The file.
        path: PathBuf,
        /// The record's number in the file (for `entries`, the entry index).
        index: u64,
        /// The byte offset where the record starts.
        offset: u64,
        /// What is wrong.
        reason: String,
    },
    /// The entries file holds fewer entries than the latest checkpoint covers
    /// (it was truncated, or the checkpoint belongs to another log).
    #[error(
        "{}: holds {found} entries but the latest published checkpoint covers {expected}",
        path.display()
    )]
    MissingEntries {
        /// The entries file.
        path: PathBuf,
        /// Entries found.
        found: u64,
        /// The latest checkpoint's size.
        expected: u64,
    },
    /// The latest published checkpoint cannot be read as a checkpoint.
    #[error("{}: not a valid checkpoint: {reason}", path.display())]
    BadCheckpoint {
        /// The checkpoint file.
        path: PathBuf,
        /// What is wrong.
        reason: String,
    },
    /// An append did not continue where the store ends: two writers, or a
    /// bug in the caller.
    #[error("append out of order: the store holds {stored} entries, the batch starts at {first}")]
    OutOfOrder {
        /// Entries held.
        stored: u64,
        /// Where the batch claimed to start.
        first: u64,
    },
    /// A checkpoint was published for a size whose entries are not stored,
    /// or for a size smaller than the previous checkpoint's.
    #[error("cannot publish a checkpoint of size {size}: {reason}")]
    BadPublish {
        /// The checkpoint's size.
        size: u64,
        /// What is wrong.
        reason: String,
    },
    /// An entry larger than [`MAX_ENTRY_SIZE`].
    #[error(
        "entry {index} is {len} bytes; entries are limited to 65,535 bytes (tile entry bundles use 16-bit lengths)"
    )]
    TooLarge {
        /// The entry's index.
        index: u64,
        /// Its length.
        len: usize,
    },
    /// A tile path that is not a C2SP tile path relative to the log.
    #[error("not a tile path: {path:?}")]
    BadTilePath {
        /// The path given.
        path: String,
    },
    /// An entry index past the end of the log.
    #[error("no entry {index}: the log has {size} entries")]
    NoEntry {
        /// The index asked for.
        index: u64,
        /// The number of entries.
        size: u64,
    },
    /// Another process (or another handle in this one) has the log open for
    /// writing.
    #[error("{} is locked: another process has this log open", path.display())]
    Locked {
        /// The locked file.
        path: PathBuf,
    },
    /// An earlier write or sync failed; nothing more is written until the log
    /// is opened again (which recovers).
    #[error("an earlier write to the log failed; reopen the log to recover")]
    Poisoned,
    /// `load` has not been called yet.
    #[error("the store has not been loaded yet")]
    NotLoaded,
    /// An error from another kind of store (a database, …).
    #[error(transparent)]
    Backend(Box<dyn std::error::Error + Send + Sync>),
}

/// A store that keeps everything in memory and makes nothing durable: for
/// tests, examples and dry runs. It follows the same ordering rules as a
/// durable store (entries before checkpoints, tiles before the checkpoint
/// that needs them), so a log behaves the same on it.
#[derive(Clone, Debug, Default)]
pub struct MemoryStore {
    entries: Vec<Vec<u8>>,
    checkpoints: Vec<Vec<u8>>,
    tiles: BTreeMap<String, Vec<u8>>,
}

impl MemoryStore {
    /// An empty store.
    pub fn new() -> Self {
        Self::default()
    }

    /// The tiles published so far, by path (`tile/0/000.p/3`, …).
    pub fn tiles(&self) -> &BTreeMap<String, Vec<u8>> {
        &self.tiles
    }
}

impl LogStore for MemoryStore {
    fn load(
        &mut self,
        visit: &mut dyn FnMut(&[u8]) -> Result<(), StoreError>,
    ) -> Result<Stored, StoreError> {
        for entry in &self.entries {
            visit(entry)?;
        }
        Ok(Stored {
            entries: self.entries.len() as u64,
            checkpoint: self.checkpoints.last().cloned(),
        })
    }

    fn append(&mut self, first: u64, entries: &[Vec<u8>]) -> Result<(), StoreError> {
        let stored = self.entries.len() as u64;
        check_append(stored, first, entries)?;
        self.entries.extend_from_slice(entries);
        Ok(())
    }

    fn publish(
        &mut self,
        size: u64,
        signed_checkpoint: &[u8],
        tiles: &[(String, Vec<u8>)],
    ) -> Result<(), StoreError> {
        if size > self.entries.len() as u64 {
            return Err(StoreError::BadPublish {
                size,
                reason: format!("the store holds only {} entries", self.entries.len()),
            });
        }
        for (path, data) in tiles {
            if crate::tile::parse_tile_path(path).is_none() {
                return Err(StoreError::BadTilePath { path: path.clone() });
            }
            self.tiles.insert(path.clone(), data.clone());
        }
        self.checkpoints.push(signed_checkpoint.to_vec());
        Ok(())
    }

    fn entry(&self, index: u64) -> Result<Vec<u8>, StoreError> {
        usize::try_from(index)
            .ok()
            .and_then(|i| self.entries.get(i))
            .cloned()
            .ok_or(StoreError::NoEntry {
                index,
                size: self.entries.len() as u64,
            })
    }

    fn checkpoints(&self) -> Result<Vec<Vec<u8>>, StoreError> {
        Ok(self.checkpoints.clone())
    }
}

/// The checks every store makes before an append: the batch starts right
/// after the stored entries, and no entry is larger than [`MAX_ENTRY_SIZE`].
pub(crate) fn check_append(stored: u64, first: u64, entries: &[Vec<u8>]) -> Result<(), StoreError> {
    if first != stored {
        return Err(StoreError::OutOfOrder { stored, first });
    }
    if let Some((i, e)) = entries
        .iter()
        .enumerate()
        .find(|(_, e)| e.len() > MAX_ENTRY_SIZE)
    {
        return Err(StoreError::TooLarge {
            index: first + i as u64,
            len: e.len(),
        });
    }
    Ok(())
}
