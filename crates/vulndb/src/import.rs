//! Importing OSV records, the KEV catalog and VEX documents.
//!
//! One import is one write transaction: it is committed only when every
//! input has been read, so an import that fails (an I/O error, an input of
//! unknown kind, a full disk) leaves the store exactly as it was. Problems
//! with single parts (a malformed record file or archive entry, a KEV entry
//! without a CVE id, a VEX statement with an unknown status) are reported as
//! [`ImportIssue`]s and the part is skipped.

use std::collections::{BTreeMap, BTreeSet};
use std::fs::{self, File};
use std::io::{self, BufReader, Read};
use std::path::{Path, PathBuf};

use chrono::{DateTime, FixedOffset};
use iotmark_vuln::osv::Record;
use redb::{MultimapTable, ReadableTable, Table, WriteTransaction};

use crate::detect::{self, JsonKind, Unknown};
use crate::error::{ImportIssue, StoreError, json_message};
use crate::kev::{self, KevCatalog};
use crate::package::{ecosystem_base, normalize_name, package_key};
use crate::store::{Counts, ImportSummary, InputKind, Progress, Source, Stage, Store};
use crate::tables::*;
use crate::vex::{self, VexStatement};

/// The largest JSON document read: one OSV record file or archive entry, a
/// KEV catalog (about 1.5 MB today), a VEX document. Larger ones are
/// refused before they are read.
pub const MAX_JSON_BYTES: u64 = 32 << 20;

/// The longest record id accepted.
const MAX_ID_LEN: usize = 256;

impl Store {
    /// Imports `path` into the store: an OSV record file, a zip archive of
    /// OSV records (the per-ecosystem `all.zip` export), the CISA KEV
    /// catalog, an OpenVEX document, a CycloneDX BOM with VEX
    /// `vulnerabilities`, or a directory tree of any of these (`.json` and
    /// `.zip` files; names starting with `.` are passed over). Each JSON
    /// file's kind is told by its content.
    ///
    /// Importing is incremental: a record replaces the stored one with the
    /// same id only when its `modified` is newer; a KEV catalog replaces the
    /// stored one unless it is not newer (`dateReleased`); a VEX document
    /// replaces the statements imported before from the same path.
    ///
    /// `imported_at` (RFC 3339) is the time the caller assigns to this
    /// import; the library reads no clock. `progress` is called as items
    /// (files and archive entries) are done.
    ///
    /// A single file that cannot be used as a whole (unknown kind, over
    /// [`MAX_JSON_BYTES`], malformed JSON) is an `Err`; inside a directory
    /// or archive the same problems are issues in the summary and the
    /// import goes on.
    pub fn import(
        &mut self,
        path: impl AsRef<Path>,
        imported_at: &str,
        progress: &mut dyn FnMut(Progress),
    ) -> Result<ImportSummary, StoreError> {
        let path = path.as_ref();
        if DateTime::parse_from_rfc3339(imported_at).is_err() {
            return Err(StoreError::Timestamp {
                value: imported_at.to_owned(),
            });
        }
        let store_path = self.path().to_path_buf();
        let db = self.writable()?;
        let io_err = |source: io::Error| StoreError::Io {
            path: path.to_path_buf(),
            source,
        };
        let metadata = fs::metadata(path).map_err(io_err)?;
        let canonical = fs::canonicalize(path).map_err(io_err)?;
        let display = canonical.display().to_string();

        progress(Progress {
            stage: Stage::Scanning,
            done: 0,
            total: None,
        });
        let plan = if metadata.is_dir() {
            Plan::Directory(scan_directory(&canonical)?)
        } else if is_zip(&canonical).map_err(io_err)? {
            let archive = open_zip(&canonical).map_err(|message| StoreError::Archive {
                path: path.to_path_buf(),
                message,
            })?;
            Plan::Archive(archive)
        } else {
            let bytes = read_limited(&canonical, metadata.len()).map_err(|p| p.into_error(path))?;
            let kind = match detect::detect(&bytes) {
                Ok(kind) => kind,
                Err(unknown) => return Err(DocProblem::from(unknown).into_error(path)),
            };
            Plan::Json(bytes, kind)
        };

        let txn = db
            .begin_write()
            .map_err(|e| StoreError::db(&store_path, e))?;
        let summary;
        {
            let mut writer = Writer::open(&txn, &store_path)?;
            let mut run = Run {
                writer: &mut writer,
                source: Source {
                    path: display.clone(),
                    kind: InputKind::Directory,
                    imported_at: imported_at.to_owned(),
                    osv: Counts::default(),
                    kev: Counts::default(),
                    vex: Counts::default(),
                    errors: 0,
                    newest_modified: None,
                },
                newest: None,
                issues: Vec::new(),
                done: 0,
                total: None,
                progress,
            };
            match plan {
                Plan::Directory(scan) => {
                    run.issues.extend(scan.issues);
                    run.total = Some(scan.total);
                    for item in scan.items {
                        match item {
                            Item::Json(file) => {
                                let file_display = file.display().to_string();
                                if let Err(problem) = run.json_file(&file, &file_display) {
                                    let issue = problem.into_issue(&file_display)?;
                                    run.issues.push(issue);
                                }
                                run.tick();
                            }
                            Item::Zip(file) => {
                                let file_display = file.display().to_string();
                                match open_zip(&file) {
                                    Ok(archive) => run.zip(archive, &file_display)?,
                                    Err(message) => run.issues.push(ImportIssue::new(
                                        &file_display,
                                        None,
                                        format!("not a readable zip archive: {message}"),
                                    )),
                                }
                            }
                        }
                    }
                }
                Plan::Archive(archive) => {
                    run.source.kind = InputKind::OsvArchive;
                    run.total = Some(archive.len() as u64);
                    run.zip(archive, &display)?;
                }
                Plan::Json(bytes, kind) => {
                    run.total = Some(1);
                    run.source.kind = match run.json(&bytes, kind, &display) {
                        Ok(kind) => kind,
                        Err(problem) => return Err(problem.into_error(path)),
                    };
                    run.tick();
                }
            }
            let Run {
                mut source,
                newest,
                issues,
                done,
                total,
                progress,
                ..
            } = run;
            source.errors = issues.len() as u64;
            source.newest_modified = newest.map(|(_, text)| text);
            writer.finish(&source)?;
            progress(Progress {
                stage: Stage::Committing,
                done,
                total,
            });
            summary = ImportSummary { source, issues };
        }
        txn.commit().map_err(|e| StoreError::db(&store_path, e))?;
        Ok(summary)
    }
}

