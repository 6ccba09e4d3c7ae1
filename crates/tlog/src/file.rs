//! [`FileStore`]: a log kept as a directory of files, for the standalone
//! command-line tool.
//!
//! # Layout
//!
//! ```text
//! <dir>/
//!   log.json      the configuration (written once, by `create`)
//!   entries       every entry, in order: append-only records
//!   checkpoint    the latest signed checkpoint (C2SP signed note)
//!   checkpoints   every published checkpoint, oldest first: append-only records
//!   tile/<L>/<N>[.p/<W>]          C2SP Merkle tree tiles (static files)
//!   tile/entries/<N>[.p/<W>]      C2SP entry bundles (static files)
//! ```
//!
//! The directory can be served as is by a static web server at the log's
//! prefix: `checkpoint` and `tile/…` are the C2SP tlog-tiles resources.
//!
//! - **`log.json`**: `{"format": "iotmark-tlog", "version": 1, "origin":
//!   "…", "verifier_key": "name+hash+base64", "key_file": "/abs/key.pem"}`.
//!   `origin` is the checkpoints' origin line, `verifier_key` the C2SP
//!   verifier key of the key that signs them, `key_file` the absolute path of
//!   that key (PKCS#8 PEM; this crate never reads it, the caller loads it and
//!   passes a [`NoteSigner`]). [`FileStore::open`] rejects a file that is not
//!   JSON, a missing or unknown field, another format or version, naming the
//!   file and the field.
//! - **`entries`** and **`checkpoints`**: a sequence of records, each
//!   `u32 big-endian length | bytes | 4-byte checksum`, where the checksum is
//!   the first four bytes of SHA-256 of the bytes. Entries are at most 65,535
//!   bytes (entry bundles use 16-bit lengths). Records are only ever appended.
//! - **`checkpoint`**: replaced atomically (written to `.checkpoint.tmp`,
//!   synced, renamed over `checkpoint`, directory synced).
//! - **tiles**: each written to a `.<name>.tmp` file beside it, synced and
//!   renamed; partial tiles (`.p/<W>`) are kept for every published size, as
//!   the spec requires. Files whose name starts with `.` are temporary and
//!   ignored by readers and [`audit`](crate::audit::audit).
//!
//! # Durability and crashes
//!
//! A batch of entries is appended with one write and one `fdatasync`.
//! Publishing a checkpoint then (1) syncs the entries it covers if not yet
//! synced, (2) writes and syncs the new tiles and syncs their directories,
//! (3) appends the signed checkpoint to `checkpoints` and syncs it, and only
//! then (4) atomically replaces `checkpoint`. A checkpoint is therefore
//! never visible before its entries, its tiles and its history record are
//! durable.
//!
//! At open ([`LogStore::load`]) the entries are read and checked: a damaged
//! or incomplete record *past* the latest checkpoint's size is a crash's
//! torn tail (never acknowledged: acknowledgement happens after publishing)
//! and is cut off before the next write; a damaged record *within* it is an
//! error naming the file, the record and its byte offset. The history's torn
//! tail is recognised the same way (a bad record after the latest
//! checkpoint's own record). [`FileStore::open`] and `load` modify nothing
//! (a log that fails to open is left as it was for inspection); repairs
//! happen at the next write. [`Log::open`] then checks the latest checkpoint
//! against the entries and, if complete entries follow it (a crash after
//! their sync but before their checkpoint), syncs and publishes them, so the
//! log after a restart extends the last published checkpoint.
//!
//! [`open_log`] is the usual way in: it opens the store, checks that the
//! signing key is the one `log.json` names, and opens the [`Log`].
//!
//! The `entries` file is locked (an OS advisory lock) while a `FileStore` is
//! open, so two writers cannot interleave and fork the log.

use std::collections::HashSet;
use std::fs::{self, File, OpenOptions};
use std::io::{self, BufReader, Read, Seek, SeekFrom, Write};
use std::path::{Component, Path, PathBuf};
use std::sync::Mutex;

use sha2::{Digest, Sha256};

