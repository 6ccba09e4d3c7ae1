//! The store: opening, queries and status.

use std::collections::{BTreeMap, BTreeSet, VecDeque};
use std::fmt;
use std::path::{Path, PathBuf};

use iotmark_vuln::osv::Record;
use redb::{
    Database, ReadOnlyDatabase, ReadOnlyMultimapTable, ReadOnlyTable, ReadTransaction,
    ReadableDatabase, ReadableTable, ReadableTableMetadata,
};
use serde::{Deserialize, Serialize};

use crate::error::StoreError;
use crate::kev::KevEntry;
use crate::package::{ecosystem_base, normalize_name, package_range};
use crate::tables::*;
use crate::vex::VexStatement;

/// The largest alias group [`Store::aliases_of`] follows; a guard against
/// pathological data, far above real groups (a handful of ids).
const MAX_ALIAS_GROUP: usize = 1_000;

/// The offline vulnerability store: OSV records indexed by package, their
/// alias groups, the CISA KEV catalog and VEX statements, in one redb file.
pub struct Store {
    path: PathBuf,
    db: Handle,
}

enum Handle {
    Write(Database),
    Read(ReadOnlyDatabase),
}

impl fmt::Debug for Store {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Store")
            .field("path", &self.path)
            .field(
                "mode",
                &match self.db {
                    Handle::Write(_) => "read-write",
                    Handle::Read(_) => "read-only",
                },
            )
            .finish()
    }
}

/// What an input was.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum InputKind {
    /// A directory tree of `.json` files and `.zip` archives, each of which
    /// is detected by its content.
    Directory,
    /// One OSV record.
    OsvRecord,
    /// A zip archive of OSV records (the per-ecosystem `all.zip` export).
    OsvArchive,
    /// The CISA Known Exploited Vulnerabilities catalog.
    Kev,
    OpenVex,
    CycloneDxVex,
}

/// How many items an import added, replaced with a newer copy, or skipped
/// because the store already had them (or newer).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Counts {
    pub added: u64,
    pub replaced: u64,
    pub skipped: u64,
}

impl Counts {
    pub fn total(&self) -> u64 {
        self.added + self.replaced + self.skipped
    }
}

/// One import, as the store remembers it (the latest import of each path).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Source {
    /// The canonical path of the input.
    pub path: String,
    pub kind: InputKind,
    /// When the caller said the import happened (RFC 3339).
    pub imported_at: String,
    /// OSV records.
    pub osv: Counts,
    /// KEV entries.
    pub kev: Counts,
    /// VEX statements.
    pub vex: Counts,
    /// Parts skipped because of a problem (see [`ImportSummary::issues`]).
    pub errors: u64,
    /// The newest `modified` among the OSV records read.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub newest_modified: Option<String>,
}

/// What an import did.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImportSummary {
    #[serde(flatten)]
    pub source: Source,
    /// Every part that was skipped, with where and why.
    pub issues: Vec<crate::ImportIssue>,
}

/// The stage an import is in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Stage {
    /// Listing the input: `total` is not known yet.
    Scanning,
    /// Reading items (record files, archive entries, documents).
    Importing,
    /// Writing the transaction to disk.
    Committing,
}

/// Progress of an import, for a progress bar.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Progress {
    pub stage: Stage,
    /// Items done: files and archive entries.
    pub done: u64,
    /// Items in all, when known.
    pub total: Option<u64>,
}

/// The KEV part of [`StoreStatus`].
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct KevStatus {
    pub entries: u64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub catalog_version: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_released: Option<String>,
}

/// What the store holds.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoreStatus {
    pub path: String,
    /// The size of the store file in bytes.
    pub file_size: u64,
    /// OSV records stored, withdrawn ones included.
    pub records: u64,
    /// Withdrawn records (kept, but they no longer match).
    pub withdrawn: u64,
    /// Records that are not withdrawn, per ecosystem base name; a record
    /// that affects packages of two ecosystems counts in both.
    pub ecosystems: BTreeMap<String, u64>,
    pub kev: KevStatus,
    pub vex_statements: u64,
    /// The newest `modified` of any record imported.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub newest_modified: Option<String>,
    /// The latest import of each input path, in path order.
    pub sources: Vec<Source>,
}