// ------------------------------------------------------------------ input

enum Plan {
    Directory(Scan),
    Archive(zip::ZipArchive<BufReader<File>>),
    Json(Vec<u8>, JsonKind),
}

enum Item {
    Json(PathBuf),
    Zip(PathBuf),
}

struct Scan {
    items: Vec<Item>,
    total: u64,
    issues: Vec<ImportIssue>,
}

/// Lists `.json` and `.zip` files under `dir` in path order, without
/// following symbolic links to directories, and counts the items: one per
/// JSON file, one per archive entry.
fn scan_directory(dir: &Path) -> Result<Scan, StoreError> {
    let mut files = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(current) = stack.pop() {
        let io_err = |source| StoreError::Io {
            path: current.clone(),
            source,
        };
        for entry in fs::read_dir(&current).map_err(io_err)? {
            let entry = entry.map_err(io_err)?;
            if entry.file_name().to_string_lossy().starts_with('.') {
                continue;
            }
            let path = entry.path();
            let file_type = entry.file_type().map_err(io_err)?;
            if file_type.is_dir() {
                stack.push(path);
            } else if file_type.is_file() || (file_type.is_symlink() && path.is_file()) {
                files.push(path);
            }
        }
    }
    files.sort();
    let mut scan = Scan {
        items: Vec::new(),
        total: 0,
        issues: Vec::new(),
    };
    for file in files {
        let extension = file
            .extension()
            .map(|e| e.to_string_lossy().to_ascii_lowercase());
        match extension.as_deref() {
            Some("json") => {
                scan.total += 1;
                scan.items.push(Item::Json(file));
            }
            Some("zip") => match open_zip(&file) {
                Ok(archive) => {
                    scan.total += archive.len() as u64;
                    scan.items.push(Item::Zip(file));
                }
                Err(message) => scan.issues.push(ImportIssue::new(
                    &file.display().to_string(),
                    None,
                    format!("not a readable zip archive: {message}"),
                )),
            },
            _ => {}
        }
    }
    Ok(scan)
}