use crate::checkpoint::Checkpoint;
use crate::log::{Log, LogError};
use crate::note::{NoteSigner, NoteVerifier, parse_note};
use crate::store::check_append;
use crate::store::{LogStore, MAX_ENTRY_SIZE, StoreError, Stored};

/// The configuration file's name.
pub const CONFIG_FILE: &str = "log.json";
/// The entries file's name.
pub const ENTRIES_FILE: &str = "entries";
/// The latest checkpoint's file name.
pub const CHECKPOINT_FILE: &str = "checkpoint";
/// The checkpoint history's file name.
pub const CHECKPOINTS_FILE: &str = "checkpoints";
/// The tiles' directory name.
pub const TILE_DIR: &str = "tile";
/// The `format` value in `log.json`.
pub const FORMAT: &str = "iotmark-tlog";
/// The `version` value in `log.json` this build reads and writes.
pub const FORMAT_VERSION: u64 = 1;

/// Bytes a record adds to its payload: the length and the checksum.
pub(crate) const RECORD_OVERHEAD: u64 = 8;
/// The largest checkpoint record accepted in the history (signed notes are a
/// few hundred bytes).
pub(crate) const MAX_CHECKPOINT_RECORD: usize = 1 << 20;

/// The contents of `log.json`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LogConfig {
    /// The checkpoints' origin line.
    pub origin: String,
    /// The C2SP verifier key (`name+hash+base64`) of the key that signs the
    /// checkpoints.
    pub verifier_key: String,
    /// The absolute path of the signing key (PKCS#8 PEM).
    pub key_file: PathBuf,
}

impl LogConfig {
    /// Reads and checks `log.json` in `dir`, naming the file and the field on
    /// any problem.
    pub fn read(dir: &Path) -> Result<LogConfig, StoreError> {
        let path = dir.join(CONFIG_FILE);
        let config_err = |field: Option<&str>, reason: String| StoreError::Config {
            path: path.clone(),
            field: field.map(str::to_owned),
            reason,
        };
        let text = match fs::read(&path) {
            Ok(text) => text,
            Err(e) if e.kind() == io::ErrorKind::NotFound => {
                return Err(config_err(
                    None,
                    "missing: is this a log directory? (create one first)".to_owned(),
                ));
            }
            Err(source) => {
                return Err(StoreError::Io {
                    op: "reading",
                    path,
                    source,
                });
            }
        };
        let value: serde_json::Value = serde_json::from_slice(&text)
            .map_err(|e| config_err(None, format!("not valid JSON: {e}")))?;
        let serde_json::Value::Object(map) = value else {
            return Err(config_err(None, "not a JSON object".to_owned()));
        };
        let string = |field: &str| -> Result<String, StoreError> {
            match map.get(field) {
                None => Err(config_err(Some(field), "missing".to_owned())),
                Some(serde_json::Value::String(s)) => Ok(s.clone()),
                Some(other) => Err(config_err(
                    Some(field),
                    format!("expected a string, found {other}"),
                )),
            }
        };
        let format = string("format")?;
        if format != FORMAT {
            return Err(config_err(
                Some("format"),
                format!("expected \"{FORMAT}\", found \"{format}\""),
            ));
        }
        match map.get("version") {
            None => return Err(config_err(Some("version"), "missing".to_owned())),
            Some(v) if v.as_u64() == Some(FORMAT_VERSION) => {}
            Some(v) => {
                return Err(config_err(
                    Some("version"),
                    format!(
                        "unsupported format version {v} (this build reads version {FORMAT_VERSION})"
                    ),
                ));
            }
        }
        let origin = string("origin")?;
        check_origin(&origin).map_err(|reason| config_err(Some("origin"), reason))?;
        let verifier_key = string("verifier_key")?;
        NoteVerifier::parse(&verifier_key)
            .map_err(|e| config_err(Some("verifier_key"), format!("not a verifier key: {e}")))?;
        let key_file = PathBuf::from(string("key_file")?);
        if !key_file.is_absolute() {
            return Err(config_err(
                Some("key_file"),
                format!("must be an absolute path, found {:?}", key_file.display()),
            ));
        }
        if let Some(unknown) = map.keys().find(|k| {
            !["format", "version", "origin", "verifier_key", "key_file"].contains(&k.as_str())
        }) {
            return Err(config_err(Some(unknown), "unknown field".to_owned()));
        }
        Ok(LogConfig {
            origin,
            verifier_key,
            key_file,
        })
    }

