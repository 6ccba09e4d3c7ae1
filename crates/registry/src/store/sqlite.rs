//! The SQLite backend (FTS5 for full text).

use std::collections::BTreeMap;

use chrono::NaiveDate;
use iotmark_label::MarkStatus;
use sqlx::sqlite::SqliteRow;
use sqlx::{QueryBuilder, Row, Sqlite, SqliteConnection, SqlitePool};

use super::{
    CertificateRecord, NewProduct, Plan, Product, ProductRow, ProductSummary, RecentCertificate,
    RecentEvent, Result, Search, Sort, StatusEventRecord, StoreError, index_of, level_of,
    parse_certificate_status, parse_grades, parse_status, query_err,
};

pub(super) async fn upsert_product(
    conn: &mut SqliteConnection,
    row: &ProductRow<'_>,
) -> Result<()> {
    let what = "saving a product";
    let p = row.p;
    sqlx::query(
        "INSERT INTO products (id, manufacturer, name, model, category, firmware_version, level,
             grades, support_end, status, search_text)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (id) DO UPDATE SET
             manufacturer = excluded.manufacturer, name = excluded.name, model = excluded.model,
             category = excluded.category, firmware_version = excluded.firmware_version,
             level = excluded.level, grades = excluded.grades, support_end = excluded.support_end,
             status = excluded.status, search_text = excluded.search_text",
    )
    .bind(row.id)
    .bind(&p.manufacturer)
    .bind(&p.name)
    .bind(&p.model)
    .bind(&p.category)
    .bind(&p.firmware_version)
    .bind(i64::from(p.level))
    .bind(row.grades)
    .bind(p.support_end)
    .bind(p.status.name())
    .bind(&row.search_text)
    .execute(&mut *conn)
    .await
    .map_err(query_err(what))?;
    sqlx::query(
        "INSERT INTO product_documents (product_id, declaration, declaration_name, assessment)
         VALUES (?, ?, ?, ?)
         ON CONFLICT (product_id) DO UPDATE SET
             declaration = excluded.declaration, declaration_name = excluded.declaration_name,
             assessment = excluded.assessment",
    )
    .bind(row.id)
    .bind(&p.declaration)
    .bind(&p.declaration_name)
    .bind(&p.assessment)
    .execute(&mut *conn)
    .await
    .map_err(query_err(what))?;
    sqlx::query("DELETE FROM products_fts WHERE id = ?")
        .bind(row.id)
        .execute(&mut *conn)
        .await
        .map_err(query_err(what))?;
    sqlx::query("INSERT INTO products_fts (id, search_text) VALUES (?, ?)")
        .bind(row.id)
        .bind(&row.search_text)
        .execute(&mut *conn)
        .await
        .map_err(query_err(what))?;
    sqlx::query("DELETE FROM product_labels WHERE product_id = ?")
        .bind(row.id)
        .execute(&mut *conn)
        .await
        .map_err(query_err(what))?;
    for (lang, label) in &p.labels {
        sqlx::query("INSERT INTO product_labels (product_id, lang, label) VALUES (?, ?, ?)")
            .bind(row.id)
            .bind(lang)
            .bind(label)
            .execute(&mut *conn)
            .await
            .map_err(query_err(what))?;
    }
    Ok(())
}