fn is_zip(path: &Path) -> io::Result<bool> {
    let mut magic = [0u8; 4];
    let mut file = File::open(path)?;
    let mut read = 0;
    while read < magic.len() {
        match file.read(&mut magic[read..])? {
            0 => break,
            n => read += n,
        }
    }
    Ok(read == 4 && (magic == *b"PK\x03\x04" || magic == *b"PK\x05\x06"))
}

fn open_zip(path: &Path) -> Result<zip::ZipArchive<BufReader<File>>, String> {
    let file = File::open(path).map_err(|e| e.to_string())?;
    zip::ZipArchive::new(BufReader::new(file)).map_err(|e| e.to_string())
}

/// Reads a file of `size` bytes (as its metadata says), refusing it
/// unread when that is over the limit, and refusing it when it grew past
/// the limit while being read.
fn read_limited(path: &Path, size: u64) -> Result<Vec<u8>, DocProblem> {
    if size > MAX_JSON_BYTES {
        return Err(DocProblem::TooLarge { size });
    }
    let file = File::open(path).map_err(DocProblem::Io)?;
    let mut bytes = Vec::with_capacity(size as usize);
    file.take(MAX_JSON_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(DocProblem::Io)?;
    if bytes.len() as u64 > MAX_JSON_BYTES {
        return Err(DocProblem::TooLarge {
            size: bytes.len() as u64,
        });
    }
    Ok(bytes)
}

/// Why a whole document could not be used. In a directory or an archive
/// this becomes an issue; as the one input of an import, an error.
enum DocProblem {
    Store(StoreError),
    Io(io::Error),
    TooLarge { size: u64 },
    Json(serde_json::Error),
    Unknown(Option<String>),
    Invalid(String),
}

impl From<Unknown> for DocProblem {
    fn from(unknown: Unknown) -> Self {
        match unknown {
            Unknown::Json(error) => DocProblem::Json(error),
            Unknown::Shape(hint) => DocProblem::Unknown(hint),
        }
    }
}

impl From<StoreError> for DocProblem {
    fn from(error: StoreError) -> Self {
        DocProblem::Store(error)
    }
}

impl DocProblem {
    fn into_error(self, path: &Path) -> StoreError {
        let path = path.to_path_buf();
        match self {
            DocProblem::Store(error) => error,
            DocProblem::Io(source) => StoreError::Io { path, source },
            DocProblem::TooLarge { size } => StoreError::TooLarge {
                path,
                size,
                limit: MAX_JSON_BYTES,
            },
            DocProblem::Json(error) => StoreError::Malformed {
                path,
                line: error.line(),
                column: error.column(),
                message: json_message(&error),
            },
            DocProblem::Unknown(hint) => StoreError::UnknownKind { path, hint },
            DocProblem::Invalid(message) => StoreError::Invalid { path, message },
        }
    }

    /// The problem as an issue; a store failure stays an error.
    fn into_issue(self, path: &str) -> Result<ImportIssue, StoreError> {
        Ok(match self {
            DocProblem::Store(error) => return Err(error),
            DocProblem::Io(error) => ImportIssue::new(path, None, error.to_string()),
            DocProblem::TooLarge { size } => ImportIssue::new(
                path,
                None,
                format!("{size} bytes is over the limit of {MAX_JSON_BYTES} bytes; not read"),
            ),
            DocProblem::Json(error) => ImportIssue::json(path, None, &error),
            DocProblem::Unknown(hint) => ImportIssue::new(
                path,
                None,
                match hint {
                    Some(hint) => format!("not a known kind of input: {hint}"),
                    None => "not a known kind of input (OSV record, KEV catalog, OpenVEX, CycloneDX VEX)".to_owned(),
                },
            ),
            DocProblem::Invalid(message) => ImportIssue::new(path, None, message),
        })
    }
}

/// Checks what the store relies on in a record and returns its `modified`.
fn validate_osv(record: &Record) -> Result<DateTime<FixedOffset>, String> {
    if record.id.trim().is_empty() {
        return Err("the record id is empty".to_owned());
    }
    if record.id.len() > MAX_ID_LEN || record.id.contains('\0') {
        return Err(format!(
            "the record id {:?} is not usable (over {MAX_ID_LEN} bytes or contains NUL)",
            truncate(&record.id, 64)
        ));
    }
    DateTime::parse_from_rfc3339(&record.modified).map_err(|e| {
        format!(
            "{}: modified {:?} is not an RFC 3339 timestamp ({e})",
            record.id,
            truncate(&record.modified, 64)
        )
    })
}

fn truncate(text: &str, max: usize) -> &str {
    match text.char_indices().nth(max) {
        Some((at, _)) => &text[..at],
        None => text,
    }
}

// ------------------------------------------------------------------- run

/// The state of one import as it goes through its inputs.
struct Run<'w, 't, 'p> {
    writer: &'w mut Writer<'t>,
    source: Source,
    newest: Option<(DateTime<FixedOffset>, String)>,
    issues: Vec<ImportIssue>,
    done: u64,
    total: Option<u64>,
    progress: &'p mut dyn FnMut(Progress),
}