    /// The verifier for [`verifier_key`](Self::verifier_key) (checked when
    /// the configuration was read).
    pub fn verifier(&self) -> Result<NoteVerifier, StoreError> {
        NoteVerifier::parse(&self.verifier_key).map_err(|e| StoreError::Config {
            path: PathBuf::from(CONFIG_FILE),
            field: Some("verifier_key".to_owned()),
            reason: format!("not a verifier key: {e}"),
        })
    }

    fn to_json(&self) -> String {
        let value = serde_json::json!({
            "format": FORMAT,
            "version": FORMAT_VERSION,
            "origin": self.origin,
            "verifier_key": self.verifier_key,
            "key_file": self.key_file.to_string_lossy(),
        });
        let mut text = serde_json::to_string_pretty(&value).unwrap_or_default();
        text.push('\n');
        text
    }
}

/// A checkpoint origin must be one non-empty line.
fn check_origin(origin: &str) -> Result<(), String> {
    if origin.is_empty() {
        return Err("must not be empty".to_owned());
    }
    if origin.chars().any(char::is_control) {
        return Err(format!(
            "must be one line without control characters, found {origin:?}"
        ));
    }
    Ok(())
}

/// A log stored as a directory of files. See the [module documentation](self)
/// for the layout and the crash guarantees.
pub struct FileStore {
    dir: PathBuf,
    config: LogConfig,
    entries_path: PathBuf,
    history_path: PathBuf,
    /// The write handle of `entries`, holding the exclusive lock.
    entries: File,
    /// A read handle of `entries` for [`LogStore::entry`].
    reader: Mutex<File>,
    history: File,
    /// Where each loaded entry's record starts.
    offsets: Vec<u64>,
    /// The end of the last valid entry record.
    entries_end: u64,
    /// The file's length at load (more than `entries_end`: a torn tail).
    entries_len: u64,
    /// How many entries are known to be synced.
    durable: u64,
    history_end: u64,
    history_len: u64,
    history_records: u64,
    /// The latest published checkpoint's size.
    published: u64,
    loaded: bool,
    poisoned: bool,
    known_dirs: HashSet<PathBuf>,
}

impl std::fmt::Debug for FileStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("FileStore")
            .field("dir", &self.dir)
            .field("origin", &self.config.origin)
            .field("entries", &self.offsets.len())
            .field("published", &self.published)
            .field("loaded", &self.loaded)
            .field("poisoned", &self.poisoned)
            .finish_non_exhaustive()
    }
}

fn io_err(op: &'static str, path: &Path) -> impl FnOnce(io::Error) -> StoreError + use<> {
    let path = path.to_path_buf();
    move |source| StoreError::Io { op, path, source }
}

/// Syncs a directory (so that names created or renamed in it are durable).
fn sync_dir(dir: &Path) -> Result<(), StoreError> {
    File::open(dir)
        .and_then(|d| d.sync_all())
        .map_err(io_err("syncing directory", dir))
}

/// Writes `data` to `path` atomically: a temporary file beside it
/// (`.<name>.tmp`), synced, then renamed. The caller syncs the directory.
fn write_atomic(path: &Path, data: &[u8]) -> Result<(), StoreError> {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tmp = path.with_file_name(format!(".{name}.tmp"));
    let mut file = File::create(&tmp).map_err(io_err("creating", &tmp))?;
    file.write_all(data).map_err(io_err("writing", &tmp))?;
    file.sync_data().map_err(io_err("syncing", &tmp))?;
    drop(file);
    fs::rename(&tmp, path).map_err(io_err("renaming into place", path))
}