impl Store {
    /// The default location of the store: `<data dir>/iotmark/vulndb.redb`,
    /// with the platform's data directory (`$XDG_DATA_HOME` or
    /// `~/.local/share` on Linux, `~/Library/Application Support` on macOS,
    /// `%APPDATA%` on Windows); `./vulndb.redb` when there is no home.
    pub fn default_path() -> PathBuf {
        match directories::ProjectDirs::from("", "", "iotmark") {
            Some(dirs) => dirs.data_dir().join("vulndb.redb"),
            None => PathBuf::from("vulndb.redb"),
        }
    }

    /// Opens the store at `path` for reading and importing, creating it
    /// (and its parent directories) when it does not exist. An existing
    /// store is kept as it is.
    pub fn create(path: impl AsRef<Path>) -> Result<Store, StoreError> {
        let path = path.as_ref().to_path_buf();
        if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            std::fs::create_dir_all(parent).map_err(|source| StoreError::Io {
                path: parent.to_path_buf(),
                source,
            })?;
        }
        let db = Database::create(&path).map_err(|source| StoreError::Open {
            path: path.clone(),
            source,
        })?;
        let txn = db.begin_write().map_err(|e| StoreError::db(&path, e))?;
        {
            let mut meta = txn.open_table(META).map_err(|e| StoreError::db(&path, e))?;
            let found = meta
                .get(META_FORMAT)
                .map_err(|e| StoreError::db(&path, e))?
                .map(|v| v.value().to_owned());
            match found {
                Some(format) if format == FORMAT => {}
                Some(format) => {
                    return Err(StoreError::Format {
                        path,
                        expected: FORMAT,
                        found: format,
                    });
                }
                None => {
                    // A new file, or a redb file of someone else's.
                    let other = txn
                        .list_tables()
                        .map_err(|e| StoreError::db(&path, e))?
                        .any(|t| redb::TableHandle::name(&t) != "meta");
                    if other {
                        return Err(StoreError::Format {
                            path,
                            expected: FORMAT,
                            found: "no format marker".to_owned(),
                        });
                    }
                    meta.insert(META_FORMAT, FORMAT)
                        .map_err(|e| StoreError::db(&path, e))?;
                }
            }
        }
        create_tables(&txn).map_err(|e| StoreError::db(&path, e))?;
        txn.commit().map_err(|e| StoreError::db(&path, e))?;
        Ok(Store {
            path,
            db: Handle::Write(db),
        })
    }

    /// Opens an existing store read-only. Any number of readers may have
    /// it open at once; a writer (`create`) excludes them while it is open.
    pub fn open(path: impl AsRef<Path>) -> Result<Store, StoreError> {
        let path = path.as_ref().to_path_buf();
        if !path.is_file() {
            return Err(StoreError::Missing { path });
        }
        let db = ReadOnlyDatabase::open(&path).map_err(|source| StoreError::Open {
            path: path.clone(),
            source,
        })?;
        let store = Store {
            path,
            db: Handle::Read(db),
        };
        let txn = store.read()?;
        let found = match txn.open_table(META) {
            Ok(meta) => meta
                .get(META_FORMAT)
                .map_err(|e| store.err(e))?
                .map(|v| v.value().to_owned()),
            Err(redb::TableError::TableDoesNotExist(_)) => None,
            Err(e) => return Err(store.err(e)),
        };
        if found.as_deref() != Some(FORMAT) {
            return Err(StoreError::Format {
                path: store.path.clone(),
                expected: FORMAT,
                found: found.unwrap_or_else(|| "no format marker".to_owned()),
            });
        }
        drop(txn);
        Ok(store)
    }

    /// Rewrites the file without the free pages that earlier imports left
    /// behind (redb writes copy-on-write, so replaced pages stay in the file
    /// until reused). Returns whether anything was reclaimed. Needs a store
    /// opened with [`create`](Self::create).
    pub fn compact(&mut self) -> Result<bool, StoreError> {
        match &mut self.db {
            Handle::Write(db) => db.compact().map_err(|e| StoreError::db(&self.path, e)),
            Handle::Read(_) => Err(StoreError::ReadOnly {
                path: self.path.clone(),
            }),
        }
    }

    /// The path of the store file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    pub(crate) fn writable(&self) -> Result<&Database, StoreError> {
        match &self.db {
            Handle::Write(db) => Ok(db),
            Handle::Read(_) => Err(StoreError::ReadOnly {
                path: self.path.clone(),
            }),
        }
    }

    pub(crate) fn err(&self, error: impl Into<redb::Error>) -> StoreError {
        StoreError::db(&self.path, error)
    }

    pub(crate) fn damaged(&self, key: &str, message: impl Into<String>) -> StoreError {
        StoreError::Damaged {
            path: self.path.clone(),
            key: key.to_owned(),
            message: message.into(),
        }
    }

    fn read(&self) -> Result<ReadTransaction, StoreError> {
        let txn = match &self.db {
            Handle::Write(db) => db.begin_read(),
            Handle::Read(db) => db.begin_read(),
        };
        txn.map_err(|e| self.err(e))
    }

    /// The records that affect a package: see [`Reader::records_for`].
    pub fn records_for(&self, ecosystem: &str, name: &str) -> Result<Vec<Record>, StoreError> {
        self.reader()?.records_for(ecosystem, name)
    }

    /// One record by id, withdrawn or not, with all its `affected` entries.
    pub fn record(&self, id: &str) -> Result<Option<Record>, StoreError> {
        let txn = self.read()?;
        let ids = txn.open_table(RECORD_IDS).map_err(|e| self.err(e))?;
        let Some(seq) = ids.get(id).map_err(|e| self.err(e))? else {
            return Ok(None);
        };
        let records = txn.open_table(RECORDS).map_err(|e| self.err(e))?;
        let Some(stored) = records.get(seq.value()).map_err(|e| self.err(e))? else {
            return Err(self.damaged(id, "id entry without its record"));
        };
        let (_, _, blob) = stored.value();
        decode_record(blob)
            .map(Some)
            .map_err(|m| self.damaged(id, m))
    }

    /// The alias group of `id`: see [`Reader::aliases_of`].
    pub fn aliases_of(&self, id: &str) -> Result<Vec<String>, StoreError> {
        self.reader()?.aliases_of(id)
    }

    /// The KEV catalog entry of a CVE.
    pub fn kev(&self, cve: &str) -> Result<Option<KevEntry>, StoreError> {
        self.reader()?.kev(cve)
    }

    /// The VEX statements naming one of `vuln_ids`: see [`Reader::vex_for`].
    pub fn vex_for(&self, vuln_ids: &[String]) -> Result<Vec<VexStatement>, StoreError> {
        self.reader()?.vex_for(vuln_ids)
    }

    /// A reader: one read transaction with the query tables open, for many
    /// queries in a row (an SBOM scan makes thousands).
    pub fn reader(&self) -> Result<Reader<'_>, StoreError> {
        let txn = self.read()?;
        let kev = txn.open_table(KEV).map_err(|e| self.err(e))?;
        let vex = txn.open_table(VEX).map_err(|e| self.err(e))?;
        Ok(Reader {
            store: self,
            kev_empty: kev.len().map_err(|e| self.err(e))? == 0,
            vex_empty: vex.len().map_err(|e| self.err(e))? == 0,
            packages: txn.open_table(PACKAGES).map_err(|e| self.err(e))?,
            alias_index: txn
                .open_multimap_table(ALIAS_INDEX)
                .map_err(|e| self.err(e))?,
            record_aliases: txn
                .open_multimap_table(RECORD_ALIASES)
                .map_err(|e| self.err(e))?,
            kev,
            vex_index: txn
                .open_multimap_table(VEX_INDEX)
                .map_err(|e| self.err(e))?,
            vex,
        })
    }

    /// What the store holds; cheap (counters are kept by each import).
    pub fn status(&self) -> Result<StoreStatus, StoreError> {
        let txn = self.read()?;
        let meta = txn.open_table(META).map_err(|e| self.err(e))?;
        let meta_get = |key: &str| -> Result<Option<String>, StoreError> {
            Ok(meta
                .get(key)
                .map_err(|e| self.err(e))?
                .map(|v| v.value().to_owned()))
        };
        let counters = txn.open_table(COUNTERS).map_err(|e| self.err(e))?;
        let mut records = 0;
        let mut withdrawn = 0;
        let mut ecosystems = BTreeMap::new();
        for entry in counters.iter().map_err(|e| self.err(e))? {
            let (key, value) = entry.map_err(|e| self.err(e))?;
            let (key, value) = (key.value(), value.value());
            if key == COUNTER_RECORDS {
                records = value;
            } else if key == COUNTER_WITHDRAWN {
                withdrawn = value;
            } else if let Some(eco) = key.strip_prefix(COUNTER_ECOSYSTEM_PREFIX)
                && value > 0
            {
                ecosystems.insert(eco.to_owned(), value);
            }
        }
        let kev_entries = txn
            .open_table(KEV)
            .map_err(|e| self.err(e))?
            .len()
            .map_err(|e| self.err(e))?;
        let vex_statements = txn
            .open_table(VEX)
            .map_err(|e| self.err(e))?
            .len()
            .map_err(|e| self.err(e))?;
        let sources_table = txn.open_table(SOURCES).map_err(|e| self.err(e))?;
        let mut sources = Vec::new();
        for entry in sources_table.iter().map_err(|e| self.err(e))? {
            let (key, value) = entry.map_err(|e| self.err(e))?;
            let source: Source = serde_json::from_slice(value.value())
                .map_err(|e| self.damaged(key.value(), e.to_string()))?;
            sources.push(source);
        }
        let file_size = std::fs::metadata(&self.path)
            .map(|m| m.len())
            .map_err(|source| StoreError::Io {
                path: self.path.clone(),
                source,
            })?;
        Ok(StoreStatus {
            path: self.path.display().to_string(),
            file_size,
            records,
            withdrawn,
            ecosystems,
            kev: KevStatus {
                entries: kev_entries,
                catalog_version: meta_get(META_KEV_VERSION)?,
                date_released: meta_get(META_KEV_RELEASED)?,
            },
            vex_statements,
            newest_modified: meta_get(META_NEWEST_MODIFIED)?,
            sources,
        })
    }
}

