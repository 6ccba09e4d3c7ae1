//! The transparency log as the site reads it: either the registry's own
//! log in its database ([`crate::ledger::Ledger`], the normal case), or,
//! read-only, a [`FileStore`](iotmark_tlog::file::FileStore) directory
//! kept by `iotmark certify`, whose published files are served and whose
//! checkpoint certificates' inclusion is checked against, without taking
//! the writer's lock.
//!
//! For a directory, the tree is rebuilt from the published entry bundles
//! (`tile/entries/…`) and cached; it is rebuilt when the checkpoint
//! changes. For the database, tiles are computed from the snapshot.

use std::path::{Path, PathBuf};
use std::sync::{Arc, RwLock};

use iotmark_tlog::checkpoint::Checkpoint;
use iotmark_tlog::file::{CHECKPOINT_FILE, LogConfig};
use iotmark_tlog::hash::leaf_hash;
use iotmark_tlog::note::NoteVerifier;
use iotmark_tlog::tile::{bundles_for, entries_path, parse_entry_bundle};
use iotmark_tlog::tree::MemoryTree;

use crate::ledger::Ledger;

/// The log the site serves.
#[derive(Debug)]
pub struct LogSource {
    dir: PathBuf,
    origin: String,
    verifier: NoteVerifier,
    cache: RwLock<Option<Arc<Snapshot>>>,
    ledger: Option<Arc<Ledger>>,
}

/// The log as of its latest signed checkpoint.
#[derive(Debug, Clone)]
pub struct Snapshot {
    /// The checkpoint file's bytes (a signed note).
    pub note: Vec<u8>,
    /// The checkpoint, its signature verified.
    pub checkpoint: Checkpoint,
    /// The checkpoint's entries, as published.
    pub entries: Vec<Vec<u8>>,
    /// Their tree.
    pub tree: MemoryTree,
}

/// What became of a certificate's inclusion check.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Inclusion {
    /// The entry at `index` is in the tree of the signed checkpoint of `size`.
    Verified { size: u64 },
    /// The check failed, and why.
    Failed(String),
}

impl LogSource {
    /// Reads the log's configuration (`log.json`) in `dir`.
    pub fn open(dir: &Path) -> Result<LogSource, String> {
        let config = LogConfig::read(dir).map_err(|e| e.to_string())?;
        let verifier = config.verifier().map_err(|e| e.to_string())?;
        Ok(LogSource {
            dir: dir.to_path_buf(),
            origin: config.origin,
            verifier,
            cache: RwLock::new(None),
            ledger: None,
        })
    }

    /// The registry's own log, in its database.
    pub fn database(ledger: Arc<Ledger>) -> LogSource {
        LogSource {
            dir: PathBuf::new(),
            origin: ledger.origin().to_owned(),
            verifier: ledger.verifier().clone(),
            cache: RwLock::new(None),
            ledger: Some(ledger),
        }
    }

    /// The log in the database, if that is where it is.
    pub fn ledger(&self) -> Option<&Arc<Ledger>> {
        self.ledger.as_ref()
    }

    /// The log's directory (empty for a log in the database).
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The checkpoints' origin.
    pub fn origin(&self) -> &str {
        &self.origin
    }

    /// The key that signs the checkpoints.
    pub fn verifier(&self) -> &NoteVerifier {
        &self.verifier
    }

    /// The latest checkpoint file's bytes, unchecked (as served).
    pub fn checkpoint_bytes(&self) -> std::io::Result<Vec<u8>> {
        std::fs::read(self.dir.join(CHECKPOINT_FILE))
    }