pub(super) async fn product(
    pool: &SqlitePool,
    id: &str,
    lang: Option<&str>,
) -> Result<Option<Product>> {
    let what = "reading a product";
    let Some(r) = sqlx::query(
        "SELECT p.manufacturer, p.name, p.model, p.category, p.firmware_version, p.level, p.grades,
                p.support_end, p.status, d.declaration, d.declaration_name, d.assessment
         FROM products p JOIN product_documents d ON d.product_id = p.id WHERE p.id = ?",
    )
    .bind(id)
    .fetch_optional(pool)
    .await
    .map_err(query_err(what))?
    else {
        return Ok(None);
    };
    let labels: Vec<(String, String)> = match lang {
        None => {
            sqlx::query_as(
                "SELECT lang, label FROM product_labels WHERE product_id = ? ORDER BY lang",
            )
            .bind(id)
            .fetch_all(pool)
            .await
        }
        Some(lang) => {
            sqlx::query_as(
                "SELECT lang, label FROM product_labels
                 WHERE product_id = ? AND lang IN (?, 'en') ORDER BY lang",
            )
            .bind(id)
            .bind(lang)
            .fetch_all(pool)
            .await
        }
    }
    .map_err(query_err(what))?;
    let get = |e| StoreError::Query { what, source: e };
    let data = NewProduct {
        manufacturer: r.try_get("manufacturer").map_err(get)?,
        name: r.try_get("name").map_err(get)?,
        model: r.try_get("model").map_err(get)?,
        category: r.try_get("category").map_err(get)?,
        firmware_version: r.try_get("firmware_version").map_err(get)?,
        level: level_of(id, r.try_get("level").map_err(get)?)?,
        grades: parse_grades(id, r.try_get("grades").map_err(get)?)?,
        support_end: r.try_get("support_end").map_err(get)?,
        status: parse_status(id, r.try_get("status").map_err(get)?)?,
        declaration: r.try_get("declaration").map_err(get)?,
        declaration_name: r.try_get("declaration_name").map_err(get)?,
        assessment: r.try_get("assessment").map_err(get)?,
        labels: labels.into_iter().collect::<BTreeMap<_, _>>(),
    };
    Ok(Some(Product {
        id: id.to_owned(),
        data,
    }))
}

pub(super) async fn label(pool: &SqlitePool, id: &str, lang: &str) -> Result<Option<String>> {
    sqlx::query_scalar("SELECT label FROM product_labels WHERE product_id = ? AND lang = ?")
        .bind(id)
        .bind(lang)
        .fetch_optional(pool)
        .await
        .map_err(query_err("reading a label"))
}

/// The FTS5 query of the words: each a quoted prefix, all required.
fn fts_query(words: &[String]) -> String {
    words
        .iter()
        .map(|w| format!("\"{w}\"*"))
        .collect::<Vec<_>>()
        .join(" ")
}

/// The columns of a result, its status as it stands on `today`.
fn push_columns(qb: &mut QueryBuilder<'_, Sqlite>, today: NaiveDate) {
    qb.push(
        "SELECT p.id, p.manufacturer, p.name, p.model, p.category, p.firmware_version, p.level,
                p.support_end,
                CASE WHEN p.status = 'valid' AND p.certificate_valid_until < ",
    );
    qb.push_bind(today);
    qb.push(" THEN 'expired' ELSE p.status END AS status");
}

fn push_filters(qb: &mut QueryBuilder<'_, Sqlite>, search: &Search, plan: &Plan, today: NaiveDate) {
    qb.push(" FROM products p");
    if !plan.words.is_empty() {
        qb.push(
            " JOIN (SELECT id, bm25(products_fts) AS rank FROM products_fts WHERE products_fts MATCH ",
        );
        qb.push_bind(fts_query(&plan.words));
        qb.push(") f ON f.id = p.id");
    }
    qb.push(" WHERE 1 = 1");
    if let Some(level) = search.min_level {
        qb.push(" AND p.level >= ").push_bind(i64::from(level));
    }
    if let Some(category) = &search.category {
        qb.push(" AND p.category = ").push_bind(category.clone());
    }
    match search.status {
        // In force: not past its certificate's validity.
        Some(MarkStatus::Valid) => {
            qb.push(" AND p.status = 'valid' AND (p.certificate_valid_until IS NULL OR p.certificate_valid_until >= ")
                .push_bind(today)
                .push(")");
        }
        // Expired when recorded so, or past its certificate's validity.
        Some(MarkStatus::Expired) => {
            qb.push(" AND (p.status = 'expired' OR (p.status = 'valid' AND p.certificate_valid_until < ")
                .push_bind(today)
                .push("))");
        }
        Some(status) => {
            qb.push(" AND p.status = ").push_bind(status.name());
        }
        None => {}
    }
    if let Some(date) = search.support_after {
        qb.push(" AND p.support_end > ").push_bind(date);
    }
}

