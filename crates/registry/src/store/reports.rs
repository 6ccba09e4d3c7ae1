//! Problems reported with products: anyone may report, a moderator
//! (assessor or admin) publishes or rejects, the product's maker answers.

use super::{Db, Result, StoreError, on_db, query_err};

/// Where a report stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReportState {
    /// Waiting for moderation; not shown.
    Held,
    /// Shown on the product's page.
    Published,
    /// Not shown.
    Rejected,
}

impl ReportState {
    /// The name stored.
    pub fn as_str(self) -> &'static str {
        match self {
            ReportState::Held => "held",
            ReportState::Published => "published",
            ReportState::Rejected => "rejected",
        }
    }

    fn parse(id: i64, s: &str) -> Result<ReportState> {
        match s {
            "held" => Ok(ReportState::Held),
            "published" => Ok(ReportState::Published),
            "rejected" => Ok(ReportState::Rejected),
            _ => Err(StoreError::Corrupt {
                what: "report state",
                id: id.to_string(),
                reason: format!("`{s}` is not held, published or rejected"),
            }),
        }
    }
}

/// A report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Report {
    /// Its number.
    pub id: i64,
    /// The product.
    pub product_id: String,
    /// What the reporter wrote.
    pub body: String,
    /// Where it stands.
    pub state: ReportState,
    /// When it was made (Unix seconds).
    pub created_at: i64,
    /// The maker's public answer.
    pub answer: Option<String>,
    /// When the maker answered.
    pub answered_at: Option<i64>,
}

/// The longest report or answer, in characters.
pub const MAX_REPORT: usize = 4000;

type ReportRow = (
    i64,
    String,
    String,
    String,
    i64,
    Option<String>,
    Option<i64>,
);

const REPORT_COLUMNS: &str =
    "SELECT id, product_id, body, state, created_at, answer, answered_at FROM reports";

fn report_of(r: ReportRow) -> Result<Report> {
    let (id, product_id, body, state, created_at, answer, answered_at) = r;
    Ok(Report {
        state: ReportState::parse(id, &state)?,
        id,
        product_id,
        body,
        created_at,
        answer,
        answered_at,
    })
}

fn check_text(what: &'static str, text: &str) -> Result<()> {
    let n = text.trim().chars().count();
    if n == 0 || n > MAX_REPORT {
        return Err(StoreError::Invalid {
            what,
            reason: format!("write 1 to {MAX_REPORT} characters (this is {n})"),
        });
    }
    Ok(())
}

impl Db {
    /// Holds a new report for moderation. Returns its number.
    pub async fn create_report(
        &self,
        product_id: &str,
        body: &str,
        reporter: &str,
        now: i64,
    ) -> Result<i64> {
        check_text("report", body)?;
        if self.product(product_id).await?.is_none() {
            return Err(StoreError::NotFound {
                what: "product",
                id: product_id.to_owned(),
            });
        }
        on_db!(self, p => sqlx::query_scalar(
            "INSERT INTO reports (product_id, body, state, reporter, created_at)
             VALUES ($1, $2, 'held', $3, $4) RETURNING id",
        )
        .bind(product_id)
        .bind(body.trim())
        .bind(reporter)
        .bind(now)
        .fetch_one(p)
        .await)
        .map_err(query_err("recording a report"))
    }

    /// How many reports `reporter` made since `since`.
    pub async fn reports_since(&self, reporter: &str, since: i64) -> Result<u64> {
        let n: i64 = on_db!(self, p => sqlx::query_scalar(
            "SELECT COUNT(*) FROM reports WHERE reporter = $1 AND created_at > $2",
        )
        .bind(reporter)
        .bind(since)
        .fetch_one(p)
        .await)
        .map_err(query_err("counting reports"))?;
        Ok(u64::try_from(n).unwrap_or(0))
    }

    /// A product's reports in a state, oldest first.
    pub async fn reports_of(&self, product_id: &str, state: ReportState) -> Result<Vec<Report>> {
        let sql = format!("{REPORT_COLUMNS} WHERE product_id = $1 AND state = $2 ORDER BY id");
        let rows: Vec<ReportRow> = on_db!(self, p => sqlx::query_as(&sql)
            .bind(product_id)
            .bind(state.as_str())
            .fetch_all(p)
            .await)
        .map_err(query_err("listing reports"))?;
        rows.into_iter().map(report_of).collect()
    }

    /// Every report in a state, oldest first (at most 500).
    pub async fn reports_in(&self, state: ReportState) -> Result<Vec<Report>> {
        let sql = format!("{REPORT_COLUMNS} WHERE state = $1 ORDER BY id LIMIT 500");
        let rows: Vec<ReportRow> = on_db!(self, p => sqlx::query_as(&sql)
            .bind(state.as_str())
            .fetch_all(p)
            .await)
        .map_err(query_err("listing reports"))?;
        rows.into_iter().map(report_of).collect()
    }

    /// The report with this number.
    pub async fn report(&self, id: i64) -> Result<Option<Report>> {
        let sql = format!("{REPORT_COLUMNS} WHERE id = $1");
        let row: Option<ReportRow> =
            on_db!(self, p => sqlx::query_as(&sql).bind(id).fetch_optional(p).await)
                .map_err(query_err("reading a report"))?;
        row.map(report_of).transpose()
    }

    /// Publishes or rejects a held report.
    pub async fn moderate_report(&self, id: i64, state: ReportState) -> Result<()> {
        let n = on_db!(self, p => sqlx::query(
            "UPDATE reports SET state = $1 WHERE id = $2 AND state = 'held'",
        )
        .bind(state.as_str())
        .bind(id)
        .execute(p)
        .await
        .map(|r| r.rows_affected()))
        .map_err(query_err("moderating a report"))?;
        if n == 0 {
            return Err(StoreError::State {
                what: "report",
                id: id.to_string(),
                reason: "only a held report is moderated".to_owned(),
            });
        }
        Ok(())
    }

    /// The maker's public answer to a published report.
    pub async fn answer_report(&self, id: i64, answer: &str, now: i64) -> Result<()> {
        check_text("answer", answer)?;
        let n = on_db!(self, p => sqlx::query(
            "UPDATE reports SET answer = $1, answered_at = $2 WHERE id = $3 AND state = 'published'",
        )
        .bind(answer.trim())
        .bind(now)
        .bind(id)
        .execute(p)
        .await
        .map(|r| r.rows_affected()))
        .map_err(query_err("answering a report"))?;
        if n == 0 {
            return Err(StoreError::State {
                what: "report",
                id: id.to_string(),
                reason: "only a published report is answered".to_owned(),
            });
        }
        Ok(())
    }
}
