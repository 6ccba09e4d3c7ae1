//! The registry's storage: one interface ([`Db`]) over two backends,
//! embedded SQLite (the default) and PostgreSQL.
//!
//! Both backends hold the same tables (`migrations/{sqlite,postgres}/`,
//! applied in order by [`migrate`]) and answer the same methods with the
//! same results; the contract tests (`tests/registry/store.rs`) run every
//! test against both.
//!
//! - `products`: one row per product model, keyed by
//!   [`iotmark_model::product_id`]; the declaration's bytes, the assessment
//!   report and `label.json` per language (`product_labels`) beside the
//!   columns search and sorting read.
//! - `certificates` and `status_events`: certificates as issued into the
//!   transparency log, and their status changes. A product row follows its
//!   latest certificate (the latest issued): its `status` is that
//!   certificate's, and `certificate_valid_until` its last valid day, so
//!   that search can tell an expired certificate on any date.
//! - `signing_keys`: the certification body's keys (verifier keys only)
//!   and which is active, retired or withdrawn.
//! - Full text: SQLite FTS5 (`products_fts`) and a PostgreSQL `tsvector`
//!   over the same folded text ([`search_text`]); a user's query is reduced
//!   to words ([`query_words`]) before it reaches either, so no query syntax
//!   of either engine can be injected or cause an error.

mod accounts;
mod keys;
mod logdb;
mod migrate;
mod postgres;
mod reports;
mod sqlite;
mod workflow;

use std::collections::BTreeMap;
use std::str::FromStr;

use chrono::NaiveDate;
use iotmark_cert::event::Status as CertificateStatus;
use iotmark_label::MarkStatus;
use sqlx::postgres::{PgConnectOptions, PgPool, PgPoolOptions};
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions};

pub use accounts::{Account, ApiToken, Role, normal_email};
pub use keys::{KeyState, SigningKeyRecord};
pub use migrate::{MIGRATIONS_POSTGRES, MIGRATIONS_SQLITE, Migration};
pub use reports::{Report, ReportState};
pub use workflow::{EvidenceFile, ManualResult, NewSubmission, Submission, SubmissionState};

/// Runs `$body` with `$c` bound to the pool of either backend: the same
/// SQL (with `$1`-style parameters, which both drivers take) on both.
macro_rules! on_db {
    ($db:expr, $c:ident => $body:expr) => {
        match $db {
            $crate::store::Db::Sqlite($c) => $body,
            $crate::store::Db::Postgres($c) => $body,
        }
    };
}
pub(crate) use on_db;

/// Runs `$body` with `$c` bound to the connection of a transaction of
/// either backend.
macro_rules! on_tx {
    ($tx:expr, $c:ident => $body:expr) => {
        match $tx {
            $crate::store::Tx::Sqlite(t) => {
                let $c = &mut **t;
                $body
            }
            $crate::store::Tx::Postgres(t) => {
                let $c = &mut **t;
                $body
            }
        }
    };
}
pub(crate) use on_tx;

/// The most results one search page holds.
pub const MAX_PER_PAGE: u32 = 100;