fn summary(r: &SqliteRow) -> Result<ProductSummary> {
    let get = |e| StoreError::Query {
        what: "reading search results",
        source: e,
    };
    let id: String = r.try_get("id").map_err(get)?;
    Ok(ProductSummary {
        manufacturer: r.try_get("manufacturer").map_err(get)?,
        name: r.try_get("name").map_err(get)?,
        model: r.try_get("model").map_err(get)?,
        category: r.try_get("category").map_err(get)?,
        firmware_version: r.try_get("firmware_version").map_err(get)?,
        level: level_of(&id, r.try_get("level").map_err(get)?)?,
        support_end: r.try_get("support_end").map_err(get)?,
        status: parse_status(&id, r.try_get("status").map_err(get)?)?,
        id,
    })
}

/// Words alone, by relevance (what the search box sends): the full-text
/// index counts and ranks on its own, and only the page's products are
/// read. Ties in rank go by the index's row order.
async fn search_text_only(
    pool: &SqlitePool,
    plan: &Plan,
    today: NaiveDate,
) -> Result<(u64, Vec<ProductSummary>)> {
    let what = "searching products";
    let query = fts_query(&plan.words);
    let total: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM products_fts WHERE products_fts MATCH ?")
            .bind(&query)
            .fetch_one(pool)
            .await
            .map_err(query_err(what))?;
    let rows = sqlx::query(
        "SELECT p.id, p.manufacturer, p.name, p.model, p.category, p.firmware_version, p.level,
                p.support_end,
                CASE WHEN p.status = 'valid' AND p.certificate_valid_until < ? THEN 'expired'
                     ELSE p.status END AS status
         FROM (SELECT id, rank, rowid AS fts_row FROM products_fts WHERE products_fts MATCH ?
               ORDER BY rank, rowid LIMIT ? OFFSET ?) f
         JOIN products p ON p.id = f.id
         ORDER BY f.rank, f.fts_row",
    )
    .bind(today)
    .bind(&query)
    .bind(plan.limit)
    .bind(plan.offset)
    .fetch_all(pool)
    .await
    .map_err(query_err(what))?;
    let items = rows.iter().map(summary).collect::<Result<Vec<_>>>()?;
    Ok((u64::try_from(total).unwrap_or(0), items))
}

pub(super) async fn search(
    pool: &SqlitePool,
    search: &Search,
    plan: &Plan,
    today: NaiveDate,
) -> Result<(u64, Vec<ProductSummary>)> {
    let what = "searching products";
    let unfiltered = search.min_level.is_none()
        && search.category.is_none()
        && search.status.is_none()
        && search.support_after.is_none();
    if unfiltered && search.sort == Sort::Relevance && !plan.words.is_empty() {
        return search_text_only(pool, plan, today).await;
    }
    let mut count = QueryBuilder::new("SELECT COUNT(*)");
    push_filters(&mut count, search, plan, today);
    let total: i64 = count
        .build_query_scalar()
        .fetch_one(pool)
        .await
        .map_err(query_err(what))?;
    let mut qb = QueryBuilder::new("");
    push_columns(&mut qb, today);
    push_filters(&mut qb, search, plan, today);
    qb.push(" ORDER BY ");
    qb.push(match (search.sort, plan.words.is_empty()) {
        (Sort::Relevance, false) => "f.rank, ",
        (Sort::Level, _) => "p.level DESC, ",
        (Sort::SupportEnd, _) => "p.support_end IS NULL, p.support_end DESC, ",
        _ => "",
    });
    qb.push("p.name COLLATE NOCASE, p.id LIMIT ")
        .push_bind(plan.limit)
        .push(" OFFSET ")
        .push_bind(plan.offset);
    let rows = qb.build().fetch_all(pool).await.map_err(query_err(what))?;
    let items = rows.iter().map(summary).collect::<Result<Vec<_>>>()?;
    Ok((u64::try_from(total).unwrap_or(0), items))
}

