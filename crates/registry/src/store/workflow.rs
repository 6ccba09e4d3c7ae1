//! Submissions: a maker's declaration and evidence on their way to a
//! certificate, and the results an assessor records by hand.
//!
//! A submission is a `draft` its maker may change, then `submitted` (in
//! the assessors' queue, locked), then `approved` (a certificate was
//! issued in the same transaction) or `rejected` (with a note; the maker
//! may change it and submit again).

use std::str::FromStr;

use iotmark_model::Status;

use super::{Db, Result, StoreError, Tx, on_db, on_tx, query_err};

/// Where a submission stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SubmissionState {
    /// Its maker is preparing it.
    Draft,
    /// Waiting in the assessors' queue.
    Submitted,
    /// Certified.
    Approved,
    /// Sent back with a note.
    Rejected,
}

impl SubmissionState {
    /// The name stored.
    pub fn as_str(self) -> &'static str {
        match self {
            SubmissionState::Draft => "draft",
            SubmissionState::Submitted => "submitted",
            SubmissionState::Approved => "approved",
            SubmissionState::Rejected => "rejected",
        }
    }

    /// Whether its maker may still change it.
    pub fn editable(self) -> bool {
        matches!(self, SubmissionState::Draft | SubmissionState::Rejected)
    }
}

impl FromStr for SubmissionState {
    type Err = StoreError;

    fn from_str(s: &str) -> Result<SubmissionState> {
        [
            SubmissionState::Draft,
            SubmissionState::Submitted,
            SubmissionState::Approved,
            SubmissionState::Rejected,
        ]
        .into_iter()
        .find(|x| x.as_str() == s)
        .ok_or_else(|| StoreError::Invalid {
            what: "submission state",
            reason: format!("`{s}` is not draft, submitted, approved or rejected"),
        })
    }
}

/// A new submission, or a draft's new declaration.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewSubmission {
    /// The registry id of the product it declares.
    pub product_id: String,
    /// The product's name, for lists.
    pub product_name: String,
    /// The level the maker aims for, 1 to 3.
    pub target_level: u8,
    /// The declaration's bytes.
    pub declaration: Vec<u8>,
    /// The declaration's file name.
    pub declaration_name: String,
}

/// A submission as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Submission {
    /// Its id.
    pub id: String,
    /// The maker's account.
    pub account_id: i64,
    /// The maker's organisation.
    pub organisation: String,
    /// What was submitted.
    pub data: NewSubmission,
    /// Where it stands.
    pub state: SubmissionState,
    /// The assessor's note on the decision.
    pub decision_note: String,
    /// The certificate issued on approval.
    pub certificate_id: Option<String>,
    /// When it was made (Unix seconds).
    pub created_at: i64,
    /// When it last changed.
    pub updated_at: i64,
}

/// An evidence file of a submission.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EvidenceFile {
    /// Its file name.
    pub name: String,
    /// Its kind (`security_txt`, `sbom`, …).
    pub kind: String,
    /// Its bytes.
    pub content: Vec<u8>,
    /// Their SHA-256 (hex).
    pub sha256: String,
}

/// A criterion an assessor tested by hand.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ManualResult {
    /// The criterion.
    pub criterion: String,
    /// Met, not met or not applicable.
    pub status: Status,
    /// What was tested and seen.
    pub note: String,
    /// Who tested it.
    pub assessor: String,
    /// When (Unix seconds).
    pub recorded_at: i64,
}

type SubmissionRow = (
    String,
    i64,
    String,
    String,
    String,
    String,
    i64,
    Vec<u8>,
    String,
    String,
    Option<String>,
    i64,
    i64,
);

const SUBMISSION_COLUMNS: &str =
    "SELECT s.id, s.account_id, a.organisation, s.product_id, s.product_name, s.state,
        s.target_level, s.declaration, s.declaration_name, s.decision_note, s.certificate_id,
        s.created_at, s.updated_at
 FROM submissions s JOIN accounts a ON a.id = s.account_id";

fn submission_of(r: SubmissionRow) -> Result<Submission> {
    let (
        id,
        account_id,
        organisation,
        product_id,
        product_name,
        state,
        target_level,
        declaration,
        declaration_name,
        decision_note,
        certificate_id,
        created_at,
        updated_at,
    ) = r;
    let corrupt = |what, reason: String| StoreError::Corrupt {
        what,
        id: id.clone(),
        reason,
    };
    let state = state
        .parse()
        .map_err(|_| corrupt("state", format!("`{state}` is not a state")))?;
    let target_level = u8::try_from(target_level)
        .ok()
        .filter(|l| (1..=3).contains(l))
        .ok_or_else(|| corrupt("target level", format!("{target_level} is not 1 to 3")))?;
    Ok(Submission {
        account_id,
        organisation,
        data: NewSubmission {
            product_id,
            product_name,
            target_level,
            declaration,
            declaration_name,
        },
        state,
        decision_note,
        certificate_id,
        created_at,
        updated_at,
        id,
    })
}