    /// The log as of its latest checkpoint: the signature and origin
    /// checked, the tree rebuilt from the entry bundles when the
    /// checkpoint changed since the last call. Blocking (reads files).
    pub fn snapshot(&self) -> Result<Arc<Snapshot>, String> {
        let note = self
            .checkpoint_bytes()
            .map_err(|e| format!("cannot read the checkpoint: {e}"))?;
        if let Ok(guard) = self.cache.read()
            && let Some(s) = guard.as_ref()
            && s.note == note
        {
            return Ok(Arc::clone(s));
        }
        let checkpoint = Checkpoint::open(&note, &self.verifier)
            .map_err(|e| format!("the checkpoint does not verify: {e}"))?;
        if checkpoint.origin != self.origin {
            return Err(format!(
                "the checkpoint is for origin {:?}, not this log's {:?}",
                checkpoint.origin, self.origin
            ));
        }
        let entries = self.read_entries(checkpoint.size)?;
        let mut tree = MemoryTree::with_capacity(entries.len());
        for entry in &entries {
            tree.push_entry(entry);
        }
        let snapshot = Arc::new(Snapshot {
            note,
            checkpoint,
            entries,
            tree,
        });
        if let Ok(mut guard) = self.cache.write() {
            *guard = Some(Arc::clone(&snapshot));
        }
        Ok(snapshot)
    }

    /// The first `size` entries, from the published bundles.
    fn read_entries(&self, size: u64) -> Result<Vec<Vec<u8>>, String> {
        let mut out = Vec::new();
        for (index, width) in bundles_for(size) {
            let name = entries_path(index, width);
            let bytes = std::fs::read(self.dir.join(&name))
                .map_err(|e| format!("cannot read {name}: {e}"))?;
            let entries = parse_entry_bundle(&bytes).map_err(|e| format!("{name}: {e}"))?;
            if entries.len() as u64 != width {
                return Err(format!(
                    "{name} holds {} entries, expected {width}",
                    entries.len()
                ));
            }
            out.extend(entries.into_iter().map(<[u8]>::to_vec));
        }
        Ok(out)
    }
}

impl iotmark_cert::bundle::LogView for Snapshot {
    fn checkpoint(&self) -> &[u8] {
        &self.note
    }

    fn entry(&self, index: u64) -> Option<std::borrow::Cow<'_, [u8]>> {
        usize::try_from(index)
            .ok()
            .and_then(|i| self.entries.get(i))
            .map(|e| std::borrow::Cow::Borrowed(e.as_slice()))
    }
}

impl Snapshot {
    /// The bytes of a tile or entry bundle at a canonical tile path
    /// (`tile/0/x001/234`, `tile/entries/000.p/17`), if this checkpoint
    /// has it: full tiles, and the partial tile of the checkpoint's size.
    pub fn tile(&self, path: &str) -> Option<Vec<u8>> {
        use iotmark_tlog::tile::{Kind, TILE_WIDTH, entry_bundle, tile_data};
        let (kind, level, index, width) = iotmark_tlog::tile::parse_tile_path(path)?;
        let size = self.checkpoint.size;
        let count = match kind {
            Kind::Entries => size,
            Kind::Hashes => size.checked_shr(8 * u32::from(level)).unwrap_or(0),
        };
        let start = index.checked_mul(TILE_WIDTH)?;
        let end = start.checked_add(width)?;
        let fits = if width == TILE_WIDTH {
            end <= count
        } else {
            end == count
        };
        if !fits {
            return None;
        }
        match kind {
            Kind::Entries => {
                let entries: Vec<&[u8]> = self
                    .entries
                    .get(usize::try_from(start).ok()?..usize::try_from(end).ok()?)?
                    .iter()
                    .map(Vec::as_slice)
                    .collect();
                Some(entry_bundle(&entries))
            }
            Kind::Hashes => Some(tile_data(&self.tree, level, index, width)),
        }
    }

    /// Checks that `entry` is at `index` in the checkpoint's tree: the
    /// proof is computed from the published entries and verified against
    /// the signed root.
    pub fn inclusion(&self, index: u64, entry: &[u8]) -> Inclusion {
        let size = self.checkpoint.size;
        let proof = match self.tree.inclusion_proof(index, size) {
            Ok(p) => p,
            Err(e) => return Inclusion::Failed(e.to_string()),
        };
        match iotmark_tlog::proof::verify_inclusion(
            index,
            size,
            &leaf_hash(entry),
            &proof,
            &self.checkpoint.root,
        ) {
            Ok(()) => Inclusion::Verified { size },
            Err(e) => Inclusion::Failed(e.to_string()),
        }
    }
}