impl Run<'_, '_, '_> {
    fn tick(&mut self) {
        self.done += 1;
        (self.progress)(Progress {
            stage: Stage::Importing,
            done: self.done,
            total: self.total,
        });
    }

    fn note_modified(&mut self, modified: DateTime<FixedOffset>, text: &str) {
        if self.newest.as_ref().is_none_or(|(t, _)| modified > *t) {
            self.newest = Some((modified, text.to_owned()));
        }
    }

    fn json_file(&mut self, path: &Path, display: &str) -> Result<InputKind, DocProblem> {
        let size = fs::metadata(path).map_err(DocProblem::Io)?.len();
        let bytes = read_limited(path, size)?;
        let kind = detect::detect(&bytes)?;
        self.json(&bytes, kind, display)
    }

    /// Imports one JSON document of a known kind.
    fn json(
        &mut self,
        bytes: &[u8],
        kind: JsonKind,
        display: &str,
    ) -> Result<InputKind, DocProblem> {
        match kind {
            JsonKind::Osv => {
                let record: Record = serde_json::from_slice(bytes).map_err(DocProblem::Json)?;
                let modified = validate_osv(&record).map_err(DocProblem::Invalid)?;
                self.osv(record, modified)?;
                Ok(InputKind::OsvRecord)
            }
            JsonKind::Kev => {
                let catalog =
                    kev::parse(bytes, display, &mut self.issues).map_err(DocProblem::Json)?;
                self.writer.put_kev(catalog, &mut self.source.kev)?;
                Ok(InputKind::Kev)
            }
            JsonKind::OpenVex => {
                let statements = vex::parse_openvex(bytes, display, &mut self.issues)
                    .map_err(DocProblem::Json)?;
                self.writer
                    .put_vex(display, statements, &mut self.source.vex)?;
                Ok(InputKind::OpenVex)
            }
            JsonKind::CycloneDxVex => {
                let mut passed_over = 0;
                let statements =
                    vex::parse_cyclonedx(bytes, display, &mut self.issues, &mut passed_over)
                        .map_err(DocProblem::Json)?;
                self.writer
                    .put_vex(display, statements, &mut self.source.vex)?;
                Ok(InputKind::CycloneDxVex)
            }
        }
    }

    fn osv(&mut self, record: Record, modified: DateTime<FixedOffset>) -> Result<(), StoreError> {
        self.note_modified(modified, &record.modified);
        self.writer.put_osv(record, modified, &mut self.source.osv)
    }

    /// Imports every `.json` entry of an archive as an OSV record.
    fn zip(
        &mut self,
        mut archive: zip::ZipArchive<BufReader<File>>,
        display: &str,
    ) -> Result<(), StoreError> {
        let mut buffer = Vec::new();
        for index in 0..archive.len() {
            let outcome = read_entry(&mut archive, index, &mut buffer);
            self.tick();
            let name = match outcome {
                Entry::Skip => continue,
                Entry::Problem(name, message) => {
                    self.issues
                        .push(ImportIssue::new(display, Some(&name), message));
                    continue;
                }
                Entry::Read(name) => name,
            };
            let record = match serde_json::from_slice::<Record>(&buffer) {
                Ok(record) => record,
                Err(error) => {
                    self.issues
                        .push(ImportIssue::json(display, Some(&name), &error));
                    continue;
                }
            };
            match validate_osv(&record) {
                Ok(modified) => self.osv(record, modified)?,
                Err(message) => self
                    .issues
                    .push(ImportIssue::new(display, Some(&name), message)),
            }
        }
        Ok(())
    }
}

