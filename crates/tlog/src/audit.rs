//! A whole-log audit of a [`FileStore`](crate::file::FileStore) directory.
//!
//! [`audit`] trusts nothing in the directory but the verifier key it is
//! given. It recomputes every leaf and node hash from the `entries` file
//! (checking each record's checksum), opens every checkpoint in the history
//! (`checkpoints`) and the latest (`checkpoint`) with the key, checks that
//! each one's root is the root of the entries up to its size and that each is
//! consistent with the next (a consistency proof is generated and verified),
//! and compares every tile file, byte for byte, with the tile recomputed from
//! the entries; tiles a published checkpoint needs must exist. The first
//! problem found is returned, naming the file, the record or tile, and the
//! byte offset.
//!
//! A log that is open for writing (another process holds its lock) is
//! audited as a snapshot: the latest checkpoint, then the history, then the
//! entries are read in that order (so the entries cover every checkpoint
//! read), an incomplete record at the very end of a file is taken for a
//! write in progress, and tiles for entries past the snapshot are skipped
//! (counted in [`AuditReport::skipped_tiles`]). A log that is not open is
//! locked (shared) for the audit and checked strictly.

use std::collections::HashSet;
use std::fs::{self, File};
use std::io::{Read, Seek, SeekFrom};
use std::path::{Path, PathBuf};

use crate::checkpoint::Checkpoint;
use crate::file::{
    CHECKPOINT_FILE, CHECKPOINTS_FILE, ENTRIES_FILE, LogConfig, MAX_CHECKPOINT_RECORD, TILE_DIR,
    scan_records,
};
use crate::hash::{Hash, to_hex};
use crate::note::{NoteVerifier, parse_note};
use crate::proof::verify_consistency;
use crate::store::{MAX_ENTRY_SIZE, StoreError};
use crate::tile::{
    Kind, TILE_HEIGHT, TILE_WIDTH, entry_bundle, parse_tile_path, tile_data, tile_path,
};
use crate::tree::MemoryTree;

/// What an audit checked.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct AuditReport {
    /// Entries in the log.
    pub entries: u64,
    /// Checkpoints in the history, each verified.
    pub checkpoints: u64,
    /// The latest published checkpoint's size (`None` if none was published).
    pub latest_size: Option<u64>,
    /// The root of the latest published checkpoint (the empty tree's root if
    /// none).
    pub latest_root: Hash,
    /// Entries stored after the latest checkpoint (a crash before they were
    /// published; the next open publishes them).
    pub unpublished: u64,
    /// Tile files compared (hash tiles and entry bundles).
    pub tiles: u64,
    /// Tile files skipped because they cover entries written after the
    /// audit's snapshot of a log open for writing.
    pub skipped_tiles: u64,
    /// Whether the log was open for writing during the audit.
    pub live: bool,
}

/// The first problem an audit found.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum AuditError {
    /// `log.json` or a file could not be read.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// The log is configured with another key than the auditor's.
    #[error("log.json: field \"verifier_key\" is {configured}, not the auditor's key {given}")]
    WrongKey {
        /// The key in `log.json`.
        configured: String,
        /// The auditor's key.
        given: String,
    },
    /// An entry record is damaged.
    #[error("{}: entry {index} (record at byte offset {offset}) is corrupt: {reason}", path.display())]
    Entry {
        /// The entries file.
        path: PathBuf,
        /// The entry's index.
        index: u64,
        /// Where its record starts.
        offset: u64,
        /// What is wrong.
        reason: String,
    },
    /// A checkpoint (the latest, or one in the history) is damaged, not
    /// signed by the key, or does not match the entries.
    #[error("{}{}: {reason}", path.display(), record.map(|(i, o)| format!(": checkpoint {i} (record at byte offset {o})")).unwrap_or_default())]
    Checkpoint {
        /// `checkpoint` or `checkpoints`.
        path: PathBuf,
        /// For the history: the record's number and byte offset.
        record: Option<(u64, u64)>,
        /// What is wrong.
        reason: String,
    },
    /// A tile file is altered, misplaced or missing.
    #[error("{}: {reason}", path.display())]
    Tile {
        /// The tile file.
        path: PathBuf,
        /// What is wrong.
        reason: String,
    },
}

/// A verified checkpoint.
struct Head {
    size: u64,
    root: Hash,
}