/// What can go wrong in the store.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The URL names no supported database.
    #[error(
        "unsupported database URL `{url}`: expected sqlite://PATH (e.g. sqlite://registry.db?mode=rwc) or postgres://USER@HOST/DB"
    )]
    Scheme {
        /// The URL, its password removed.
        url: String,
    },
    /// The database could not be opened or reached.
    #[error("cannot open the database `{url}`: {source}")]
    Connect {
        /// The URL, its password removed.
        url: String,
        /// What the driver said.
        source: sqlx::Error,
    },
    /// A migration failed; nothing of it was applied.
    #[error("{backend} migration {version} ({name}) failed: {source}")]
    Migrate {
        /// `sqlite` or `postgres`.
        backend: &'static str,
        /// The migration's number.
        version: i64,
        /// Its file name.
        name: &'static str,
        /// What the database said.
        source: sqlx::Error,
    },
    /// The database holds migrations this program does not know: it was
    /// written by a newer version.
    #[error(
        "the database has schema version {found}, newer than this program's {known}: upgrade iotmark"
    )]
    TooNew {
        /// The highest version recorded in the database.
        found: i64,
        /// The highest version this program has.
        known: i64,
    },
    /// A query failed.
    #[error("database error while {what}: {source}")]
    Query {
        /// What the store was doing.
        what: &'static str,
        /// What the database said.
        source: sqlx::Error,
    },
    /// A stored value cannot be read back.
    #[error("the stored {what} of {id} is unreadable: {reason}")]
    Corrupt {
        /// Which value.
        what: &'static str,
        /// Whose (a product or certificate id).
        id: String,
        /// Why.
        reason: String,
    },
    /// The input was refused before it reached the database.
    #[error("invalid {what}: {reason}")]
    Invalid {
        /// Which input.
        what: &'static str,
        /// Why.
        reason: String,
    },
    /// A record with this key exists already.
    #[error("{what} {id} exists already")]
    Duplicate {
        /// `account`, `submission`, …
        what: &'static str,
        /// Its key.
        id: String,
    },
    /// The change is not allowed in the record's current state.
    #[error("{what} {id} cannot be changed now: {reason}")]
    State {
        /// Which record.
        what: &'static str,
        /// Its id.
        id: String,
        /// Why.
        reason: String,
    },
    /// A certificate with this id is already recorded.
    #[error("certificate {id} is already recorded")]
    DuplicateCertificate {
        /// The certificate id.
        id: String,
    },
    /// The product or certificate referred to is not stored.
    #[error("no {what} {id} in the registry")]
    NotFound {
        /// `product` or `certificate`.
        what: &'static str,
        /// Its id.
        id: String,
    },
}

/// A shorthand for the store's results.
pub type Result<T, E = StoreError> = std::result::Result<T, E>;

pub(crate) fn query_err(what: &'static str) -> impl FnOnce(sqlx::Error) -> StoreError {
    move |source| StoreError::Query { what, source }
}

/// A product as submitted: everything the registry keeps about one
/// product model.
#[derive(Debug, Clone, PartialEq)]
pub struct NewProduct {
    /// The manufacturer's name.
    pub manufacturer: String,
    /// The product's name.
    pub name: String,
    /// The model designation.
    pub model: String,
    /// The declaration's category (`smart_camera`, …).
    pub category: String,
    /// The firmware version assessed.
    pub firmware_version: String,
    /// The mark level reached, 0 to 3.
    pub level: u8,
    /// Area id → grade letter (A to E).
    pub grades: BTreeMap<String, String>,
    /// The declared end of security support.
    pub support_end: Option<NaiveDate>,
    /// The mark's status as the label shows it.
    pub status: MarkStatus,
    /// The declaration file, byte for byte.
    pub declaration: Vec<u8>,
    /// The declaration's file name.
    pub declaration_name: String,
    /// The assessment report (`iotmark assess --format json`).
    pub assessment: String,
    /// `label.json` per language (`en`, `fr`, …). Replaces what was stored.
    pub labels: BTreeMap<String, String>,
}

impl NewProduct {
    /// The product's registry id.
    pub fn id(&self) -> String {
        iotmark_model::product_id(&self.manufacturer, &self.model)
    }

    fn check(&self) -> Result<()> {
        let invalid = |reason: String| StoreError::Invalid {
            what: "product",
            reason,
        };
        for (field, value) in [
            ("manufacturer", &self.manufacturer),
            ("name", &self.name),
            ("model", &self.model),
        ] {
            if value.trim().is_empty() {
                return Err(invalid(format!("`{field}` is empty")));
            }
        }
        if self.level > 3 {
            return Err(invalid(format!("level {} is not 0 to 3", self.level)));
        }
        for lang in self.labels.keys() {
            if lang.is_empty()
                || lang.len() > 16
                || !lang.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
            {
                return Err(invalid(format!(
                    "label language `{lang}` is not a language tag"
                )));
            }
        }
        Ok(())
    }
}

/// A stored product, in full.
#[derive(Debug, Clone, PartialEq)]
pub struct Product {
    /// Its registry id.
    pub id: String,
    /// Everything submitted.
    pub data: NewProduct,
}