fn status_of(id: &str, s: &str) -> Result<Status> {
    match s {
        "met" => Ok(Status::Met),
        "not_met" => Ok(Status::NotMet),
        "not_applicable" => Ok(Status::NotApplicable),
        _ => Err(StoreError::Corrupt {
            what: "manual result",
            id: id.to_owned(),
            reason: format!("`{s}` is not met, not_met or not_applicable"),
        }),
    }
}

fn check(s: &NewSubmission) -> Result<()> {
    if !(1..=3).contains(&s.target_level) {
        return Err(StoreError::Invalid {
            what: "submission",
            reason: format!("the target level {} is not 1 to 3", s.target_level),
        });
    }
    if s.product_id.is_empty() || s.product_name.trim().is_empty() {
        return Err(StoreError::Invalid {
            what: "submission",
            reason: "the product has no id or name".to_owned(),
        });
    }
    Ok(())
}

impl Db {
    /// Records a new draft of `account_id` under `id`.
    pub async fn create_submission(
        &self,
        id: &str,
        account_id: i64,
        s: &NewSubmission,
        now: i64,
    ) -> Result<()> {
        check(s)?;
        let sql = "INSERT INTO submissions (id, account_id, product_id, product_name, state, target_level,
                       declaration, declaration_name, decision_note, created_at, updated_at)
                   VALUES ($1, $2, $3, $4, 'draft', $5, $6, $7, '', $8, $8)";
        let result = on_db!(self, p => sqlx::query(sql)
            .bind(id)
            .bind(account_id)
            .bind(&s.product_id)
            .bind(&s.product_name)
            .bind(i64::from(s.target_level))
            .bind(&s.declaration)
            .bind(&s.declaration_name)
            .bind(now)
            .execute(p)
            .await
            .map(|r| r.rows_affected()));
        match result {
            Ok(_) => Ok(()),
            Err(sqlx::Error::Database(e)) if e.is_unique_violation() => {
                Err(StoreError::Duplicate {
                    what: "submission",
                    id: id.to_owned(),
                })
            }
            Err(e) => Err(query_err("recording a submission")(e)),
        }
    }

    /// The submission with this id.
    pub async fn submission(&self, id: &str) -> Result<Option<Submission>> {
        let sql = format!("{SUBMISSION_COLUMNS} WHERE s.id = $1");
        let row: Option<SubmissionRow> =
            on_db!(self, p => sqlx::query_as(&sql).bind(id).fetch_optional(p).await)
                .map_err(query_err("reading a submission"))?;
        row.map(submission_of).transpose()
    }

    /// An account's submissions, the latest changed first.
    pub async fn submissions_of(&self, account_id: i64) -> Result<Vec<Submission>> {
        let sql = format!(
            "{SUBMISSION_COLUMNS} WHERE s.account_id = $1 ORDER BY s.updated_at DESC, s.id"
        );
        let rows: Vec<SubmissionRow> =
            on_db!(self, p => sqlx::query_as(&sql).bind(account_id).fetch_all(p).await)
                .map_err(query_err("listing submissions"))?;
        rows.into_iter().map(submission_of).collect()
    }

    /// The submissions in a state, the longest waiting first.
    pub async fn submissions_in(&self, state: SubmissionState) -> Result<Vec<Submission>> {
        let sql = format!("{SUBMISSION_COLUMNS} WHERE s.state = $1 ORDER BY s.updated_at, s.id");
        let rows: Vec<SubmissionRow> =
            on_db!(self, p => sqlx::query_as(&sql).bind(state.as_str()).fetch_all(p).await)
                .map_err(query_err("listing submissions"))?;
        rows.into_iter().map(submission_of).collect()
    }

    /// Replaces an editable submission's declaration; it becomes a draft
    /// again. Refused once it is submitted or decided.
    pub async fn update_submission(&self, id: &str, s: &NewSubmission, now: i64) -> Result<()> {
        check(s)?;
        let sql = "UPDATE submissions SET product_id = $1, product_name = $2, target_level = $3,
                       declaration = $4, declaration_name = $5, state = 'draft', updated_at = $6
                   WHERE id = $7 AND state IN ('draft', 'rejected')";
        let n = on_db!(self, p => sqlx::query(sql)
            .bind(&s.product_id)
            .bind(&s.product_name)
            .bind(i64::from(s.target_level))
            .bind(&s.declaration)
            .bind(&s.declaration_name)
            .bind(now)
            .bind(id)
            .execute(p)
            .await
            .map(|r| r.rows_affected()))
        .map_err(query_err("changing a submission"))?;
        self.changed(id, n, "it is submitted or decided").await
    }

    async fn changed(&self, id: &str, rows: u64, reason: &str) -> Result<()> {
        if rows > 0 {
            return Ok(());
        }
        match self.submission(id).await? {
            None => Err(StoreError::NotFound {
                what: "submission",
                id: id.to_owned(),
            }),
            Some(s) => Err(StoreError::State {
                what: "submission",
                id: id.to_owned(),
                reason: format!("{reason} (it is {})", s.state.as_str()),
            }),
        }
    }

    /// Moves a submission from one of `from` to `to`, with a note.
    pub async fn set_submission_state(
        &self,
        id: &str,
        from: &[SubmissionState],
        to: SubmissionState,
        note: &str,
        now: i64,
    ) -> Result<()> {
        let from: Vec<&str> = from.iter().map(|s| s.as_str()).collect();
        let sql = "UPDATE submissions SET state = $1, decision_note = $2, updated_at = $3
                   WHERE id = $4 AND state IN ($5, $6, $7)";
        let pick = |i: usize| from.get(i).or(from.first()).copied().unwrap_or("");
        let n = on_db!(self, p => sqlx::query(sql)
            .bind(to.as_str())
            .bind(note)
            .bind(now)
            .bind(id)
            .bind(pick(0))
            .bind(pick(1))
            .bind(pick(2))
            .execute(p)
            .await
            .map(|r| r.rows_affected()))
        .map_err(query_err("changing a submission"))?;
        self.changed(
            id,
            n,
            &format!("it must be {} to become {}", from.join(" or "), to.as_str()),
        )
        .await
    }

    /// Adds or replaces an evidence file of an editable submission.
    pub async fn put_evidence(&self, id: &str, file: &EvidenceFile, now: i64) -> Result<()> {
        let what = "saving evidence";
        super::send(async move {
            let mut tx = self.begin(what).await?;
            let n = on_tx!(&mut tx, c => sqlx::query(
                "UPDATE submissions SET updated_at = $1 WHERE id = $2 AND state IN ('draft', 'rejected')",
            )
            .bind(now)
            .bind(id)
            .execute(c)
            .await
            .map(|r| r.rows_affected()))
            .map_err(query_err(what))?;
            if n == 0 {
                drop(tx);
                return self.changed(id, 0, "it is submitted or decided").await;
            }
            on_tx!(&mut tx, c => sqlx::query(
                "DELETE FROM submission_evidence WHERE submission_id = $1 AND name = $2",
            )
            .bind(id)
            .bind(&file.name)
            .execute(c)
            .await
            .map(|r| r.rows_affected()))
            .map_err(query_err(what))?;
            on_tx!(&mut tx, c => sqlx::query(
                "INSERT INTO submission_evidence (submission_id, name, kind, content, sha256)
                 VALUES ($1, $2, $3, $4, $5)",
            )
            .bind(id)
            .bind(&file.name)
            .bind(&file.kind)
            .bind(&file.content)
            .bind(&file.sha256)
            .execute(c)
            .await
            .map(|r| r.rows_affected()))
            .map_err(query_err(what))?;
            tx.commit(what).await
        })
        .await
    }

    /// Removes an evidence file of an editable submission.
    pub async fn delete_evidence(&self, id: &str, name: &str) -> Result<()> {
        let n = on_db!(self, p => sqlx::query(
            "DELETE FROM submission_evidence WHERE submission_id = $1 AND name = $2
               AND EXISTS (SELECT 1 FROM submissions s WHERE s.id = $1 AND s.state IN ('draft', 'rejected'))",
        )
        .bind(id)
        .bind(name)
        .execute(p)
        .await
        .map(|r| r.rows_affected()))
        .map_err(query_err("removing evidence"))?;
        self.changed(id, n, "it is submitted or decided, or has no such file")
            .await
    }

    /// A submission's evidence files, by name.
    pub async fn evidence(&self, id: &str) -> Result<Vec<EvidenceFile>> {
        let rows: Vec<(String, String, Vec<u8>, String)> = on_db!(self, p => sqlx::query_as(
            "SELECT name, kind, content, sha256 FROM submission_evidence WHERE submission_id = $1 ORDER BY name",
        )
        .bind(id)
        .fetch_all(p)
        .await)
        .map_err(query_err("reading evidence"))?;
        Ok(rows
            .into_iter()
            .map(|(name, kind, content, sha256)| EvidenceFile {
                name,
                kind,
                content,
                sha256,
            })
            .collect())
    }

    /// Records (or replaces) an assessor's result on a submitted
    /// submission.
    pub async fn put_manual_result(&self, id: &str, r: &ManualResult) -> Result<()> {
        let status = match r.status {
            Status::Met => "met",
            Status::NotMet => "not_met",
            Status::NotApplicable => "not_applicable",
            Status::Unknown => {
                return Err(StoreError::Invalid {
                    what: "manual result",
                    reason: "unknown is not a result".to_owned(),
                });
            }
        };
        if r.note.trim().is_empty() {
            return Err(StoreError::Invalid {
                what: "manual result",
                reason: "say what was tested and seen".to_owned(),
            });
        }
        let what = "recording a manual result";
        super::send(async move {
            let mut tx = self.begin(what).await?;
            let state: Option<String> = on_tx!(&mut tx, c => sqlx::query_scalar(
                "SELECT state FROM submissions WHERE id = $1",
            )
            .bind(id)
            .fetch_optional(c)
            .await)
            .map_err(query_err(what))?;
            match state.as_deref() {
                Some("submitted") => {}
                Some(other) => {
                    return Err(StoreError::State {
                        what: "submission",
                        id: id.to_owned(),
                        reason: format!("results are recorded while it is submitted (it is {other})"),
                    });
                }
                None => {
                    return Err(StoreError::NotFound {
                        what: "submission",
                        id: id.to_owned(),
                    });
                }
            }
            on_tx!(&mut tx, c => sqlx::query(
                "DELETE FROM manual_results WHERE submission_id = $1 AND criterion = $2",
            )
            .bind(id)
            .bind(&r.criterion)
            .execute(c)
            .await
            .map(|r| r.rows_affected()))
            .map_err(query_err(what))?;
            on_tx!(&mut tx, c => sqlx::query(
                "INSERT INTO manual_results (submission_id, criterion, status, note, assessor, recorded_at)
                 VALUES ($1, $2, $3, $4, $5, $6)",
            )
            .bind(id)
            .bind(&r.criterion)
            .bind(status)
            .bind(r.note.trim())
            .bind(&r.assessor)
            .bind(r.recorded_at)
            .execute(c)
            .await
            .map(|r| r.rows_affected()))
            .map_err(query_err(what))?;
            tx.commit(what).await
        })
        .await
    }

    /// A submission's manual results, by criterion.
    pub async fn manual_results(&self, id: &str) -> Result<Vec<ManualResult>> {
        let rows: Vec<(String, String, String, String, i64)> = on_db!(self, p => sqlx::query_as(
            "SELECT criterion, status, note, assessor, recorded_at FROM manual_results
             WHERE submission_id = $1 ORDER BY criterion",
        )
        .bind(id)
        .fetch_all(p)
        .await)
        .map_err(query_err("reading manual results"))?;
        rows.into_iter()
            .map(|(criterion, status, note, assessor, recorded_at)| {
                Ok(ManualResult {
                    status: status_of(id, &status)?,
                    criterion,
                    note,
                    assessor,
                    recorded_at,
                })
            })
            .collect()
    }

    /// The account that owns a product, if any.
    pub async fn product_account(&self, product_id: &str) -> Result<Option<i64>> {
        let row: Option<Option<i64>> = on_db!(self, p => sqlx::query_scalar(
            "SELECT account_id FROM products WHERE id = $1",
        )
        .bind(product_id)
        .fetch_optional(p)
        .await)
        .map_err(query_err("reading a product's owner"))?;
        Ok(row.flatten())
    }
}

