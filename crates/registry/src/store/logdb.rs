//! The transparency log's tables: its origin and key, its entries and the
//! checkpoints signed over them. Entries and the checkpoint covering them
//! are written in the same transaction as the records they log
//! ([`crate::ledger`] does the sequencing and signing), so the latest
//! checkpoint's size is always the number of entries.

use super::{Db, Result, StoreError, Tx, index_of, log_index, on_db, on_tx, query_err};

impl Db {
    /// The log's origin and verifier key, once set.
    pub async fn log_config(&self) -> Result<Option<(String, String)>> {
        on_db!(self, p => sqlx::query_as("SELECT origin, verifier_key FROM log_config WHERE id = 1")
            .fetch_optional(p)
            .await)
        .map_err(query_err("reading the log's configuration"))
    }

    /// Sets the log's origin and verifier key on first use; afterwards
    /// checks they are the same.
    pub async fn init_log(&self, origin: &str, verifier_key: &str) -> Result<()> {
        if let Some((o, k)) = self.log_config().await? {
            if o != origin || k != verifier_key {
                return Err(StoreError::Invalid {
                    what: "log key",
                    reason: format!(
                        "this database's log has origin {o:?} and key {k}; the key given is {verifier_key} for origin {origin:?}"
                    ),
                });
            }
            return Ok(());
        }
        on_db!(self, p => sqlx::query(
            "INSERT INTO log_config (id, origin, verifier_key) VALUES (1, $1, $2)",
        )
        .bind(origin)
        .bind(verifier_key)
        .execute(p)
        .await
        .map(|r| r.rows_affected()))
        .map_err(query_err("setting the log's configuration"))
        .map(drop)
    }

    /// The latest checkpoint: its size and the signed note.
    pub async fn latest_checkpoint(&self) -> Result<Option<(u64, Vec<u8>)>> {
        let row: Option<(i64, Vec<u8>)> = on_db!(self, p => sqlx::query_as(
            "SELECT size, note FROM log_checkpoints ORDER BY size DESC LIMIT 1",
        )
        .fetch_optional(p)
        .await)
        .map_err(query_err("reading the latest checkpoint"))?;
        row.map(|(size, note)| Ok((index_of("checkpoint", size)?, note)))
            .transpose()
    }

    /// The latest checkpoint's size only.
    pub async fn log_size(&self) -> Result<u64> {
        let size: Option<i64> = on_db!(self, p => sqlx::query_scalar(
            "SELECT MAX(size) FROM log_checkpoints",
        )
        .fetch_one(p)
        .await)
        .map_err(query_err("reading the log's size"))?;
        index_of("checkpoint", size.unwrap_or(0))
    }

    /// Entries `[from, to)`, in order.
    pub async fn log_entries(&self, from: u64, to: u64) -> Result<Vec<Vec<u8>>> {
        let (from, to) = (log_index(from)?, log_index(to)?);
        let rows: Vec<(i64, Vec<u8>)> = on_db!(self, p => sqlx::query_as(
            "SELECT idx, entry FROM log_entries WHERE idx >= $1 AND idx < $2 ORDER BY idx",
        )
        .bind(from)
        .bind(to)
        .fetch_all(p)
        .await)
        .map_err(query_err("reading log entries"))?;
        let mut out = Vec::with_capacity(rows.len());
        for (expected, (idx, entry)) in (from..).zip(rows) {
            if idx != expected {
                return Err(StoreError::Corrupt {
                    what: "log",
                    id: format!("entry {expected}"),
                    reason: format!("entry {expected} is missing (the next stored is {idx})"),
                });
            }
            out.push(entry);
        }
        Ok(out)
    }

    /// Every checkpoint's note, oldest first.
    pub async fn checkpoints(&self) -> Result<Vec<Vec<u8>>> {
        on_db!(self, p => sqlx::query_scalar("SELECT note FROM log_checkpoints ORDER BY size")
            .fetch_all(p)
            .await)
        .map_err(query_err("listing checkpoints"))
    }
}

impl Tx {
    /// Takes the log's write lock until the transaction ends (PostgreSQL:
    /// an advisory lock; SQLite: the database's write lock, taken by a
    /// first write), so that two writers cannot give out the same index.
    pub async fn lock_log(&mut self) -> Result<()> {
        let what = "locking the log";
        match self {
            Tx::Sqlite(t) => sqlx::query("UPDATE log_config SET id = id WHERE id = 1")
                .execute(&mut **t)
                .await
                .map(drop),
            Tx::Postgres(t) => sqlx::query("SELECT pg_advisory_xact_lock(7305917462)")
                .execute(&mut **t)
                .await
                .map(drop),
        }
        .map_err(query_err(what))
    }

    /// The latest checkpoint's size, as this transaction sees it.
    pub async fn log_size(&mut self) -> Result<u64> {
        let size: Option<i64> = on_tx!(self, c => sqlx::query_scalar(
            "SELECT MAX(size) FROM log_checkpoints",
        )
        .fetch_one(c)
        .await)
        .map_err(query_err("reading the log's size"))?;
        index_of("checkpoint", size.unwrap_or(0))
    }

    /// Stores entries from index `first` and the checkpoint that covers
    /// them.
    pub async fn append_log(
        &mut self,
        first: u64,
        entries: &[Vec<u8>],
        checkpoint: &[u8],
        now: i64,
    ) -> Result<()> {
        let what = "appending to the log";
        let mut index = log_index(first)?;
        for entry in entries {
            on_tx!(self, c => sqlx::query("INSERT INTO log_entries (idx, entry) VALUES ($1, $2)")
                .bind(index)
                .bind(entry)
                .execute(c)
                .await
                .map(|r| r.rows_affected()))
            .map_err(query_err(what))?;
            index += 1;
        }
        on_tx!(self, c => sqlx::query(
            "INSERT INTO log_checkpoints (size, note, created_at) VALUES ($1, $2, $3)",
        )
        .bind(index)
        .bind(checkpoint)
        .bind(now)
        .execute(c)
        .await
        .map(|r| r.rows_affected()))
        .map_err(query_err(what))
        .map(drop)
    }
}