/// One search result: what a results list shows.
#[derive(Debug, Clone, PartialEq)]
pub struct ProductSummary {
    /// The registry id.
    pub id: String,
    /// The manufacturer's name.
    pub manufacturer: String,
    /// The product's name.
    pub name: String,
    /// The model designation.
    pub model: String,
    /// The category.
    pub category: String,
    /// The firmware version assessed.
    pub firmware_version: String,
    /// The mark level, 0 to 3.
    pub level: u8,
    /// The declared end of security support.
    pub support_end: Option<NaiveDate>,
    /// The mark's status on the search's date: its latest certificate's
    /// (expired once the certificate's validity is over, as
    /// [`CertificateRecord::as_of`] has it), else as stored.
    pub status: MarkStatus,
}

/// The order of search results.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Sort {
    /// Best match first (by name without a text query).
    #[default]
    Relevance,
    /// By name, A to Z.
    Name,
    /// Highest level first.
    Level,
    /// Latest end of security support first (none declared last).
    SupportEnd,
}

impl Sort {
    /// The name in URLs.
    pub fn as_str(self) -> &'static str {
        match self {
            Sort::Relevance => "relevance",
            Sort::Name => "name",
            Sort::Level => "level",
            Sort::SupportEnd => "support_end",
        }
    }

    /// Every order, in the order a form lists them.
    pub const ALL: [Sort; 4] = [Sort::Relevance, Sort::Name, Sort::Level, Sort::SupportEnd];
}

impl FromStr for Sort {
    type Err = StoreError;

    fn from_str(s: &str) -> Result<Sort> {
        Sort::ALL
            .into_iter()
            .find(|x| x.as_str() == s)
            .ok_or_else(|| StoreError::Invalid {
                what: "sort order",
                reason: format!("`{s}` is not relevance, name, level or support_end"),
            })
    }
}

/// A search: text, filters, order and page.
#[derive(Debug, Clone, PartialEq)]
pub struct Search {
    /// Words to look for in the name, maker, model and category (any
    /// characters: they are reduced to words first).
    pub text: String,
    /// Only products at this level or above.
    pub min_level: Option<u8>,
    /// Only this category.
    pub category: Option<String>,
    /// Only this status, as it stands on the search's date (a certificate
    /// past its validity is expired).
    pub status: Option<MarkStatus>,
    /// Only products whose security support ends after this date.
    pub support_after: Option<NaiveDate>,
    /// The order.
    pub sort: Sort,
    /// The page, from 1.
    pub page: u32,
    /// Results per page, 1 to [`MAX_PER_PAGE`].
    pub per_page: u32,
}

impl Default for Search {
    fn default() -> Self {
        Search {
            text: String::new(),
            min_level: None,
            category: None,
            status: None,
            support_after: None,
            sort: Sort::Relevance,
            page: 1,
            per_page: 20,
        }
    }
}

impl Search {
    /// The query's words, the page clamped and the offset: what both
    /// backends read.
    fn plan(&self) -> Plan {
        let per_page = self.per_page.clamp(1, MAX_PER_PAGE);
        let page = self.page.max(1);
        Plan {
            words: query_words(&self.text),
            limit: i64::from(per_page),
            offset: i64::from(page - 1) * i64::from(per_page),
            page,
            per_page,
        }
    }
}

struct Plan {
    words: Vec<String>,
    limit: i64,
    offset: i64,
    page: u32,
    per_page: u32,
}

/// One page of search results.
#[derive(Debug, Clone, PartialEq)]
pub struct SearchPage {
    /// How many products match in all.
    pub total: u64,
    /// This page's number, from 1.
    pub page: u32,
    /// Results per page.
    pub per_page: u32,
    /// This page's results.
    pub items: Vec<ProductSummary>,
}

impl SearchPage {
    /// How many pages the results fill (at least 1).
    pub fn pages(&self) -> u32 {
        let per = u64::from(self.per_page.max(1));
        u32::try_from(self.total.div_ceil(per).max(1)).unwrap_or(u32::MAX)
    }
}

/// A certificate as recorded.
#[derive(Debug, Clone, PartialEq)]
pub struct CertificateRecord {
    /// The certificate id (`IM-…`).
    pub id: String,
    /// The product it certifies.
    pub product_id: String,
    /// The DSSE envelope, as logged.
    pub envelope: Vec<u8>,
    /// Its index in the transparency log.
    pub log_index: u64,
    /// When it was issued.
    pub issued_on: NaiveDate,
    /// Its last valid day.
    pub valid_until: NaiveDate,
    /// Its current status.
    pub status: CertificateStatus,
}