pub(super) async fn insert_certificate(
    conn: &mut SqliteConnection,
    c: &CertificateRecord,
    index: i64,
) -> Result<()> {
    let result = sqlx::query(
        "INSERT INTO certificates (id, product_id, envelope, log_index, issued_on, valid_until, status)
         VALUES (?, ?, ?, ?, ?, ?, ?)",
    )
    .bind(&c.id)
    .bind(&c.product_id)
    .bind(&c.envelope)
    .bind(index)
    .bind(c.issued_on)
    .bind(c.valid_until)
    .bind(c.status.as_str())
    .execute(&mut *conn)
    .await;
    match result {
        Ok(_) => Ok(()),
        Err(sqlx::Error::Database(e)) if e.is_unique_violation() => {
            Err(StoreError::DuplicateCertificate { id: c.id.clone() })
        }
        Err(e) => Err(query_err("recording a certificate")(e)),
    }
}

const CERTIFICATE_COLUMNS: &str =
    "SELECT id, product_id, envelope, log_index, issued_on, valid_until, status FROM certificates";

fn certificate_row(r: &SqliteRow) -> Result<CertificateRecord> {
    let get = |e| StoreError::Query {
        what: "reading a certificate",
        source: e,
    };
    let id: String = r.try_get("id").map_err(get)?;
    let status: String = r.try_get("status").map_err(get)?;
    Ok(CertificateRecord {
        product_id: r.try_get("product_id").map_err(get)?,
        envelope: r.try_get("envelope").map_err(get)?,
        log_index: index_of(&id, r.try_get("log_index").map_err(get)?)?,
        issued_on: r.try_get("issued_on").map_err(get)?,
        valid_until: r.try_get("valid_until").map_err(get)?,
        status: parse_certificate_status(&id, &status)?,
        id,
    })
}

pub(super) async fn certificate(pool: &SqlitePool, id: &str) -> Result<Option<CertificateRecord>> {
    let row = sqlx::query(&format!("{CERTIFICATE_COLUMNS} WHERE id = ?"))
        .bind(id)
        .fetch_optional(pool)
        .await
        .map_err(query_err("reading a certificate"))?;
    row.as_ref().map(certificate_row).transpose()
}

pub(super) async fn certificates_of(
    pool: &SqlitePool,
    product_id: &str,
) -> Result<Vec<CertificateRecord>> {
    let rows = sqlx::query(&format!(
        "{CERTIFICATE_COLUMNS} WHERE product_id = ? ORDER BY issued_on DESC, log_index DESC"
    ))
    .bind(product_id)
    .fetch_all(pool)
    .await
    .map_err(query_err("listing certificates"))?;
    rows.iter().map(certificate_row).collect()
}

pub(super) async fn add_status_event(
    conn: &mut SqliteConnection,
    e: &StatusEventRecord,
    index: i64,
) -> Result<()> {
    let what = "recording a status event";
    sqlx::query(
        "INSERT INTO status_events (certificate_id, status, reason, effective_on, log_index)
         VALUES (?, ?, ?, ?, ?)",
    )
    .bind(&e.certificate_id)
    .bind(e.status.as_str())
    .bind(&e.reason)
    .bind(e.effective_on)
    .bind(index)
    .execute(&mut *conn)
    .await
    .map_err(query_err(what))?;
    sqlx::query("UPDATE certificates SET status = ? WHERE id = ?")
        .bind(e.status.as_str())
        .bind(&e.certificate_id)
        .execute(&mut *conn)
        .await
        .map_err(query_err(what))?;
    Ok(())
}

fn event_row(r: &SqliteRow) -> Result<StatusEventRecord> {
    let get = |e| StoreError::Query {
        what: "reading a status event",
        source: e,
    };
    let id: String = r.try_get("certificate_id").map_err(get)?;
    let status: String = r.try_get("status").map_err(get)?;
    let effective_on: NaiveDate = r.try_get("effective_on").map_err(get)?;
    Ok(StatusEventRecord {
        status: parse_certificate_status(&id, &status)?,
        reason: r.try_get("reason").map_err(get)?,
        effective_on,
        log_index: index_of(&id, r.try_get("log_index").map_err(get)?)?,
        certificate_id: id,
    })
}