enum Entry {
    Skip,
    Problem(String, String),
    Read(String),
}

/// Reads archive entry `index` into `buffer` when it is a `.json` file
/// within the size limit.
fn read_entry(
    archive: &mut zip::ZipArchive<BufReader<File>>,
    index: usize,
    buffer: &mut Vec<u8>,
) -> Entry {
    let file = match archive.by_index(index) {
        Ok(file) => file,
        Err(error) => return Entry::Problem(format!("#{index}"), error.to_string()),
    };
    let name = file
        .name()
        .map(|n| n.into_owned())
        .unwrap_or_else(|_| format!("#{index}"));
    if file.is_dir() || !name.to_ascii_lowercase().ends_with(".json") {
        return Entry::Skip;
    }
    let size = file.size();
    if size > MAX_JSON_BYTES {
        return Entry::Problem(
            name,
            format!("{size} bytes is over the limit of {MAX_JSON_BYTES} bytes; not read"),
        );
    }
    buffer.clear();
    if let Err(error) = file.take(MAX_JSON_BYTES + 1).read_to_end(buffer) {
        return Entry::Problem(name, format!("cannot read the entry: {error}"));
    }
    if buffer.len() as u64 > MAX_JSON_BYTES {
        return Entry::Problem(
            name,
            format!("over the limit of {MAX_JSON_BYTES} bytes once inflated; not read"),
        );
    }
    Entry::Read(name)
}

// ---------------------------------------------------------------- writer

type StrTable<'t, V> = Table<'t, &'static str, V>;

/// The tables of one write transaction, and the counters it keeps in
/// memory until [`Writer::finish`].
struct Writer<'t> {
    store_path: &'t Path,
    meta: StrTable<'t, &'static str>,
    counters_table: StrTable<'t, u64>,
    counters: BTreeMap<String, u64>,
    record_ids: StrTable<'t, u64>,
    records: Table<'t, u64, (&'static str, bool, &'static [u8])>,
    /// The sequence number of the next record written.
    next_seq: u64,
    packages: StrTable<'t, &'static [u8]>,
    alias_index: MultimapTable<'t, &'static str, &'static str>,
    record_aliases: MultimapTable<'t, &'static str, &'static str>,
    kev: StrTable<'t, &'static [u8]>,
    vex: Table<'t, (&'static str, u32), &'static [u8]>,
    vex_index: MultimapTable<'t, &'static str, (&'static str, u32)>,
    sources: StrTable<'t, &'static [u8]>,
    newest: Option<(DateTime<FixedOffset>, String)>,
}