impl CertificateRecord {
    /// The certificate as it stands on `date`: a valid (or flagged)
    /// certificate whose validity ended before that day is expired. Expiry
    /// is no act of the certification body, so it has no log entry; the
    /// certificate's own validity period, which the log holds, decides it.
    pub fn as_of(mut self, date: NaiveDate) -> CertificateRecord {
        use iotmark_cert::event::Status;
        if matches!(self.status, Status::Valid | Status::Attention) && self.valid_until < date {
            self.status = Status::Expired;
        }
        self
    }
}

/// A status change of a certificate, as logged.
#[derive(Debug, Clone, PartialEq)]
pub struct StatusEventRecord {
    /// The certificate.
    pub certificate_id: String,
    /// The status it moved to.
    pub status: CertificateStatus,
    /// Why.
    pub reason: String,
    /// When the change takes effect.
    pub effective_on: NaiveDate,
    /// Its index in the transparency log.
    pub log_index: u64,
}

/// A recent status change with the product it concerns (for a feed).
#[derive(Debug, Clone, PartialEq)]
pub struct RecentEvent {
    /// The change.
    pub event: StatusEventRecord,
    /// The product's id.
    pub product_id: String,
    /// The product's name.
    pub product_name: String,
    /// The manufacturer's name.
    pub manufacturer: String,
}

/// A certificate with the product it certifies (for a feed).
#[derive(Debug, Clone, PartialEq)]
pub struct RecentCertificate {
    /// The certificate.
    pub certificate: CertificateRecord,
    /// The product's name.
    pub product_name: String,
    /// The manufacturer's name.
    pub manufacturer: String,
}

/// The registry's database: SQLite or PostgreSQL behind one interface.
#[derive(Debug, Clone)]
pub enum Db {
    /// Embedded SQLite (WAL, foreign keys on).
    Sqlite(SqlitePool),
    /// PostgreSQL.
    Postgres(PgPool),
}

/// The URL without its password, for messages.
pub fn redact(url: &str) -> String {
    let Some((scheme, rest)) = url.split_once("://") else {
        return url.to_owned();
    };
    let (authority, tail) = match rest.find('/') {
        Some(i) => rest.split_at(i),
        None => (rest, ""),
    };
    match authority.rsplit_once('@') {
        Some((userinfo, host)) => {
            let user = match userinfo.split_once(':') {
                Some((u, _)) => format!("{u}:***"),
                None => userinfo.to_owned(),
            };
            format!("{scheme}://{user}@{host}{tail}")
        }
        None => url.to_owned(),
    }
}