fn create_tables(txn: &redb::WriteTransaction) -> Result<(), redb::TableError> {
    txn.open_table(META)?;
    txn.open_table(COUNTERS)?;
    txn.open_table(RECORD_IDS)?;
    txn.open_table(RECORDS)?;
    txn.open_table(PACKAGES)?;
    txn.open_multimap_table(ALIAS_INDEX)?;
    txn.open_multimap_table(RECORD_ALIASES)?;
    txn.open_table(KEV)?;
    txn.open_table(VEX)?;
    txn.open_multimap_table(VEX_INDEX)?;
    txn.open_table(SOURCES)?;
    Ok(())
}

/// Queries against one read transaction; see [`Store::reader`].
pub struct Reader<'a> {
    store: &'a Store,
    packages: ReadOnlyTable<&'static str, &'static [u8]>,
    alias_index: ReadOnlyMultimapTable<&'static str, &'static str>,
    record_aliases: ReadOnlyMultimapTable<&'static str, &'static str>,
    kev: ReadOnlyTable<&'static str, &'static [u8]>,
    vex_index: ReadOnlyMultimapTable<&'static str, (&'static str, u32)>,
    vex: ReadOnlyTable<(&'static str, u32), &'static [u8]>,
    /// Whether the KEV and VEX tables are empty, to skip their lookups.
    kev_empty: bool,
    vex_empty: bool,
}