impl<'t> Writer<'t> {
    fn open(txn: &'t WriteTransaction, store_path: &'t Path) -> Result<Self, StoreError> {
        let e = |error: redb::TableError| StoreError::db(store_path, error);
        let meta = txn.open_table(META).map_err(e)?;
        let counters_table = txn.open_table(COUNTERS).map_err(e)?;
        let mut counters = BTreeMap::new();
        for entry in counters_table
            .iter()
            .map_err(|error| StoreError::db(store_path, error))?
        {
            let (key, value) = entry.map_err(|error| StoreError::db(store_path, error))?;
            counters.insert(key.value().to_owned(), value.value());
        }
        let newest = meta
            .get(META_NEWEST_MODIFIED)
            .map_err(|error| StoreError::db(store_path, error))?
            .and_then(|v| {
                let text = v.value().to_owned();
                DateTime::parse_from_rfc3339(&text).ok().map(|t| (t, text))
            });
        let records = txn.open_table(RECORDS).map_err(e)?;
        let next_seq = match records
            .last()
            .map_err(|error| StoreError::db(store_path, error))?
        {
            Some((last, _)) => last.value().saturating_add(1),
            None => 0,
        };
        Ok(Writer {
            store_path,
            meta,
            counters_table,
            counters,
            record_ids: txn.open_table(RECORD_IDS).map_err(e)?,
            records,
            next_seq,
            packages: txn.open_table(PACKAGES).map_err(e)?,
            alias_index: txn.open_multimap_table(ALIAS_INDEX).map_err(e)?,
            record_aliases: txn.open_multimap_table(RECORD_ALIASES).map_err(e)?,
            kev: txn.open_table(KEV).map_err(e)?,
            vex: txn.open_table(VEX).map_err(e)?,
            vex_index: txn.open_multimap_table(VEX_INDEX).map_err(e)?,
            sources: txn.open_table(SOURCES).map_err(e)?,
            newest,
        })
    }

    fn damaged(&self, key: &str, message: impl Into<String>) -> StoreError {
        StoreError::Damaged {
            path: self.store_path.to_path_buf(),
            key: key.to_owned(),
            message: message.into(),
        }
    }

    fn count(&mut self, key: &str, up: bool) {
        let value = match self.counters.get_mut(key) {
            Some(value) => value,
            None => self.counters.entry(key.to_owned()).or_insert(0),
        };
        *value = if up {
            value.saturating_add(1)
        } else {
            value.saturating_sub(1)
        };
    }

    /// Stores a record unless the stored one with its id is as new or newer.
    fn put_osv(
        &mut self,
        record: Record,
        modified: DateTime<FixedOffset>,
        counts: &mut Counts,
    ) -> Result<(), StoreError> {
        if self.newest.as_ref().is_none_or(|(t, _)| modified > *t) {
            self.newest = Some((modified, record.modified.clone()));
        }
        let old_seq = self
            .record_ids
            .get(record.id.as_str())
            .map_err(|e| StoreError::db(self.store_path, e))?
            .map(|seq| seq.value());
        let previous = match old_seq {
            None => None,
            Some(old_seq) => {
                let stored = self
                    .records
                    .get(old_seq)
                    .map_err(|e| StoreError::db(self.store_path, e))?;
                match stored {
                    None => return Err(self.damaged(&record.id, "id entry without its record")),
                    Some(guard) => {
                        let (old_modified, old_withdrawn, blob) = guard.value();
                        let newer = match DateTime::parse_from_rfc3339(old_modified) {
                            Ok(old) => modified > old,
                            Err(_) => true,
                        };
                        if !newer {
                            counts.skipped += 1;
                            return Ok(());
                        }
                        Some((old_seq, old_withdrawn, blob.to_vec()))
                    }
                }
            }
        };
        if let Some((old_seq, old_withdrawn, blob)) = previous {
            let old = decode_record(&blob).map_err(|m| self.damaged(&record.id, m))?;
            self.unindex(&old, old_withdrawn)?;
            self.records
                .remove(old_seq)
                .map_err(|e| StoreError::db(self.store_path, e))?;
            counts.replaced += 1;
        } else {
            counts.added += 1;
        }
        let seq = self.next_seq;
        self.next_seq = seq.saturating_add(1);
        let withdrawn = record.withdrawn.is_some();
        self.index(&record, withdrawn)?;
        let blob = encode_record(&record);
        self.records
            .insert(seq, (record.modified.as_str(), withdrawn, blob.as_slice()))
            .map_err(|e| StoreError::db(self.store_path, e))?;
        self.record_ids
            .insert(record.id.as_str(), seq)
            .map_err(|e| StoreError::db(self.store_path, e))?;
        Ok(())
    }