impl Db {
    /// Opens the database at `url`: `sqlite://PATH` (add `?mode=rwc` to
    /// create the file; WAL journal and foreign keys are switched on) or
    /// `postgres://USER[:PASSWORD]@HOST[:PORT]/DB` (`?options[search_path]=S`
    /// selects a schema). Does not migrate: call [`Db::migrate`].
    pub async fn connect(url: &str) -> Result<Db> {
        let connect = |source| StoreError::Connect {
            url: redact(url),
            source,
        };
        if url.starts_with("sqlite:") {
            let options = SqliteConnectOptions::from_str(url)
                .map_err(connect)?
                .journal_mode(SqliteJournalMode::Wal)
                .foreign_keys(true)
                .busy_timeout(std::time::Duration::from_secs(5));
            let pool = SqlitePoolOptions::new()
                .max_connections(8)
                .connect_with(options)
                .await
                .map_err(connect)?;
            Ok(Db::Sqlite(pool))
        } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            let options = PgConnectOptions::from_str(url).map_err(connect)?;
            let pool = PgPoolOptions::new()
                .max_connections(16)
                .acquire_timeout(std::time::Duration::from_secs(10))
                .connect_with(options)
                .await
                .map_err(connect)?;
            Ok(Db::Postgres(pool))
        } else {
            Err(StoreError::Scheme { url: redact(url) })
        }
    }

    /// `sqlite` or `postgres`.
    pub fn backend(&self) -> &'static str {
        match self {
            Db::Sqlite(_) => "sqlite",
            Db::Postgres(_) => "postgres",
        }
    }

    /// Applies the migrations not yet applied, in order, each in its own
    /// transaction, and records them in `schema_migrations`. Returns the
    /// versions applied now.
    pub async fn migrate(&self) -> Result<Vec<i64>> {
        match self {
            Db::Sqlite(p) => send(migrate::sqlite(p)).await,
            Db::Postgres(p) => send(migrate::postgres(p)).await,
        }
    }

    /// The schema versions recorded, in order.
    pub async fn schema_versions(&self) -> Result<Vec<i64>> {
        match self {
            Db::Sqlite(p) => migrate::sqlite_versions(p).await,
            Db::Postgres(p) => migrate::postgres_versions(p).await,
        }
    }

    /// A trivial query: whether the database answers.
    pub async fn ping(&self) -> Result<()> {
        let what = "checking the connection";
        match self {
            Db::Sqlite(p) => sqlx::query("SELECT 1")
                .execute(p)
                .await
                .map(drop)
                .map_err(query_err(what)),
            Db::Postgres(p) => sqlx::query("SELECT 1")
                .execute(p)
                .await
                .map(drop)
                .map_err(query_err(what)),
        }
    }

    /// Closes every connection.
    pub async fn close(&self) {
        match self {
            Db::Sqlite(p) => p.close().await,
            Db::Postgres(p) => p.close().await,
        }
    }

    /// Inserts a product, or replaces what is stored under its id (and all
    /// its labels). A product with certificates keeps showing its latest
    /// certificate's status. Returns its id.
    pub async fn upsert_product(&self, product: &NewProduct) -> Result<String> {
        product.check()?;
        send(async move {
            let mut tx = self.begin("saving a product").await?;
            let id = tx.upsert_product(product).await?;
            tx.commit("saving a product").await?;
            Ok(id)
        })
        .await
    }

    /// Begins a transaction.
    pub async fn begin(&self, what: &'static str) -> Result<Tx> {
        Ok(match self {
            Db::Sqlite(p) => Tx::Sqlite(p.begin().await.map_err(query_err(what))?),
            Db::Postgres(p) => Tx::Postgres(p.begin().await.map_err(query_err(what))?),
        })
    }

    /// The product with this id, in full, or `None`.
    pub async fn product(&self, id: &str) -> Result<Option<Product>> {
        match self {
            Db::Sqlite(p) => sqlite::product(p, id, None).await,
            Db::Postgres(p) => postgres::product(p, id, None).await,
        }
    }

    /// The product with this id with only its `label.json` in `lang` and
    /// in English (the fallback): what a page in one language reads.
    pub async fn product_in(&self, id: &str, lang: &str) -> Result<Option<Product>> {
        match self {
            Db::Sqlite(p) => sqlite::product(p, id, Some(lang)).await,
            Db::Postgres(p) => postgres::product(p, id, Some(lang)).await,
        }
    }

    /// One language's `label.json` of a product, if stored.
    pub async fn label(&self, id: &str, lang: &str) -> Result<Option<String>> {
        match self {
            Db::Sqlite(p) => sqlite::label(p, id, lang).await,
            Db::Postgres(p) => postgres::label(p, id, lang).await,
        }
    }

    /// Searches the products as they stand on `today` (the site's date):
    /// a product whose latest certificate's validity ended before that day
    /// is expired, in the status filter and in the results, as
    /// [`CertificateRecord::as_of`] has it.
    pub async fn search(&self, search: &Search, today: NaiveDate) -> Result<SearchPage> {
        let plan = search.plan();
        let (total, items) = match self {
            Db::Sqlite(p) => sqlite::search(p, search, &plan, today).await?,
            Db::Postgres(p) => postgres::search(p, search, &plan, today).await?,
        };
        Ok(SearchPage {
            total,
            page: plan.page,
            per_page: plan.per_page,
            items,
        })
    }

    /// The categories that have products, sorted.
    pub async fn categories(&self) -> Result<Vec<String>> {
        // One index probe per category rather than a scan of every product.
        let sql = "WITH RECURSIVE c (category) AS (
                       SELECT MIN(category) FROM products
                       UNION ALL
                       SELECT (SELECT MIN(category) FROM products WHERE category > c.category)
                       FROM c WHERE c.category IS NOT NULL)
                   SELECT category FROM c WHERE category IS NOT NULL";
        let what = "listing categories";
        match self {
            Db::Sqlite(p) => sqlx::query_scalar(sql).fetch_all(p).await,
            Db::Postgres(p) => sqlx::query_scalar(sql).fetch_all(p).await,
        }
        .map_err(query_err(what))
    }

    /// Records a certificate of a stored product.
    pub async fn insert_certificate(&self, c: &CertificateRecord) -> Result<()> {
        if c.id.trim().is_empty() {
            return Err(StoreError::Invalid {
                what: "certificate",
                reason: "the id is empty".to_owned(),
            });
        }
        if self.product(&c.product_id).await?.is_none() {
            return Err(StoreError::NotFound {
                what: "product",
                id: c.product_id.clone(),
            });
        }
        send(async move {
            let mut tx = self.begin("recording a certificate").await?;
            tx.insert_certificate(c).await?;
            tx.commit("recording a certificate").await
        })
        .await
    }

    /// The certificate with this id, or `None`.
    pub async fn certificate(&self, id: &str) -> Result<Option<CertificateRecord>> {
        match self {
            Db::Sqlite(p) => sqlite::certificate(p, id).await,
            Db::Postgres(p) => postgres::certificate(p, id).await,
        }
    }

    /// A product's certificates, the latest issued first.
    pub async fn certificates_of(&self, product_id: &str) -> Result<Vec<CertificateRecord>> {
        match self {
            Db::Sqlite(p) => sqlite::certificates_of(p, product_id).await,
            Db::Postgres(p) => postgres::certificates_of(p, product_id).await,
        }
    }

    /// Records a status change of a certificate and makes it the
    /// certificate's current status.
    pub async fn add_status_event(&self, e: &StatusEventRecord) -> Result<()> {
        if self.certificate(&e.certificate_id).await?.is_none() {
            return Err(StoreError::NotFound {
                what: "certificate",
                id: e.certificate_id.clone(),
            });
        }
        send(async move {
            let mut tx = self.begin("recording a status event").await?;
            tx.add_status_event(e).await?;
            tx.commit("recording a status event").await
        })
        .await
    }

    /// A certificate's status changes, oldest first.
    pub async fn status_events(&self, certificate_id: &str) -> Result<Vec<StatusEventRecord>> {
        match self {
            Db::Sqlite(p) => sqlite::status_events(p, certificate_id).await,
            Db::Postgres(p) => postgres::status_events(p, certificate_id).await,
        }
    }

    /// Every product's id, in order.
    pub async fn product_ids(&self) -> Result<Vec<String>> {
        match self {
            Db::Sqlite(p) => sqlite::product_ids(p).await,
            Db::Postgres(p) => postgres::product_ids(p).await,
        }
    }

    /// The latest issued certificates, newest first.
    pub async fn recent_certificates(&self, limit: u32) -> Result<Vec<RecentCertificate>> {
        let limit = i64::from(limit.min(1000));
        match self {
            Db::Sqlite(p) => sqlite::recent_certificates(p, limit).await,
            Db::Postgres(p) => postgres::recent_certificates(p, limit).await,
        }
    }

    /// Certificates whose validity ended before `before` while they were
    /// in force (valid or flagged), the latest end first.
    pub async fn expired_certificates(
        &self,
        before: NaiveDate,
        limit: u32,
    ) -> Result<Vec<RecentCertificate>> {
        let limit = i64::from(limit.min(1000));
        match self {
            Db::Sqlite(p) => sqlite::expired_certificates(p, before, limit).await,
            Db::Postgres(p) => postgres::expired_certificates(p, before, limit).await,
        }
    }

    /// The latest status changes of all certificates, newest first.
    pub async fn recent_status_events(&self, limit: u32) -> Result<Vec<RecentEvent>> {
        let limit = i64::from(limit.min(1000));
        match self {
            Db::Sqlite(p) => sqlite::recent_status_events(p, limit).await,
            Db::Postgres(p) => postgres::recent_status_events(p, limit).await,
        }
    }
}