/// Audits the log in `dir` with the log's verifier key `verifier`. See the
/// [module documentation](self).
pub fn audit(dir: &Path, verifier: &NoteVerifier) -> Result<AuditReport, AuditError> {
    let config = LogConfig::read(dir)?;
    let given = verifier.to_vkey();
    if config.verifier()?.to_vkey() != given {
        return Err(AuditError::WrongKey {
            configured: config.verifier_key.clone(),
            given,
        });
    }
    let io = |op: &'static str, path: &Path| {
        let path = path.to_path_buf();
        move |source| StoreError::Io { op, path, source }
    };

    // Lock the log (shared) if nobody is writing; otherwise audit a snapshot.
    let entries_path = dir.join(ENTRIES_FILE);
    let entries_file = File::open(&entries_path).map_err(io("opening", &entries_path))?;
    let live = match entries_file.try_lock_shared() {
        Ok(()) => false,
        Err(fs::TryLockError::WouldBlock) => true,
        Err(fs::TryLockError::Error(source)) => {
            return Err(StoreError::Io {
                op: "locking",
                path: entries_path,
                source,
            }
            .into());
        }
    };

    // 1. The latest checkpoint, the history, the entries: in this order.
    let latest_path = dir.join(CHECKPOINT_FILE);
    let latest = match fs::read(&latest_path) {
        Ok(bytes) => Some(bytes),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
        Err(source) => {
            return Err(StoreError::Io {
                op: "reading",
                path: latest_path,
                source,
            }
            .into());
        }
    };
    let history_path = dir.join(CHECKPOINTS_FILE);
    let history_file = File::open(&history_path).map_err(io("opening", &history_path))?;
    let mut history: Vec<(u64, Vec<u8>)> = Vec::new();
    let scan = scan_records(
        &history_path,
        &history_file,
        MAX_CHECKPOINT_RECORD,
        &mut |_, offset, bytes| {
            history.push((offset, bytes.to_vec()));
            Ok(())
        },
    )?;
    if let Some(bad) = scan.bad {
        let in_progress = live && bad.reason.starts_with("incomplete");
        if !in_progress {
            return Err(AuditError::Checkpoint {
                path: history_path,
                record: Some((bad.index, bad.offset)),
                reason: format!("the record is corrupt: {}", bad.reason),
            });
        }
    }

    let mut tree = MemoryTree::new();
    let mut offsets: Vec<u64> = Vec::new();
    let scan = scan_records(
        &entries_path,
        &entries_file,
        MAX_ENTRY_SIZE,
        &mut |_, offset, bytes| {
            tree.push_entry(bytes);
            offsets.push(offset);
            Ok(())
        },
    )?;
    let size = tree.size();

    // 2. Damaged entry records: an error unless it is a write in progress
    // (incomplete, at the end, past the latest checkpoint, in a live log).
    // The latest checkpoint's size is read without trusting it here; it is
    // verified below.
    let published = latest
        .as_deref()
        .and_then(|bytes| parse_note(bytes).ok())
        .and_then(|note| Checkpoint::parse_text(&note.text).ok())
        .map_or(0, |c| c.size);
    if let Some(bad) = scan.bad {
        let in_progress = live && bad.index >= published && bad.reason.starts_with("incomplete");
        if !in_progress {
            let hint = if bad.index >= published {
                " (past the latest checkpoint: a crash's torn tail? opening the log cuts it)"
            } else {
                ""
            };
            return Err(AuditError::Entry {
                path: entries_path,
                index: bad.index,
                offset: bad.offset,
                reason: format!("{}{hint}", bad.reason),
            });
        }
    }

    // 3. The tiles, against the tree of the entries.
    let mut found: HashSet<(Kind, u8, u64, u64)> = HashSet::new();
    let mut tiles = 0u64;
    let mut skipped_tiles = 0u64;
    let mut reader = EntryReader {
        path: &entries_path,
        file: &entries_file,
        offsets: &offsets,
    };
    let tile_root = dir.join(TILE_DIR);
    let mut files = Vec::new();
    if tile_root.is_dir() {
        walk(&tile_root, &mut files)?;
    }
    files.sort();
    for file in files {
        let relative = file
            .strip_prefix(dir)
            .unwrap_or(&file)
            .components()
            .map(|c| c.as_os_str().to_string_lossy())
            .collect::<Vec<_>>()
            .join("/");
        let fail = |reason: String| AuditError::Tile {
            path: file.clone(),
            reason,
        };
        let Some((kind, level, index, width)) = parse_tile_path(&relative) else {
            return Err(fail("not a tile path".to_owned()));
        };
        // The leaves the tile covers: [start, end).
        let span = 1u64
            .checked_shl(TILE_HEIGHT * u32::from(level))
            .unwrap_or(u64::MAX);
        let end = index
            .saturating_mul(TILE_WIDTH)
            .saturating_add(width)
            .saturating_mul(span);
        if end > size {
            if live {
                skipped_tiles += 1;
                continue;
            }
            return Err(fail(format!(
                "covers entries up to {end}, beyond the {size} entries in the log"
            )));
        }
        let actual = fs::read(&file).map_err(io("reading", &file))?;
        let expected = match kind {
            Kind::Hashes => tile_data(&tree, level, index, width),
            Kind::Entries => {
                let start = index * TILE_WIDTH;
                let entries = (start..start + width)
                    .map(|i| reader.read(i))
                    .collect::<Result<Vec<_>, _>>()?;
                let refs: Vec<&[u8]> = entries.iter().map(Vec::as_slice).collect();
                entry_bundle(&refs)
            }
        };
        if actual != expected {
            let at = actual
                .iter()
                .zip(&expected)
                .position(|(a, b)| a != b)
                .unwrap_or(actual.len().min(expected.len()));
            let entry_at = |entry: u64| {
                let offset = usize::try_from(entry)
                    .ok()
                    .and_then(|i| offsets.get(i))
                    .copied()
                    .unwrap_or_default();
                format!(
                    "entry {entry} (record at byte offset {offset} of {})",
                    entries_path.display()
                )
            };
            let what = match kind {
                Kind::Hashes => {
                    let hash = at as u64 / 32;
                    let first = (index * TILE_WIDTH + hash) * span;
                    if level == 0 {
                        format!(
                            "hash {hash} of the tile, the leaf hash of {}",
                            entry_at(first)
                        )
                    } else {
                        format!(
                            "hash {hash} of the tile, the hash of entries {first}..{}",
                            first + span
                        )
                    }
                }
                Kind::Entries => {
                    let entry = index * TILE_WIDTH + bundle_entry_at(&expected, at);
                    format!("in the bundle's copy of {}", entry_at(entry))
                }
            };
            let reason = if actual.len() != expected.len() && at == actual.len().min(expected.len())
            {
                format!(
                    "{} bytes, but the entries make a tile of {} bytes",
                    actual.len(),
                    expected.len()
                )
            } else {
                format!(
                    "does not match the entries: byte {at} differs ({what}); the tile or the entry was altered"
                )
            };
            return Err(fail(reason));
        }
        found.insert((kind, level, index, width));
        tiles += 1;
    }

    // 4. The checkpoints: signature, origin, root, consistency.
    let open = |bytes: &[u8]| -> Result<Head, String> {
        let checkpoint = Checkpoint::open(bytes, verifier)
            .map_err(|e| format!("does not verify with {given}: {e}"))?;
        if checkpoint.origin != config.origin {
            return Err(format!(
                "origin {:?} is not the log's origin {:?}",
                checkpoint.origin, config.origin
            ));
        }
        if checkpoint.size > size {
            return Err(format!(
                "size {} is more than the {size} entries in {}",
                checkpoint.size,
                entries_path.display()
            ));
        }
        let computed = tree.root_at(checkpoint.size).map_err(|e| e.to_string())?;
        if computed != checkpoint.root {
            return Err(format!(
                "root {} (size {}) is not the root of the first {} entries, {}",
                to_hex(&checkpoint.root),
                checkpoint.size,
                checkpoint.size,
                to_hex(&computed)
            ));
        }
        Ok(Head {
            size: checkpoint.size,
            root: checkpoint.root,
        })
    };
    let mut heads: Vec<Head> = Vec::with_capacity(history.len());
    for (index, (offset, bytes)) in history.iter().enumerate() {
        let fail = |reason: String| AuditError::Checkpoint {
            path: history_path.clone(),
            record: Some((index as u64, *offset)),
            reason,
        };
        let head = open(bytes).map_err(fail)?;
        if let Some(previous) = heads.last() {
            if head.size < previous.size {
                return Err(fail(format!(
                    "size {} is smaller than the previous checkpoint's {}",
                    head.size, previous.size
                )));
            }
            let proof = tree
                .consistency_proof(previous.size, head.size)
                .map_err(|e| fail(e.to_string()))?;
            verify_consistency(previous.size, head.size, &previous.root, &head.root, &proof)
                .map_err(|e| {
                    fail(format!(
                        "not consistent with the previous checkpoint (size {}): {e}",
                        previous.size
                    ))
                })?;
        }
        heads.push(head);
    }
    let latest_head = match &latest {
        None => None,
        Some(bytes) => {
            let fail = |reason: String| AuditError::Checkpoint {
                path: dir.join(CHECKPOINT_FILE),
                record: None,
                reason,
            };
            let head = open(bytes).map_err(fail)?;
            if !history.iter().rev().any(|(_, h)| h == bytes) {
                return Err(fail(format!(
                    "this checkpoint (size {}) is not recorded in {}",
                    head.size,
                    history_path.display()
                )));
            }
            Some(head)
        }
    };
    // Every tile a published checkpoint needs: the full tiles of the
    // largest, and the partial tiles of each.
    let largest = heads
        .iter()
        .map(|h| h.size)
        .chain(latest_head.as_ref().map(|h| h.size))
        .max()
        .unwrap_or(0);
    let mut needed: Vec<(u8, u64, u64, u64)> = Vec::new();
    for level in 0u8..8 {
        let count = largest >> (TILE_HEIGHT * u32::from(level));
        for index in 0..count / TILE_WIDTH {
            needed.push((level, index, TILE_WIDTH, largest));
        }
    }
    for head in heads.iter().chain(latest_head.as_ref()) {
        for level in 0u8..8 {
            let count = head.size >> (TILE_HEIGHT * u32::from(level));
            if !count.is_multiple_of(TILE_WIDTH) {
                needed.push((level, count / TILE_WIDTH, count % TILE_WIDTH, head.size));
            }
        }
    }
    for (level, index, width, needed_by) in needed {
        let mut missing = Vec::new();
        if !found.contains(&(Kind::Hashes, level, index, width)) {
            missing.push(tile_path(level, index, width));
        }
        if level == 0 && !found.contains(&(Kind::Entries, 0, index, width)) {
            missing.push(crate::tile::entries_path(index, width));
        }
        if let Some(path) = missing.first() {
            return Err(AuditError::Tile {
                path: dir.join(path),
                reason: format!("missing (needed by the checkpoint of size {needed_by})"),
            });
        }
    }

    Ok(AuditReport {
        entries: size,
        checkpoints: heads.len() as u64,
        latest_size: latest_head.as_ref().map(|h| h.size),
        latest_root: latest_head
            .as_ref()
            .map_or_else(crate::hash::empty_root, |h| h.root),
        unpublished: size - published,
        tiles,
        skipped_tiles,
        live,
    })
}