/// The 4-byte checksum of a record's payload: the first bytes of its SHA-256.
pub(crate) fn checksum(bytes: &[u8]) -> [u8; 4] {
    let digest = Sha256::digest(bytes);
    [digest[0], digest[1], digest[2], digest[3]]
}

/// Appends one record (`u32 BE length | bytes | checksum`) to `buf`.
pub(crate) fn encode_record(buf: &mut Vec<u8>, bytes: &[u8]) {
    let len = u32::try_from(bytes.len()).unwrap_or(u32::MAX);
    buf.extend_from_slice(&len.to_be_bytes());
    buf.extend_from_slice(bytes);
    buf.extend_from_slice(&checksum(bytes));
}

/// The first bad record a scan met.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct BadRecord {
    /// Its number in the file.
    pub index: u64,
    /// Where it starts.
    pub offset: u64,
    /// What is wrong with it.
    pub reason: String,
}

/// The result of reading a record file from the start.
#[derive(Debug)]
pub(crate) struct Scan {
    /// Valid records read.
    pub records: u64,
    /// The end of the last valid record.
    pub valid_end: u64,
    /// The file's length when the scan started.
    pub file_len: u64,
    /// The first bad record (the scan stops there).
    pub bad: Option<BadRecord>,
}

/// Called with each valid record's number, byte offset and bytes.
pub(crate) type RecordVisitor<'a> = dyn FnMut(u64, u64, &[u8]) -> Result<(), StoreError> + 'a;

/// Reads the records of `file` (named `path` in errors) from the start,
/// calling `visit(index, offset, bytes)` for each valid one, and stops at the
/// end of the file (as it was when the scan started) or at the first bad
/// record. Only I/O errors and `visit`'s errors are returned as errors.
pub(crate) fn scan_records(
    path: &Path,
    file: &File,
    max_len: usize,
    visit: &mut RecordVisitor<'_>,
) -> Result<Scan, StoreError> {
    let file_len = file
        .metadata()
        .map_err(io_err("reading the size of", path))?
        .len();
    let mut reader = BufReader::with_capacity(1 << 20, file);
    reader
        .seek(SeekFrom::Start(0))
        .map_err(io_err("reading", path))?;
    let mut offset = 0u64;
    let mut index = 0u64;
    let mut buf = Vec::new();
    let bad = loop {
        let left = file_len - offset;
        if left == 0 {
            break None;
        }
        let bad = |reason: String| BadRecord {
            index,
            offset,
            reason,
        };
        if left < 4 {
            break Some(bad(format!(
                "incomplete: only {left} bytes of its 4-byte length remain"
            )));
        }
        let mut len = [0u8; 4];
        reader
            .read_exact(&mut len)
            .map_err(io_err("reading", path))?;
        let len = u32::from_be_bytes(len) as usize;
        if len > max_len {
            break Some(bad(format!(
                "its length field says {len} bytes, more than the largest possible ({max_len})"
            )));
        }
        if left - 4 < len as u64 + 4 {
            break Some(bad(format!(
                "incomplete: its length field says {len} bytes but only {} bytes remain",
                left - 4
            )));
        }
        buf.resize(len, 0);
        reader
            .read_exact(&mut buf)
            .map_err(io_err("reading", path))?;
        let mut sum = [0u8; 4];
        reader
            .read_exact(&mut sum)
            .map_err(io_err("reading", path))?;
        if sum != checksum(&buf) {
            break Some(bad(format!(
                "checksum mismatch (the {len} bytes of the record were altered or partly written)"
            )));
        }
        visit(index, offset, &buf)?;
        offset += len as u64 + RECORD_OVERHEAD;
        index += 1;
    };
    Ok(Scan {
        records: index,
        valid_end: offset,
        file_len,
        bad,
    })
}

