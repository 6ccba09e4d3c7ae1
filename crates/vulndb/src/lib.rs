//! The offline vulnerability store of iotmark: OSV records, the CISA Known
//! Exploited Vulnerabilities catalog and VEX statements, imported once from
//! the files their publishers ship and kept in one compact
//! [redb](https://www.redb.org) file that opens in milliseconds.
//!
//! - **Import** ([`Store::import`]): OSV records as the bulk exports ship
//!   them (a directory tree of `.json` files, one record each, or a
//!   per-ecosystem `all.zip`), the KEV catalog
//!   (`known_exploited_vulnerabilities.json`), OpenVEX documents and
//!   CycloneDX VEX (a CycloneDX BOM with `vulnerabilities[].analysis`). The
//!   kind of each JSON file is told by its content. Importing is
//!   incremental: a record replaces the stored one only when its `modified`
//!   is newer. Withdrawn records are kept but stop matching.
//! - **Query**: [`Store::records_for`] (the records affecting one package,
//!   each cut down to its `affected` entries for that package),
//!   [`Store::record`], [`Store::aliases_of`] (the merged alias group),
//!   [`Store::kev`], [`Store::vex_for`], [`Store::status`].
//!
//! Packages are keyed by the OSV ecosystem's base name (`Debian`, not
//! `Debian:12`) and the name as the ecosystem compares names
//! ([`normalize_name`]: PEP 503 for PyPI, lowercase for Go, NuGet and
//! Packagist).
//!
//! What this crate does not do: it does not decide whether a version is
//! affected (that is range evaluation in `iotmark-vuln`; this crate uses
//! only its OSV record types), it reads no SBOM, it does no network I/O and
//! reads no clock (the import time is handed in). Bad input never panics:
//! a malformed part of an import is an [`ImportIssue`] in the summary and
//! the rest is imported; a failed import commits nothing.
//!
//! The on-disk layout is described in the `tables` module; the format is
//! versioned and a store of another format is refused at open.
//!
//! # Example
//!
//! ```
//! use iotmark_vulndb::Store;
//!
//! # fn main() -> Result<(), Box<dyn std::error::Error>> {
//! let dir = tempfile::tempdir()?;
//! let osv = dir.path().join("osv");
//! std::fs::create_dir(&osv)?;
//! std::fs::write(
//!     osv.join("PYSEC-2099-1.json"),
//!     r#"{"id": "PYSEC-2099-1", "modified": "2099-01-02T00:00:00Z",
//!         "aliases": ["CVE-2099-0001"],
//!         "affected": [{"package": {"ecosystem": "PyPI", "name": "Zope.Interface"},
//!                       "ranges": [{"type": "ECOSYSTEM",
//!                                   "events": [{"introduced": "0"}, {"fixed": "5.0"}]}]}]}"#,
//! )?;
//!
//! let db = dir.path().join("vulndb.redb");
//! let mut store = Store::create(&db)?;
//! let summary = store.import(&osv, "2099-01-03T10:00:00Z", &mut |_progress| {})?;
//! assert_eq!(summary.source.osv.added, 1);
//! drop(store);
//!
//! let store = Store::open(&db)?;
//! // PyPI names compare by PEP 503.
//! let records = store.records_for("PyPI", "zope-interface")?;
//! assert_eq!(records[0].id, "PYSEC-2099-1");
//! assert_eq!(store.aliases_of("CVE-2099-0001")?, ["PYSEC-2099-1"]);
//! assert_eq!(store.status()?.ecosystems["PyPI"], 1);
//! # Ok(())
//! # }
//! ```
//!
//! Specifications: OSV <https://ossf.github.io/osv-schema/>, KEV
//! <https://www.cisa.gov/known-exploited-vulnerabilities-catalog>, OpenVEX
//! <https://github.com/openvex/spec>, CycloneDX VEX
//! <https://cyclonedx.org/capabilities/vex/>.

mod detect;
mod error;
mod import;
mod kev;
mod package;
mod store;
mod tables;
mod vex;

pub use error::{ImportIssue, StoreError};
pub use import::MAX_JSON_BYTES;
pub use kev::KevEntry;
pub use package::{ecosystem_base, normalize_name};
pub use store::{
    Counts, ImportSummary, InputKind, KevStatus, Progress, Reader, Source, Stage, Store,
    StoreStatus,
};
pub use vex::{VexFormat, VexStatement, VexStatus};