/// A transaction on either backend: what it writes is seen by others only
/// once [`Tx::commit`] returns, and not at all if it is dropped.
#[derive(Debug)]
pub enum Tx {
    /// SQLite.
    Sqlite(sqlx::Transaction<'static, sqlx::Sqlite>),
    /// PostgreSQL.
    Postgres(sqlx::Transaction<'static, sqlx::Postgres>),
}

impl Tx {
    /// Commits.
    pub async fn commit(self, what: &'static str) -> Result<()> {
        match self {
            Tx::Sqlite(t) => t.commit().await,
            Tx::Postgres(t) => t.commit().await,
        }
        .map_err(query_err(what))
    }

    /// Inserts a product or replaces what is stored under its id (and its
    /// labels). A product with certificates keeps showing its latest
    /// certificate's status. Returns its id.
    pub async fn upsert_product(&mut self, product: &NewProduct) -> Result<String> {
        product.check()?;
        let id = product.id();
        let grades = serde_json::to_string(&product.grades).map_err(|e| StoreError::Invalid {
            what: "grades",
            reason: e.to_string(),
        })?;
        let row = ProductRow {
            id: &id,
            p: product,
            grades: &grades,
            search_text: search_text(product),
        };
        match self {
            Tx::Sqlite(t) => sqlite::upsert_product(t, &row).await?,
            Tx::Postgres(t) => postgres::upsert_product(t, &row).await?,
        }
        // A product with certificates keeps showing its latest one's.
        self.follow_certificate(&id, "saving a product").await?;
        Ok(id)
    }

    /// Records a certificate of a stored product; the product shows its
    /// latest certificate's status.
    pub async fn insert_certificate(&mut self, c: &CertificateRecord) -> Result<()> {
        if c.id.trim().is_empty() {
            return Err(StoreError::Invalid {
                what: "certificate",
                reason: "the id is empty".to_owned(),
            });
        }
        let index = log_index(c.log_index)?;
        let exists: i64 =
            on_tx!(self, c2 => sqlx::query_scalar("SELECT COUNT(*) FROM products WHERE id = $1")
            .bind(&c.product_id)
            .fetch_one(c2)
            .await)
            .map_err(query_err("recording a certificate"))?;
        if exists == 0 {
            return Err(StoreError::NotFound {
                what: "product",
                id: c.product_id.clone(),
            });
        }
        match self {
            Tx::Sqlite(t) => sqlite::insert_certificate(t, c, index).await?,
            Tx::Postgres(t) => postgres::insert_certificate(t, c, index).await?,
        }
        self.follow_certificate(&c.product_id, "recording a certificate")
            .await
    }

    /// Records a status change of a certificate and makes it the
    /// certificate's current status.
    pub async fn add_status_event(&mut self, e: &StatusEventRecord) -> Result<()> {
        let index = log_index(e.log_index)?;
        match self {
            Tx::Sqlite(t) => sqlite::add_status_event(t, e, index).await?,
            Tx::Postgres(t) => postgres::add_status_event(t, e, index).await?,
        }
        let what = "recording a status event";
        let product_id: Option<String> = on_tx!(self, c => sqlx::query_scalar(
            "SELECT product_id FROM certificates WHERE id = $1")
            .bind(&e.certificate_id)
            .fetch_optional(c)
            .await)
        .map_err(query_err(what))?;
        match product_id {
            Some(id) => self.follow_certificate(&id, what).await,
            None => Ok(()),
        }
    }

    /// Makes a product show its latest certificate (the latest issued, as
    /// [`Db::certificates_of`] orders them): that certificate's status (as
    /// the label shows it: `attention` is valid) and its last valid day.
    /// A product without a certificate keeps the status it was stored with.
    async fn follow_certificate(&mut self, product_id: &str, what: &'static str) -> Result<()> {
        const SQL: &str = "UPDATE products SET
                status = COALESCE((SELECT CASE c.status WHEN 'attention' THEN 'valid' ELSE c.status END
                                   FROM certificates c WHERE c.product_id = products.id
                                   ORDER BY c.issued_on DESC, c.log_index DESC LIMIT 1), status),
                certificate_valid_until = (SELECT c.valid_until
                                           FROM certificates c WHERE c.product_id = products.id
                                           ORDER BY c.issued_on DESC, c.log_index DESC LIMIT 1)
            WHERE id = $1";
        on_tx!(self, c => sqlx::query(SQL).bind(product_id).execute(c).await.map(drop))
            .map_err(query_err(what))
    }
}

/// Seconds since the Unix epoch, now.
pub fn unix_now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX))
}