/// Reads the latest checkpoint file, if any: its bytes and its size.
pub(crate) fn read_checkpoint_file(
    dir: &Path,
) -> Result<Option<(Vec<u8>, Checkpoint)>, StoreError> {
    let path = dir.join(CHECKPOINT_FILE);
    let bytes = match fs::read(&path) {
        Ok(bytes) => bytes,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(source) => {
            return Err(StoreError::Io {
                op: "reading",
                path,
                source,
            });
        }
    };
    let bad = |reason: String| StoreError::BadCheckpoint {
        path: path.clone(),
        reason,
    };
    let note = parse_note(&bytes).map_err(|e| bad(e.to_string()))?;
    let checkpoint = Checkpoint::parse_text(&note.text).map_err(|e| bad(e.to_string()))?;
    Ok(Some((bytes, checkpoint)))
}

impl FileStore {
    /// Creates a new, empty log in `dir` (created if missing; refused if it
    /// exists and is not empty) and opens it. `verifier` is the verifier of
    /// the key that will sign the checkpoints and `key_file` where that key
    /// is kept (made absolute; not read here).
    pub fn create(
        dir: &Path,
        origin: &str,
        verifier: &NoteVerifier,
        key_file: &Path,
    ) -> Result<FileStore, StoreError> {
        let config_path = dir.join(CONFIG_FILE);
        check_origin(origin).map_err(|reason| StoreError::Config {
            path: config_path.clone(),
            field: Some("origin".to_owned()),
            reason,
        })?;
        let key_file = std::path::absolute(key_file).map_err(io_err("resolving", key_file))?;
        match fs::read_dir(dir) {
            Ok(mut items) => {
                if items.next().is_some() {
                    return Err(StoreError::NotEmpty {
                        dir: dir.to_path_buf(),
                    });
                }
            }
            Err(e) if e.kind() == io::ErrorKind::NotFound => {
                fs::create_dir_all(dir).map_err(io_err("creating directory", dir))?;
                if let Some(parent) = std::path::absolute(dir)
                    .ok()
                    .and_then(|d| d.parent().map(Path::to_path_buf))
                {
                    sync_dir(&parent)?;
                }
            }
            Err(source) => {
                return Err(StoreError::Io {
                    op: "reading directory",
                    path: dir.to_path_buf(),
                    source,
                });
            }
        }
        let config = LogConfig {
            origin: origin.to_owned(),
            verifier_key: verifier.to_vkey(),
            key_file,
        };
        for name in [ENTRIES_FILE, CHECKPOINTS_FILE] {
            let path = dir.join(name);
            OpenOptions::new()
                .write(true)
                .create_new(true)
                .open(&path)
                .and_then(|f| f.sync_all())
                .map_err(io_err("creating", &path))?;
        }
        let tiles = dir.join(TILE_DIR);
        fs::create_dir(&tiles).map_err(io_err("creating directory", &tiles))?;
        // log.json last: a directory without it is an interrupted create.
        write_atomic(&config_path, config.to_json().as_bytes())?;
        sync_dir(dir)?;
        FileStore::open(dir)
    }

    /// Opens the log in `dir`: reads and checks `log.json` and locks the
    /// entries. Entries and checkpoints are read by [`LogStore::load`]
    /// (which [`Log::open`] calls).
    pub fn open(dir: &Path) -> Result<FileStore, StoreError> {
        let config = LogConfig::read(dir)?;
        let entries_path = dir.join(ENTRIES_FILE);
        let history_path = dir.join(CHECKPOINTS_FILE);
        let entries = OpenOptions::new()
            .read(true)
            .write(true)
            .open(&entries_path)
            .map_err(io_err("opening", &entries_path))?;
        match entries.try_lock() {
            Ok(()) => {}
            Err(fs::TryLockError::WouldBlock) => {
                return Err(StoreError::Locked { path: entries_path });
            }
            Err(fs::TryLockError::Error(source)) => {
                return Err(StoreError::Io {
                    op: "locking",
                    path: entries_path,
                    source,
                });
            }
        }
        let reader = File::open(&entries_path).map_err(io_err("opening", &entries_path))?;
        let history = OpenOptions::new()
            .read(true)
            .write(true)
            .open(&history_path)
            .map_err(io_err("opening", &history_path))?;
        Ok(FileStore {
            dir: dir.to_path_buf(),
            config,
            entries_path,
            history_path,
            entries,
            reader: Mutex::new(reader),
            history,
            offsets: Vec::new(),
            entries_end: 0,
            entries_len: 0,
            durable: 0,
            history_end: 0,
            history_len: 0,
            history_records: 0,
            published: 0,
            loaded: false,
            poisoned: false,
            known_dirs: HashSet::new(),
        })
    }

