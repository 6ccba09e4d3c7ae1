//! The migration runner: SQL files embedded at build time, applied in
//! order, each in one transaction together with its row in
//! `schema_migrations`, so a migration is applied entirely or not at all.

use sqlx::{Executor, PgPool, SqlitePool};

use super::{Result, StoreError, query_err};

/// One migration: a SQL file of `migrations/<backend>/`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Migration {
    /// Its number (the file name's `NNNN`).
    pub version: i64,
    /// Its file name.
    pub name: &'static str,
    /// Its statements.
    pub sql: &'static str,
}

macro_rules! migration {
    ($backend:literal, $version:literal, $name:literal) => {
        Migration {
            version: $version,
            name: $name,
            sql: include_str!(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/migrations/",
                $backend,
                "/",
                $name
            )),
        }
    };
}

/// The SQLite migrations, in order.
pub const MIGRATIONS_SQLITE: &[Migration] = &[
    migration!("sqlite", 1, "0001_products.sql"),
    migration!("sqlite", 2, "0002_certificates.sql"),
    migration!("sqlite", 3, "0003_workflow.sql"),
    migration!("sqlite", 4, "0004_product_documents.sql"),
    migration!("sqlite", 5, "0005_signing_keys.sql"),
    migration!("sqlite", 6, "0006_certificate_validity.sql"),
];

/// The PostgreSQL migrations, in order.
pub const MIGRATIONS_POSTGRES: &[Migration] = &[
    migration!("postgres", 1, "0001_products.sql"),
    migration!("postgres", 2, "0002_certificates.sql"),
    migration!("postgres", 3, "0003_workflow.sql"),
    migration!("postgres", 4, "0004_product_documents.sql"),
    migration!("postgres", 5, "0005_signing_keys.sql"),
    migration!("postgres", 6, "0006_certificate_validity.sql"),
];

const CREATE_SQLITE: &str = "CREATE TABLE IF NOT EXISTS schema_migrations (
    version    INTEGER PRIMARY KEY NOT NULL,
    name       TEXT NOT NULL,
    applied_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
)";

const CREATE_POSTGRES: &str = "CREATE TABLE IF NOT EXISTS schema_migrations (
    version    BIGINT PRIMARY KEY,
    name       TEXT NOT NULL,
    applied_at TIMESTAMPTZ NOT NULL DEFAULT now()
)";

/// Any number, so two registries migrating one PostgreSQL database at once
/// take turns.
const LOCK_KEY: i64 = 0x0069_6f74_6d61_726b;

fn check_known(found: &[i64], known: &[Migration]) -> Result<()> {
    let newest = known.last().map_or(0, |m| m.version);
    match found.iter().max() {
        Some(&v) if v > newest => Err(StoreError::TooNew {
            found: v,
            known: newest,
        }),
        _ => Ok(()),
    }
}

pub(super) async fn sqlite_versions(pool: &SqlitePool) -> Result<Vec<i64>> {
    sqlx::query(CREATE_SQLITE)
        .execute(pool)
        .await
        .map_err(query_err("creating schema_migrations"))?;
    sqlx::query_scalar("SELECT version FROM schema_migrations ORDER BY version")
        .fetch_all(pool)
        .await
        .map_err(query_err("reading schema_migrations"))
}

pub(super) async fn postgres_versions(pool: &PgPool) -> Result<Vec<i64>> {
    sqlx::query(CREATE_POSTGRES)
        .execute(pool)
        .await
        .map_err(query_err("creating schema_migrations"))?;
    sqlx::query_scalar("SELECT version FROM schema_migrations ORDER BY version")
        .fetch_all(pool)
        .await
        .map_err(query_err("reading schema_migrations"))
}

pub(super) async fn sqlite(pool: &SqlitePool) -> Result<Vec<i64>> {
    let done = sqlite_versions(pool).await?;
    check_known(&done, MIGRATIONS_SQLITE)?;
    let mut applied = Vec::new();
    for m in MIGRATIONS_SQLITE {
        if done.contains(&m.version) {
            continue;
        }
        let fail = |source| StoreError::Migrate {
            backend: "sqlite",
            version: m.version,
            name: m.name,
            source,
        };
        let mut tx = pool.begin().await.map_err(fail)?;
        // Another process may have applied it meanwhile.
        let exists: Option<i64> =
            sqlx::query_scalar("SELECT version FROM schema_migrations WHERE version = ?")
                .bind(m.version)
                .fetch_optional(&mut *tx)
                .await
                .map_err(fail)?;
        if exists.is_some() {
            continue;
        }
        tx.execute(sqlx::raw_sql(m.sql)).await.map_err(fail)?;
        sqlx::query("INSERT INTO schema_migrations (version, name) VALUES (?, ?)")
            .bind(m.version)
            .bind(m.name)
            .execute(&mut *tx)
            .await
            .map_err(fail)?;
        tx.commit().await.map_err(fail)?;
        tracing::info!(version = m.version, name = m.name, "applied migration");
        applied.push(m.version);
    }
    Ok(applied)
}

pub(super) async fn postgres(pool: &PgPool) -> Result<Vec<i64>> {
    let done = postgres_versions(pool).await?;
    check_known(&done, MIGRATIONS_POSTGRES)?;
    let mut applied = Vec::new();
    for m in MIGRATIONS_POSTGRES {
        if done.contains(&m.version) {
            continue;
        }
        let fail = |source| StoreError::Migrate {
            backend: "postgres",
            version: m.version,
            name: m.name,
            source,
        };
        let mut tx = pool.begin().await.map_err(fail)?;
        sqlx::query("SELECT pg_advisory_xact_lock($1)")
            .bind(LOCK_KEY)
            .execute(&mut *tx)
            .await
            .map_err(fail)?;
        let exists: Option<i64> =
            sqlx::query_scalar("SELECT version FROM schema_migrations WHERE version = $1")
                .bind(m.version)
                .fetch_optional(&mut *tx)
                .await
                .map_err(fail)?;
        if exists.is_some() {
            continue;
        }
        tx.execute(sqlx::raw_sql(m.sql)).await.map_err(fail)?;
        sqlx::query("INSERT INTO schema_migrations (version, name) VALUES ($1, $2)")
            .bind(m.version)
            .bind(m.name)
            .execute(&mut *tx)
            .await
            .map_err(fail)?;
        tx.commit().await.map_err(fail)?;
        tracing::info!(version = m.version, name = m.name, "applied migration");
        applied.push(m.version);
    }
    Ok(applied)
}