pub(super) async fn status_events(
    pool: &SqlitePool,
    certificate_id: &str,
) -> Result<Vec<StatusEventRecord>> {
    let rows = sqlx::query(
        "SELECT certificate_id, status, reason, effective_on, log_index FROM status_events
         WHERE certificate_id = ? ORDER BY seq",
    )
    .bind(certificate_id)
    .fetch_all(pool)
    .await
    .map_err(query_err("listing status events"))?;
    rows.iter().map(event_row).collect()
}

pub(super) async fn recent_status_events(
    pool: &SqlitePool,
    limit: i64,
) -> Result<Vec<RecentEvent>> {
    let rows = sqlx::query(
        "SELECT e.certificate_id, e.status, e.reason, e.effective_on, e.log_index,
                c.product_id, p.name, p.manufacturer
         FROM status_events e
         JOIN certificates c ON c.id = e.certificate_id
         JOIN products p ON p.id = c.product_id
         ORDER BY e.effective_on DESC, e.seq DESC LIMIT ?",
    )
    .bind(limit)
    .fetch_all(pool)
    .await
    .map_err(query_err("listing recent status events"))?;
    rows.iter()
        .map(|r| {
            let get = |e| StoreError::Query {
                what: "reading a status event",
                source: e,
            };
            Ok(RecentEvent {
                event: event_row(r)?,
                product_id: r.try_get("product_id").map_err(get)?,
                product_name: r.try_get("name").map_err(get)?,
                manufacturer: r.try_get("manufacturer").map_err(get)?,
            })
        })
        .collect()
}

/// Certificates with their product's name and maker, for feeds.
const RECENT_CERTIFICATES: &str =
    "SELECT c.id, c.product_id, c.envelope, c.log_index, c.issued_on, c.valid_until,
            c.status, p.name, p.manufacturer
     FROM certificates c
     JOIN products p ON p.id = c.product_id";

/// A certificate row joined with its product's name and maker.
fn recent_certificate(r: &SqliteRow) -> Result<RecentCertificate> {
    let get = |e| StoreError::Query {
        what: "reading a certificate",
        source: e,
    };
    Ok(RecentCertificate {
        certificate: certificate_row(r)?,
        product_name: r.try_get("name").map_err(get)?,
        manufacturer: r.try_get("manufacturer").map_err(get)?,
    })
}

pub(super) async fn recent_certificates(
    pool: &SqlitePool,
    limit: i64,
) -> Result<Vec<RecentCertificate>> {
    let rows = sqlx::query(&format!(
        "{RECENT_CERTIFICATES} ORDER BY c.issued_on DESC, c.log_index DESC LIMIT ?"
    ))
    .bind(limit)
    .fetch_all(pool)
    .await
    .map_err(query_err("listing recent certificates"))?;
    rows.iter().map(recent_certificate).collect()
}

pub(super) async fn expired_certificates(
    pool: &SqlitePool,
    before: NaiveDate,
    limit: i64,
) -> Result<Vec<RecentCertificate>> {
    let rows = sqlx::query(&format!(
        "{RECENT_CERTIFICATES} WHERE c.valid_until < ? AND c.status IN ('valid', 'attention')
             ORDER BY c.valid_until DESC, c.log_index DESC LIMIT ?"
    ))
    .bind(before)
    .bind(limit)
    .fetch_all(pool)
    .await
    .map_err(query_err("listing expired certificates"))?;
    rows.iter().map(recent_certificate).collect()
}

pub(super) async fn product_ids(pool: &SqlitePool) -> Result<Vec<String>> {
    sqlx::query_scalar("SELECT id FROM products ORDER BY id")
        .fetch_all(pool)
        .await
        .map_err(query_err("listing products"))
}