    /// The log's directory.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The log's configuration (`log.json`).
    pub fn config(&self) -> &LogConfig {
        &self.config
    }

    /// The number of entries loaded or appended so far.
    pub fn len(&self) -> u64 {
        self.offsets.len() as u64
    }

    /// Whether the store holds no entries (or has not been loaded).
    pub fn is_empty(&self) -> bool {
        self.offsets.is_empty()
    }

    /// Cuts a torn tail left by a crash, before the first write after load.
    fn prepare_write(&mut self) -> Result<(), StoreError> {
        if self.poisoned {
            return Err(StoreError::Poisoned);
        }
        if !self.loaded {
            return Err(StoreError::NotLoaded);
        }
        if self.entries_len > self.entries_end {
            self.entries
                .set_len(self.entries_end)
                .and_then(|()| self.entries.sync_all())
                .map_err(io_err("cutting the torn tail of", &self.entries_path))?;
            self.entries_len = self.entries_end;
        }
        if self.history_len > self.history_end {
            self.history
                .set_len(self.history_end)
                .and_then(|()| self.history.sync_all())
                .map_err(io_err("cutting the torn tail of", &self.history_path))?;
            self.history_len = self.history_end;
        }
        Ok(())
    }

    fn append_inner(&mut self, first: u64, entries: &[Vec<u8>]) -> Result<(), StoreError> {
        self.prepare_write()?;
        let stored = self.len();
        check_append(stored, first, entries)?;
        let total: usize = entries.iter().map(|e| e.len() + 8).sum();
        let mut buf = Vec::with_capacity(total);
        let mut offsets = Vec::with_capacity(entries.len());
        for entry in entries {
            offsets.push(self.entries_end + buf.len() as u64);
            encode_record(&mut buf, entry);
        }
        // From here on, a failure leaves the file in an unknown state.
        self.poisoned = true;
        self.entries
            .seek(SeekFrom::Start(self.entries_end))
            .and_then(|_| self.entries.write_all(&buf))
            .map_err(io_err("writing", &self.entries_path))?;
        self.entries
            .sync_data()
            .map_err(io_err("syncing", &self.entries_path))?;
        self.poisoned = false;
        self.offsets.extend(offsets);
        self.entries_end += buf.len() as u64;
        self.entries_len = self.entries_end;
        self.durable = self.len();
        Ok(())
    }

    /// Creates the directories of `dir` below the log's directory that do not
    /// exist yet, noting each parent that gained an entry in `dirty`.
    fn ensure_dir(&mut self, dir: &Path, dirty: &mut Vec<PathBuf>) -> Result<(), StoreError> {
        if self.known_dirs.contains(dir) {
            return Ok(());
        }
        if !dir.is_dir()
            && let Some(parent) = dir.parent()
        {
            self.ensure_dir(parent, dirty)?;
            match fs::create_dir(dir) {
                Ok(()) => {}
                Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {}
                Err(source) => {
                    return Err(StoreError::Io {
                        op: "creating directory",
                        path: dir.to_path_buf(),
                        source,
                    });
                }
            }
            if !dirty.iter().any(|d| d == parent) {
                dirty.push(parent.to_path_buf());
            }
        }
        self.known_dirs.insert(dir.to_path_buf());
        Ok(())
    }

