//! The errors of the store, and the soft problems an import reports.

use std::fmt;
use std::io;
use std::path::PathBuf;

use serde::{Deserialize, Serialize};

/// A failure of a store operation as a whole.
///
/// An import that returns one of these committed nothing: the store is as it
/// was before the call. Problems with single records, entries or statements
/// are not errors but [`ImportIssue`]s in the summary.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// `Store::open` on a path where there is no file.
    #[error(
        "no vulnerability store at {path} (run an import first, or point --db / IOTMARK_VULNDB at one)"
    )]
    Missing { path: PathBuf },
    /// The file exists but could not be opened as a database: corrupt,
    /// truncated, not a redb file, or locked by a writer.
    #[error("cannot open the vulnerability store {path}: {source}")]
    Open {
        path: PathBuf,
        #[source]
        source: redb::DatabaseError,
    },
    /// A redb database that is not an iotmark vulnerability store, or one of
    /// another format version.
    #[error("{path} is not an iotmark vulnerability store of format {expected} (found {found})")]
    Format {
        path: PathBuf,
        expected: &'static str,
        found: String,
    },
    /// `import` on a store opened read-only with `Store::open`.
    #[error(
        "the vulnerability store {path} was opened read-only; open it with Store::create to import"
    )]
    ReadOnly { path: PathBuf },
    /// A failure inside the database (I/O, corruption found while reading).
    #[error("vulnerability store {path}: {source}")]
    Database {
        path: PathBuf,
        #[source]
        source: Box<redb::Error>,
    },
    /// A stored value that does not decode: the store is damaged.
    #[error("vulnerability store {path}: damaged entry {key}: {message}")]
    Damaged {
        path: PathBuf,
        key: String,
        message: String,
    },
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: io::Error,
    },
    /// The `imported_at` argument is not an RFC 3339 timestamp.
    #[error("imported_at {value:?} is not an RFC 3339 timestamp")]
    Timestamp { value: String },
    /// The input file is none of the known kinds (OSV record, OSV zip
    /// archive, CISA KEV catalog, OpenVEX, CycloneDX VEX).
    #[error(
        "{path}: not a known kind of input (expected an OSV record, an OSV all.zip, the CISA KEV catalog, an OpenVEX document or a CycloneDX BOM with vulnerabilities){}",
        hint.as_deref().map(|h| format!(": {h}")).unwrap_or_default()
    )]
    UnknownKind { path: PathBuf, hint: Option<String> },
    /// The input file is larger than the limit for its kind; it was not read.
    #[error("{path}: {size} bytes is over the limit of {limit} bytes for one JSON document")]
    TooLarge {
        path: PathBuf,
        size: u64,
        limit: u64,
    },
    /// The input file is not well-formed JSON, or not of the shape its kind
    /// requires.
    #[error("{path}:{line}:{column}: {message}")]
    Malformed {
        path: PathBuf,
        line: usize,
        column: usize,
        message: String,
    },
    /// The input is well-formed but breaks a rule of its kind (an OSV
    /// record whose `modified` is not RFC 3339, an id with NUL, …).
    #[error("{path}: {message}")]
    Invalid { path: PathBuf, message: String },
    /// The input looked like a zip archive but could not be read as one.
    #[error("{path}: not a readable zip archive: {message}")]
    Archive { path: PathBuf, message: String },
}

impl StoreError {
    pub(crate) fn db(path: &std::path::Path, error: impl Into<redb::Error>) -> Self {
        StoreError::Database {
            path: path.to_path_buf(),
            source: Box::new(error.into()),
        }
    }
}

/// A problem with one part of an import (a record file, a zip entry, a KEV
/// entry, a VEX statement): that part was skipped and the import went on.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImportIssue {
    /// The file (or the zip archive) the problem is in.
    pub path: String,
    /// The entry inside a zip archive, when the file is one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entry: Option<String>,
    /// Where in the JSON text, when known (1-based, as serde_json counts).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line: Option<usize>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub column: Option<usize>,
    pub message: String,
}

impl ImportIssue {
    pub(crate) fn new(path: &str, entry: Option<&str>, message: impl Into<String>) -> Self {
        ImportIssue {
            path: path.to_owned(),
            entry: entry.map(str::to_owned),
            line: None,
            column: None,
            message: message.into(),
        }
    }

    /// An issue from a serde_json error, keeping its line and column when
    /// the error has them.
    pub(crate) fn json(path: &str, entry: Option<&str>, error: &serde_json::Error) -> Self {
        let mut issue = ImportIssue::new(path, entry, json_message(error));
        if error.line() > 0 {
            issue.line = Some(error.line());
            issue.column = Some(error.column());
        }
        issue
    }
}

impl fmt::Display for ImportIssue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.path)?;
        if let Some(entry) = &self.entry {
            write!(f, "!{entry}")?;
        }
        if let (Some(line), Some(column)) = (self.line, self.column) {
            write!(f, ":{line}:{column}")?;
        }
        write!(f, ": {}", self.message)
    }
}

/// serde_json's message without its " at line L column C" suffix (the place
/// is kept in separate fields).
pub(crate) fn json_message(error: &serde_json::Error) -> String {
    let text = error.to_string();
    let suffix = format!(" at line {} column {}", error.line(), error.column());
    match text.strip_suffix(&suffix) {
        Some(stripped) => stripped.to_owned(),
        None => text,
    }
}