/// The future, boxed as `Send`. Transactions (`&mut *tx` as an executor)
/// make futures whose `Send` the compiler cannot prove once they are
/// nested in a caller's future (rust-lang/rust#100013); proving it here,
/// where the types are concrete, and boxing it spares every caller.
pub(crate) fn send<'a, T>(
    f: impl std::future::Future<Output = T> + Send + 'a,
) -> std::pin::Pin<Box<dyn std::future::Future<Output = T> + Send + 'a>> {
    Box::pin(f)
}

fn log_index(index: u64) -> Result<i64> {
    i64::try_from(index).map_err(|_| StoreError::Invalid {
        what: "log index",
        reason: format!("{index} is out of range"),
    })
}

/// What an upsert writes.
struct ProductRow<'a> {
    id: &'a str,
    p: &'a NewProduct,
    grades: &'a str,
    search_text: String,
}

/// The words of a text: folded runs of letters and digits. Everything else
/// (quotes, `*`, `-`, parentheses, operators of either engine) separates.
pub fn words(text: &str) -> Vec<String> {
    iotmark_model::fold(text)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

/// The words of a user's query that a search looks for (at most 16, each
/// at most 64 characters); every one must match, as a prefix of a word.
pub fn query_words(text: &str) -> Vec<String> {
    words(text)
        .into_iter()
        .map(|w| w.chars().take(64).collect())
        .take(16)
        .collect()
}

/// The text a product is found by: its name, maker, model and category, as
/// words separated by spaces.
fn search_text(p: &NewProduct) -> String {
    [&p.name, &p.manufacturer, &p.model, &p.category]
        .iter()
        .flat_map(|t| words(t))
        .collect::<Vec<_>>()
        .join(" ")
}

fn parse_status(id: &str, s: &str) -> Result<MarkStatus> {
    serde_json::from_value(serde_json::Value::String(s.to_owned())).map_err(|_| {
        StoreError::Corrupt {
            what: "status",
            id: id.to_owned(),
            reason: format!("`{s}` is not a mark status"),
        }
    })
}

fn parse_certificate_status(id: &str, s: &str) -> Result<CertificateStatus> {
    serde_json::from_value(serde_json::Value::String(s.to_owned())).map_err(|_| {
        StoreError::Corrupt {
            what: "certificate status",
            id: id.to_owned(),
            reason: format!("`{s}` is not a certificate status"),
        }
    })
}

fn parse_grades(id: &str, s: &str) -> Result<BTreeMap<String, String>> {
    serde_json::from_str(s).map_err(|e| StoreError::Corrupt {
        what: "grades",
        id: id.to_owned(),
        reason: e.to_string(),
    })
}

fn level_of(id: &str, level: i64) -> Result<u8> {
    u8::try_from(level)
        .ok()
        .filter(|l| *l <= 3)
        .ok_or_else(|| StoreError::Corrupt {
            what: "level",
            id: id.to_owned(),
            reason: format!("{level} is not 0 to 3"),
        })
}

fn index_of(id: &str, index: i64) -> Result<u64> {
    u64::try_from(index).map_err(|_| StoreError::Corrupt {
        what: "log index",
        id: id.to_owned(),
        reason: format!("{index} is negative"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn query_words_drop_every_operator() {
        assert_eq!(
            query_words(r#""Lumière" * NEAR( -cam 'x' OR a:b ^c"#),
            ["lumiere", "near", "cam", "x", "or", "a", "b", "c"]
        );
        assert!(query_words(r#"" * ( ) - ' : ^ + &"#).is_empty());
    }

    #[test]
    fn urls_lose_their_password() {
        assert_eq!(
            redact("postgres://u:secret@h:5432/db"),
            "postgres://u:***@h:5432/db"
        );
        assert_eq!(redact("postgres://u@h/db"), "postgres://u@h/db");
        assert_eq!(redact("sqlite://x.db"), "sqlite://x.db");
    }
}