    fn publish_inner(
        &mut self,
        size: u64,
        signed_checkpoint: &[u8],
        tiles: &[(String, Vec<u8>)],
    ) -> Result<(), StoreError> {
        self.prepare_write()?;
        if size > self.len() {
            return Err(StoreError::BadPublish {
                size,
                reason: format!("the log holds only {} entries", self.len()),
            });
        }
        if size < self.published {
            return Err(StoreError::BadPublish {
                size,
                reason: format!(
                    "a checkpoint of size {} is already published",
                    self.published
                ),
            });
        }
        if signed_checkpoint.len() > MAX_CHECKPOINT_RECORD {
            return Err(StoreError::BadPublish {
                size,
                reason: format!("the checkpoint is {} bytes", signed_checkpoint.len()),
            });
        }
        let mut paths = Vec::with_capacity(tiles.len());
        for (path, _) in tiles {
            let relative = Path::new(path);
            let plain = relative
                .components()
                .all(|c| matches!(c, Component::Normal(_)));
            if !plain || !path.starts_with("tile/") || crate::tile::parse_tile_path(path).is_none()
            {
                return Err(StoreError::BadTilePath { path: path.clone() });
            }
            paths.push(self.dir.join(relative));
        }
        self.poisoned = true;
        // 1. The entries the checkpoint covers.
        if self.durable < size {
            self.entries
                .sync_data()
                .map_err(io_err("syncing", &self.entries_path))?;
            self.durable = self.len();
        }
        // 2. The tiles, before the checkpoint that needs them.
        let mut dirty: Vec<PathBuf> = Vec::new();
        for (path, (_, data)) in paths.iter().zip(tiles) {
            let parent = path.parent().unwrap_or(&self.dir).to_path_buf();
            self.ensure_dir(&parent, &mut dirty)?;
            write_atomic(path, data)?;
            if !dirty.contains(&parent) {
                dirty.push(parent);
            }
        }
        for dir in &dirty {
            sync_dir(dir)?;
        }
        // 3. The history record.
        let mut record = Vec::with_capacity(signed_checkpoint.len() + 8);
        encode_record(&mut record, signed_checkpoint);
        self.history
            .seek(SeekFrom::Start(self.history_end))
            .and_then(|_| self.history.write_all(&record))
            .map_err(io_err("writing", &self.history_path))?;
        self.history
            .sync_data()
            .map_err(io_err("syncing", &self.history_path))?;
        self.history_end += record.len() as u64;
        self.history_len = self.history_end;
        self.history_records += 1;
        // 4. The latest checkpoint, atomically.
        write_atomic(&self.dir.join(CHECKPOINT_FILE), signed_checkpoint)?;
        sync_dir(&self.dir)?;
        self.poisoned = false;
        self.published = size;
        Ok(())
    }
}

impl LogStore for FileStore {
    fn load(
        &mut self,
        visit: &mut dyn FnMut(&[u8]) -> Result<(), StoreError>,
    ) -> Result<Stored, StoreError> {
        self.loaded = false;
        let latest = read_checkpoint_file(&self.dir)?;
        let published = latest.as_ref().map_or(0, |(_, c)| c.size);

        // The history: a bad record is a torn tail only if the latest
        // checkpoint's own record comes before it.
        let latest_bytes = latest.as_ref().map(|(b, _)| b.as_slice());
        let mut latest_seen = latest_bytes.is_none();
        let history = scan_records(
            &self.history_path,
            &self.history,
            MAX_CHECKPOINT_RECORD,
            &mut |_, _, bytes| {
                if Some(bytes) == latest_bytes {
                    latest_seen = true;
                }
                Ok(())
            },
        )?;
        if let Some(bad) = history.bad
            && !latest_seen
        {
            return Err(StoreError::Corrupt {
                path: self.history_path.clone(),
                index: bad.index,
                offset: bad.offset,
                reason: bad.reason,
            });
        }

        // The entries: a bad record within the published size is corruption,
        // past it a torn tail.
        let mut offsets = Vec::new();
        let scan = scan_records(
            &self.entries_path,
            &self.entries,
            MAX_ENTRY_SIZE,
            &mut |_, offset, bytes| {
                offsets.push(offset);
                visit(bytes)
            },
        )?;
        if let Some(bad) = scan.bad
            && bad.index < published
        {
            return Err(StoreError::Corrupt {
                path: self.entries_path.clone(),
                index: bad.index,
                offset: bad.offset,
                reason: format!(
                    "{}; the latest checkpoint covers {published} entries",
                    bad.reason
                ),
            });
        }
        if scan.records < published {
            return Err(StoreError::MissingEntries {
                path: self.entries_path.clone(),
                found: scan.records,
                expected: published,
            });
        }
        self.offsets = offsets;
        self.entries_end = scan.valid_end;
        self.entries_len = scan.file_len;
        self.durable = published;
        self.history_end = history.valid_end;
        self.history_len = history.file_len;
        self.history_records = history.records;
        self.published = published;
        self.poisoned = false;
        self.loaded = true;
        Ok(Stored {
            entries: scan.records,
            checkpoint: latest.map(|(bytes, _)| bytes),
        })
    }