    /// The package keys of a record, each with its `affected` indices, and
    /// the ecosystems it affects.
    fn packages_of(record: &Record) -> (BTreeMap<String, Vec<u32>>, BTreeSet<String>) {
        let mut keys: BTreeMap<String, Vec<u32>> = BTreeMap::new();
        let mut ecosystems = BTreeSet::new();
        for (index, affected) in record.affected.iter().enumerate() {
            let Some(package) = &affected.package else {
                continue;
            };
            let base = ecosystem_base(&package.ecosystem);
            let name = normalize_name(base, package.name.trim());
            if base.is_empty() || name.is_empty() {
                continue;
            }
            if let Some(key) = package_key(base, &name, &record.id) {
                keys.entry(key).or_default().push(index as u32);
                ecosystems.insert(base.to_owned());
            }
        }
        (keys, ecosystems)
    }

    fn aliases(record: &Record) -> BTreeSet<&str> {
        record
            .aliases
            .iter()
            .map(|a| a.trim())
            .filter(|a| !a.is_empty() && *a != record.id)
            .collect()
    }

    fn index(&mut self, record: &Record, withdrawn: bool) -> Result<(), StoreError> {
        let (keys, ecosystems) = Self::packages_of(record);
        // Withdrawn records keep no rows: they no longer match.
        if !withdrawn {
            for (key, indices) in keys {
                let row = encode_row(record, &indices);
                self.packages
                    .insert(key.as_str(), row.as_slice())
                    .map_err(|e| StoreError::db(self.store_path, e))?;
            }
        }
        for alias in Self::aliases(record) {
            self.alias_index
                .insert(alias, record.id.as_str())
                .map_err(|e| StoreError::db(self.store_path, e))?;
            self.record_aliases
                .insert(record.id.as_str(), alias)
                .map_err(|e| StoreError::db(self.store_path, e))?;
        }
        self.count(COUNTER_RECORDS, true);
        if withdrawn {
            self.count(COUNTER_WITHDRAWN, true);
        } else {
            for eco in ecosystems {
                self.count(&format!("{COUNTER_ECOSYSTEM_PREFIX}{eco}"), true);
            }
        }
        Ok(())
    }

    fn unindex(&mut self, record: &Record, withdrawn: bool) -> Result<(), StoreError> {
        let (keys, ecosystems) = Self::packages_of(record);
        for key in keys.keys() {
            self.packages
                .remove(key.as_str())
                .map_err(|e| StoreError::db(self.store_path, e))?;
        }
        for alias in Self::aliases(record) {
            self.alias_index
                .remove(alias, record.id.as_str())
                .map_err(|e| StoreError::db(self.store_path, e))?;
        }
        self.record_aliases
            .remove_all(record.id.as_str())
            .map_err(|e| StoreError::db(self.store_path, e))?;
        self.count(COUNTER_RECORDS, false);
        if withdrawn {
            self.count(COUNTER_WITHDRAWN, false);
        } else {
            for eco in ecosystems {
                self.count(&format!("{COUNTER_ECOSYSTEM_PREFIX}{eco}"), false);
            }
        }
        Ok(())
    }

    fn meta_get(&self, key: &str) -> Result<Option<String>, StoreError> {
        Ok(self
            .meta
            .get(key)
            .map_err(|e| StoreError::db(self.store_path, e))?
            .map(|v| v.value().to_owned()))
    }

