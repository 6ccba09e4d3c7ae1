//! The two backends the contract tests run against, and fixtures.

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use chrono::NaiveDate;
use iotmark_label::MarkStatus;
use iotmark_registry::Db;
use iotmark_registry::store::NewProduct;

/// The PostgreSQL server the tests use (`IOTMARK_TEST_POSTGRES` overrides).
pub const POSTGRES_URL: &str = "postgres://postgres@127.0.0.1:5432/test";

fn postgres_url() -> String {
    std::env::var("IOTMARK_TEST_POSTGRES")
        .ok()
        .filter(|u| !u.is_empty())
        .unwrap_or_else(|| POSTGRES_URL.to_owned())
}

/// A fresh, migrated database for one test, cleaned up by [`Harness::finish`].
pub struct Harness {
    /// The database under test.
    pub db: Db,
    dir: Option<tempfile::TempDir>,
    /// For PostgreSQL: the connection that made the schema, and its name.
    admin: Option<(Db, String)>,
}

impl Harness {
    /// Closes the database, removes it (the temporary directory, or the
    /// schema) and re-raises the test's panic, if any.
    pub async fn finish(self, outcome: Result<(), tokio::task::JoinError>) {
        self.db.close().await;
        drop(self.dir);
        if let Some((admin, schema)) = self.admin {
            if let Db::Postgres(pool) = &admin {
                sqlx::query(&format!("DROP SCHEMA {schema} CASCADE"))
                    .execute(pool)
                    .await
                    .expect("drop schema");
            }
            admin.close().await;
        }
        if let Err(e) = outcome {
            std::panic::resume_unwind(e.into_panic());
        }
    }
}

/// A fresh, migrated SQLite database in a temporary directory.
pub async fn sqlite() -> Harness {
    let dir = tempfile::tempdir().expect("temp dir");
    let url = format!(
        "sqlite://{}?mode=rwc",
        dir.path().join("registry.db").display()
    );
    let db = Db::connect(&url).await.expect("open sqlite");
    db.migrate().await.expect("migrate sqlite");
    Harness {
        db,
        dir: Some(dir),
        admin: None,
    }
}

/// A fresh, migrated schema of the test PostgreSQL server. Without a
/// server: `None` with a note that the test skipped, except under
/// `CI=true`, where it fails.
pub async fn postgres(name: &str) -> Option<Harness> {
    let url = postgres_url();
    let admin = match tokio::time::timeout(Duration::from_secs(5), Db::connect(&url)).await {
        Ok(Ok(db)) => db,
        outcome => {
            let why = match outcome {
                Ok(Err(e)) => e.to_string(),
                _ => "timed out".to_owned(),
            };
            if std::env::var("CI").is_ok_and(|v| v == "true") {
                panic!(
                    "{name}: PostgreSQL not available at {url} (CI=true, so this is a failure): {why}"
                );
            }
            eprintln!("{name} skipped: PostgreSQL not available at {url}: {why}");
            return None;
        }
    };
    static COUNTER: AtomicU32 = AtomicU32::new(0);
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.subsec_nanos());
    let schema = format!(
        "test_{}_{}_{}",
        std::process::id(),
        nanos,
        COUNTER.fetch_add(1, Ordering::Relaxed)
    );
    let Db::Postgres(pool) = &admin else {
        panic!("{url} is not PostgreSQL");
    };
    sqlx::query(&format!("CREATE SCHEMA {schema}"))
        .execute(pool)
        .await
        .expect("create schema");
    let sep = if url.contains('?') { '&' } else { '?' };
    let db = Db::connect(&format!("{url}{sep}options[search_path]={schema}"))
        .await
        .expect("connect to the schema");
    let harness = Harness {
        db,
        dir: None,
        admin: Some((admin, schema)),
    };
    if let Err(e) = harness.db.migrate().await {
        harness.finish(Ok(())).await;
        panic!("migrate postgres: {e}");
    }
    Some(harness)
}

/// Generates, for each named `async fn(Db)` of the enclosing module, one
/// test on SQLite and one on PostgreSQL.
#[macro_export]
macro_rules! contract {
    ($($name:ident),* $(,)?) => {
        mod sqlite {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $name() {
                    let h = $crate::common::sqlite().await;
                    let outcome = tokio::spawn(super::$name(h.db.clone())).await;
                    h.finish(outcome).await;
                }
            )*
        }
        mod postgres {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $name() {
                    let name = concat!(module_path!(), "::", stringify!($name));
                    let Some(h) = $crate::common::postgres(name).await else { return };
                    let outcome = tokio::spawn(super::$name(h.db.clone())).await;
                    h.finish(outcome).await;
                }
            )*
        }
    };
}

pub fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("date")
}

/// A product with made-up facts (its labels are placeholders).
pub fn product(
    manufacturer: &str,
    name: &str,
    model: &str,
    category: &str,
    level: u8,
    support_end: Option<NaiveDate>,
    status: MarkStatus,
) -> NewProduct {
    NewProduct {
        manufacturer: manufacturer.to_owned(),
        name: name.to_owned(),
        model: model.to_owned(),
        category: category.to_owned(),
        firmware_version: "1.0.0".to_owned(),
        level,
        grades: BTreeMap::from([
            ("SEC".to_owned(), "A".to_owned()),
            ("PRV".to_owned(), "C".to_owned()),
        ]),
        support_end,
        status,
        declaration: format!("manufacturer: {{name: {manufacturer}}}\n").into_bytes(),
        declaration_name: "declaration.yaml".to_owned(),
        assessment: "{\"level\": 0}".to_owned(),
        labels: BTreeMap::from([("en".to_owned(), "{}".to_owned())]),
    }
}