    fn append(&mut self, first: u64, entries: &[Vec<u8>]) -> Result<(), StoreError> {
        self.append_inner(first, entries)
    }

    fn publish(
        &mut self,
        size: u64,
        signed_checkpoint: &[u8],
        tiles: &[(String, Vec<u8>)],
    ) -> Result<(), StoreError> {
        self.publish_inner(size, signed_checkpoint, tiles)
    }

    fn entry(&self, index: u64) -> Result<Vec<u8>, StoreError> {
        if !self.loaded {
            return Err(StoreError::NotLoaded);
        }
        let offset = usize::try_from(index)
            .ok()
            .and_then(|i| self.offsets.get(i))
            .copied()
            .ok_or(StoreError::NoEntry {
                index,
                size: self.len(),
            })?;
        let path = &self.entries_path;
        let mut reader = self
            .reader
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        reader
            .seek(SeekFrom::Start(offset))
            .map_err(io_err("reading", path))?;
        let mut len = [0u8; 4];
        reader
            .read_exact(&mut len)
            .map_err(io_err("reading", path))?;
        let len = u32::from_be_bytes(len) as usize;
        let corrupt = |reason: String| StoreError::Corrupt {
            path: path.clone(),
            index,
            offset,
            reason,
        };
        if len > MAX_ENTRY_SIZE {
            return Err(corrupt(format!("its length field says {len} bytes")));
        }
        let mut bytes = vec![0u8; len + 4];
        reader
            .read_exact(&mut bytes)
            .map_err(io_err("reading", path))?;
        let sum = bytes.split_off(len);
        if sum[..] != checksum(&bytes) {
            return Err(corrupt("checksum mismatch".to_owned()));
        }
        Ok(bytes)
    }

    fn checkpoints(&self) -> Result<Vec<Vec<u8>>, StoreError> {
        let file = File::open(&self.history_path).map_err(io_err("opening", &self.history_path))?;
        let mut out = Vec::new();
        let limit = self.loaded.then_some(self.history_records);
        let scan = scan_records(
            &self.history_path,
            &file,
            MAX_CHECKPOINT_RECORD,
            &mut |index, _, bytes| {
                if limit.is_none_or(|n| index < n) {
                    out.push(bytes.to_vec());
                }
                Ok(())
            },
        )?;
        if let Some(bad) = scan.bad
            && limit.is_none_or(|n| bad.index < n)
        {
            return Err(StoreError::Corrupt {
                path: self.history_path.clone(),
                index: bad.index,
                offset: bad.offset,
                reason: bad.reason,
            });
        }
        Ok(out)
    }
}

/// Opens the log in `dir` for appending, signing with `signer`: opens the
/// [`FileStore`], checks that `signer` is the key `log.json` names, and opens
/// the [`Log`] with the configured origin (which recovers from a crash).
pub fn open_log(dir: &Path, signer: NoteSigner) -> Result<Log<FileStore>, LogError> {
    let store = FileStore::open(dir)?;
    let configured = store.config().verifier()?.to_vkey();
    let given = signer.verifier().to_vkey();
    if configured != given {
        return Err(LogError::WrongKey { configured, given });
    }
    let origin = store.config().origin.clone();
    Log::open(store, &origin, signer)
}