    /// Replaces the KEV catalog unless the stored one is as new or newer.
    fn put_kev(&mut self, catalog: KevCatalog, counts: &mut Counts) -> Result<(), StoreError> {
        let stored = self
            .meta_get(META_KEV_RELEASED)?
            .and_then(|t| DateTime::parse_from_rfc3339(&t).ok());
        let incoming = catalog
            .date_released
            .as_deref()
            .and_then(|t| DateTime::parse_from_rfc3339(t).ok());
        if let (Some(stored), Some(incoming)) = (stored, incoming)
            && stored >= incoming
        {
            counts.skipped += catalog.entries.len() as u64;
            return Ok(());
        }
        let keep: BTreeSet<&str> = catalog.entries.iter().map(|e| e.cve_id.as_str()).collect();
        let mut gone = Vec::new();
        for entry in self
            .kev
            .iter()
            .map_err(|e| StoreError::db(self.store_path, e))?
        {
            let (key, _) = entry.map_err(|e| StoreError::db(self.store_path, e))?;
            if !keep.contains(key.value()) {
                gone.push(key.value().to_owned());
            }
        }
        for cve in gone {
            self.kev
                .remove(cve.as_str())
                .map_err(|e| StoreError::db(self.store_path, e))?;
        }
        for entry in &catalog.entries {
            let bytes = serde_json::to_vec(entry).unwrap_or_default();
            let same = self
                .kev
                .get(entry.cve_id.as_str())
                .map_err(|e| StoreError::db(self.store_path, e))?
                .map(|old| old.value() == bytes.as_slice());
            match same {
                None => counts.added += 1,
                Some(true) => counts.skipped += 1,
                Some(false) => counts.replaced += 1,
            }
            self.kev
                .insert(entry.cve_id.as_str(), bytes.as_slice())
                .map_err(|e| StoreError::db(self.store_path, e))?;
        }
        match &catalog.catalog_version {
            Some(version) => self.meta.insert(META_KEV_VERSION, version.as_str()),
            None => self.meta.remove(META_KEV_VERSION),
        }
        .map_err(|e| StoreError::db(self.store_path, e))?;
        match &catalog.date_released {
            Some(released) => self.meta.insert(META_KEV_RELEASED, released.as_str()),
            None => self.meta.remove(META_KEV_RELEASED),
        }
        .map_err(|e| StoreError::db(self.store_path, e))?;
        Ok(())
    }

    /// Replaces the statements imported before from the document `source`.
    fn put_vex(
        &mut self,
        source: &str,
        statements: Vec<VexStatement>,
        counts: &mut Counts,
    ) -> Result<(), StoreError> {
        let mut old = Vec::new();
        for entry in self
            .vex
            .range((source, 0)..=(source, u32::MAX))
            .map_err(|e| StoreError::db(self.store_path, e))?
        {
            let (key, value) = entry.map_err(|e| StoreError::db(self.store_path, e))?;
            let statement: VexStatement = serde_json::from_slice(value.value())
                .map_err(|e| self.damaged(source, e.to_string()))?;
            old.push((key.value().1, statement));
        }
        if !old.is_empty() && old.iter().map(|(_, s)| s).eq(statements.iter()) {
            counts.skipped += statements.len() as u64;
            return Ok(());
        }
        let replacing = !old.is_empty();
        for (n, statement) in &old {
            for id in statement.identifiers() {
                self.vex_index
                    .remove(id, (source, *n))
                    .map_err(|e| StoreError::db(self.store_path, e))?;
            }
            self.vex
                .remove((source, *n))
                .map_err(|e| StoreError::db(self.store_path, e))?;
        }
        for (n, statement) in statements.iter().enumerate() {
            let n = u32::try_from(n).unwrap_or(u32::MAX);
            let bytes = serde_json::to_vec(statement).unwrap_or_default();
            self.vex
                .insert((source, n), bytes.as_slice())
                .map_err(|e| StoreError::db(self.store_path, e))?;
            for id in statement.identifiers() {
                self.vex_index
                    .insert(id, (source, n))
                    .map_err(|e| StoreError::db(self.store_path, e))?;
            }
            if replacing {
                counts.replaced += 1;
            } else {
                counts.added += 1;
            }
        }
        Ok(())
    }

    /// Writes the counters, the newest `modified` and the source entry.
    fn finish(&mut self, source: &Source) -> Result<(), StoreError> {
        let counters = std::mem::take(&mut self.counters);
        for (key, value) in &counters {
            self.counters_table
                .insert(key.as_str(), *value)
                .map_err(|e| StoreError::db(self.store_path, e))?;
        }
        if let Some((_, text)) = &self.newest {
            self.meta
                .insert(META_NEWEST_MODIFIED, text.as_str())
                .map_err(|e| StoreError::db(self.store_path, e))?;
        }
        let bytes = serde_json::to_vec(source).unwrap_or_default();
        self.sources
            .insert(source.path.as_str(), bytes.as_slice())
            .map_err(|e| StoreError::db(self.store_path, e))?;
        Ok(())
    }
}