/// Which entry of a bundle byte `at` falls in.
fn bundle_entry_at(bundle: &[u8], at: usize) -> u64 {
    let mut offset = 0usize;
    let mut entry = 0u64;
    while offset + 2 <= bundle.len() {
        let len = usize::from(u16::from_be_bytes([bundle[offset], bundle[offset + 1]]));
        if at < offset + 2 + len {
            return entry;
        }
        offset += 2 + len;
        entry += 1;
    }
    entry
}

/// Lists every regular file under `dir`, skipping names that start with `.`
/// (temporary files).
fn walk(dir: &Path, files: &mut Vec<PathBuf>) -> Result<(), StoreError> {
    let items = fs::read_dir(dir).map_err(|source| StoreError::Io {
        op: "reading directory",
        path: dir.to_path_buf(),
        source,
    })?;
    for item in items {
        let item = item.map_err(|source| StoreError::Io {
            op: "reading directory",
            path: dir.to_path_buf(),
            source,
        })?;
        if item.file_name().to_string_lossy().starts_with('.') {
            continue;
        }
        let path = item.path();
        let kind = item.file_type().map_err(|source| StoreError::Io {
            op: "reading",
            path: path.clone(),
            source,
        })?;
        if kind.is_dir() {
            walk(&path, files)?;
        } else {
            files.push(path);
        }
    }
    Ok(())
}

/// Reads entries back from the entries file by their record offsets (their
/// checksums were verified by the scan).
struct EntryReader<'a> {
    path: &'a Path,
    file: &'a File,
    offsets: &'a [u64],
}

impl EntryReader<'_> {
    fn read(&mut self, index: u64) -> Result<Vec<u8>, StoreError> {
        let io = |source| StoreError::Io {
            op: "reading",
            path: self.path.to_path_buf(),
            source,
        };
        let offset = usize::try_from(index)
            .ok()
            .and_then(|i| self.offsets.get(i))
            .copied()
            .ok_or(StoreError::NoEntry {
                index,
                size: self.offsets.len() as u64,
            })?;
        let mut file = self.file;
        file.seek(SeekFrom::Start(offset)).map_err(io)?;
        let mut len = [0u8; 4];
        file.read_exact(&mut len).map_err(io)?;
        let mut bytes = vec![0u8; u32::from_be_bytes(len) as usize];
        file.read_exact(&mut bytes).map_err(io)?;
        Ok(bytes)
    }
}