impl Tx {
    /// Marks a submitted submission approved with its certificate.
    pub async fn approve_submission(
        &mut self,
        id: &str,
        certificate_id: &str,
        note: &str,
        now: i64,
    ) -> Result<()> {
        let n = on_tx!(self, c => sqlx::query(
            "UPDATE submissions SET state = 'approved', certificate_id = $1, decision_note = $2, updated_at = $3
             WHERE id = $4 AND state = 'submitted'",
        )
        .bind(certificate_id)
        .bind(note)
        .bind(now)
        .bind(id)
        .execute(c)
        .await
        .map(|r| r.rows_affected()))
        .map_err(query_err("approving a submission"))?;
        if n == 0 {
            return Err(StoreError::State {
                what: "submission",
                id: id.to_owned(),
                reason: "only a submitted submission can be approved".to_owned(),
            });
        }
        Ok(())
    }

    /// Records which account owns a product.
    pub async fn set_product_account(&mut self, product_id: &str, account_id: i64) -> Result<()> {
        on_tx!(self, c => sqlx::query("UPDATE products SET account_id = $1 WHERE id = $2")
            .bind(account_id)
            .bind(product_id)
            .execute(c)
            .await
            .map(|r| r.rows_affected()))
        .map_err(query_err("recording a product's owner"))
        .map(drop)
    }
}