impl fmt::Debug for Reader<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Reader")
            .field("store", &self.store.path)
            .finish()
    }
}

impl Reader<'_> {
    /// The records that affect a package, each with only its `affected`
    /// entries for that package, in id order. Withdrawn records are left
    /// out. `ecosystem` is an OSV ecosystem (a suffix such as `:12` is
    /// ignored); `name` is normalised as the ecosystem compares names (see
    /// [`normalize_name`](crate::normalize_name)).
    ///
    /// The records are read from the package's rows, not the full records:
    /// they carry their `affected` entries for the package, aliases,
    /// severity (and `database_specific.severity`), dates and summary; use
    /// [`Store::record`] for the whole record.
    pub fn records_for(&self, ecosystem: &str, name: &str) -> Result<Vec<Record>, StoreError> {
        let base = ecosystem_base(ecosystem);
        let name = normalize_name(base, name);
        let (lo, hi) = package_range(base, &name);
        let mut out = Vec::new();
        for entry in self
            .packages
            .range::<&str>(lo.as_str()..hi.as_str())
            .map_err(|e| self.store.err(e))?
        {
            let (key, value) = entry.map_err(|e| self.store.err(e))?;
            let key = key.value();
            let id = key.get(lo.len()..).unwrap_or_default();
            let record = decode_row(id, value.value()).map_err(|m| self.store.damaged(key, m))?;
            out.push(record);
        }
        Ok(out)
    }

    /// The alias group of `id`, without `id` itself, sorted: every id
    /// reachable through records' `aliases` in either direction, so a CVE,
    /// its GHSA and its PYSEC come out as one group whichever is asked.
    /// Empty when no record names or is `id`.
    pub fn aliases_of(&self, id: &str) -> Result<Vec<String>, StoreError> {
        let index = &self.alias_index;
        let own = &self.record_aliases;
        let mut seen: BTreeSet<String> = BTreeSet::new();
        seen.insert(id.to_owned());
        let mut queue = VecDeque::from([id.to_owned()]);
        while let Some(node) = queue.pop_front() {
            for table in [&index, &own] {
                for next in table.get(node.as_str()).map_err(|e| self.store.err(e))? {
                    let next = next.map_err(|e| self.store.err(e))?;
                    let next = next.value();
                    if seen.len() < MAX_ALIAS_GROUP && !seen.contains(next) {
                        seen.insert(next.to_owned());
                        queue.push_back(next.to_owned());
                    }
                }
            }
        }
        seen.remove(id);
        Ok(seen.into_iter().collect())
    }

    /// The KEV catalog entry of a CVE.
    pub fn kev(&self, cve: &str) -> Result<Option<KevEntry>, StoreError> {
        if self.kev_empty {
            return Ok(None);
        }
        let kev = &self.kev;
        let Some(bytes) = kev.get(cve.trim()).map_err(|e| self.store.err(e))? else {
            return Ok(None);
        };
        serde_json::from_slice(bytes.value())
            .map(Some)
            .map_err(|e| self.store.damaged(cve, e.to_string()))
    }

    /// The VEX statements whose vulnerability or one of its aliases is one
    /// of `vuln_ids`, each once, in (source, position) order. Pass a
    /// record's id together with [`aliases_of`](Self::aliases_of) to find
    /// statements made under any of its names.
    pub fn vex_for(&self, vuln_ids: &[String]) -> Result<Vec<VexStatement>, StoreError> {
        if self.vex_empty {
            return Ok(Vec::new());
        }
        let index = &self.vex_index;
        let vex = &self.vex;
        let mut keys: BTreeSet<(String, u32)> = BTreeSet::new();
        for id in vuln_ids {
            for key in index.get(id.trim()).map_err(|e| self.store.err(e))? {
                let key = key.map_err(|e| self.store.err(e))?;
                let (source, n) = key.value();
                keys.insert((source.to_owned(), n));
            }
        }
        let mut out = Vec::with_capacity(keys.len());
        for (source, n) in keys {
            let Some(bytes) = vex
                .get((source.as_str(), n))
                .map_err(|e| self.store.err(e))?
            else {
                return Err(self
                    .store
                    .damaged(&source, "VEX index entry without its statement"));
            };
            let statement: VexStatement = serde_json::from_slice(bytes.value())
                .map_err(|e| self.store.damaged(&source, e.to_string()))?;
            out.push(statement);
        }
        Ok(out)
    }
}
