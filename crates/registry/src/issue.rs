//! Issuing: what a certificate says of an assessment, and the registry's
//! two acts of a certification body, each one transaction with its log
//! entry: approving a submission (assess again, sign, log, publish) and
//! changing a certificate's status (suspend, reinstate, revoke).

use std::sync::Arc;

use chrono::{Months, NaiveDate};
use iotmark_assess::Assessment;
use iotmark_catalog::Catalog;
use iotmark_cert::event::{Status, status_event};
use iotmark_cert::statement::{Artifact, CertificateInput, MAX_VALIDITY_MONTHS, Sha256Digest};
use iotmark_declaration::Declaration;
use iotmark_label::{Certificate, LabelOptions, MarkStatus};

use crate::keys::{Keys, KeysError};
use crate::ledger::{Ledger, LedgerError};
use crate::store::{
    Account, CertificateRecord, Db, StatusEventRecord, StoreError, SubmissionState, unix_now,
};

/// Why a certificate could not be issued or changed.
#[derive(Debug, thiserror::Error)]
pub enum IssueError {
    /// The database failed or refused.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// The log failed.
    #[error(transparent)]
    Ledger(#[from] LedgerError),
    /// The keys could not be read.
    #[error(transparent)]
    Keys(#[from] KeysError),
    /// What was asked cannot be done, and why (shown to the user).
    #[error("{0}")]
    Refused(String),
}

fn refused(reason: impl Into<String>) -> IssueError {
    IssueError::Refused(reason.into())
}

/// What goes into a certificate of this assessment: the certificate's
/// validity runs from `date` to the end of security support, at most
/// [`MAX_VALIDITY_MONTHS`]; the evidence digests are those the assessment
/// took of the very bytes it analysed.
#[allow(clippy::too_many_arguments)]
pub fn certificate_input(
    catalog: &Catalog,
    declaration: &Declaration,
    declaration_name: &str,
    declaration_bytes: &[u8],
    assessment: &Assessment,
    certification_body: &str,
    assessor: &str,
    certificate_id: Option<&str>,
    date: NaiveDate,
    valid_from: Option<NaiveDate>,
    valid_until: Option<NaiveDate>,
) -> Result<CertificateInput, String> {
    if assessment.level == 0 {
        return Err(format!(
            "{declaration_name} reaches no mark level: there is nothing to certify"
        ));
    }
    let support_end = declaration
        .updates
        .as_ref()
        .and_then(|u| u.support.as_ref())
        .and_then(|s| s.end_date)
        .ok_or_else(|| {
            format!(
                "{declaration_name}: `updates.support.end_date` is not declared: a certificate is valid only until the end of security support"
            )
        })?;
    let valid_from = valid_from.unwrap_or(date);
    let valid_until = valid_until.unwrap_or_else(|| {
        let cap = date
            .checked_add_months(Months::new(MAX_VALIDITY_MONTHS))
            .and_then(|d| d.pred_opt())
            .unwrap_or(support_end);
        support_end.min(cap)
    });
    let p = &assessment.product;
    let product_id = iotmark_model::product_id(&p.manufacturer, &p.model);
    let certificate_id = certificate_id.map_or_else(
        || format!("IM-{}-{}", product_id, date.format("%Y%m%d")),
        str::to_owned,
    );
    let mut evidence = Vec::new();
    for record in &assessment.evidence {
        let sha256: Sha256Digest = record
            .sha256
            .parse()
            .map_err(|e| format!("the digest of evidence {}: {e}", record.path))?;
        evidence.push(Artifact {
            name: crate::assessing::file_name(&record.path).to_owned(),
            sha256,
        });
    }
    let report = iotmark_assess::report::json(assessment);
    let catalog_sha256: Sha256Digest = assessment
        .catalog
        .sha256
        .parse()
        .map_err(|e| format!("the catalog digest {}: {e}", assessment.catalog.sha256))?;
    Ok(CertificateInput {
        certificate_id,
        product_id,
        manufacturer: p.manufacturer.clone(),
        model: p.model.clone(),
        firmware_version: p.firmware_version.clone(),
        declaration: Artifact::of(
            crate::assessing::file_name(declaration_name),
            declaration_bytes,
        ),
        evidence,
        assessment: Artifact::of("assessment.json", report.as_bytes()),
        catalog_version: catalog.version.clone(),
        catalog_sha256,
        level: assessment.level,
        grades: assessment
            .areas
            .iter()
            .map(|a| (a.id.clone(), a.grade.to_string()))
            .collect(),
        certification_body: certification_body.to_owned(),
        assessor: assessor.to_owned(),
        issued_on: date,
        valid_from,
        valid_until,
        support_end,
    })
}

/// The certification body at work in the registry: its keys and the log.
#[derive(Debug)]
pub struct Issuer {
    /// The keys: the active one signs certificates, each certificate's own
    /// key its status changes.
    pub keys: Arc<Keys>,
    /// The log they go into.
    pub ledger: Arc<Ledger>,
    /// The registry's public address, for labels' QR codes
    /// (`https://registry.example`).
    pub base_url: String,
    /// Held through each act, so that an act reads the state it changes
    /// without another act of this process changing it in between.
    acts: tokio::sync::Mutex<()>,
}

/// What an approval produced.
#[derive(Debug, Clone, PartialEq)]
pub struct Approved {
    /// The certificate as recorded.
    pub certificate: CertificateRecord,
    /// The assessment the certificate rests on.
    pub assessment: Assessment,
}

impl Issuer {
    /// A certification body signing with `keys` into `ledger`, its labels
    /// pointing at `base_url`.
    pub fn new(keys: Arc<Keys>, ledger: Arc<Ledger>, base_url: &str) -> Issuer {
        Issuer {
            keys,
            ledger,
            base_url: base_url.trim_end_matches('/').to_owned(),
            acts: tokio::sync::Mutex::new(()),
        }
    }

    /// Approves a submitted submission: assesses it again with its
    /// evidence and the assessor's results on `date`, and if it reaches a
    /// level, signs the certificate, appends it to the log, publishes the
    /// product with its label and marks the submission approved — all in
    /// one transaction.
    pub async fn approve(
        &self,
        db: &Db,
        catalog: &Catalog,
        submission_id: &str,
        assessor: &Account,
        note: &str,
        date: NaiveDate,
    ) -> Result<Approved, IssueError> {
        let _act = self.acts.lock().await;
        let ring = self.keys.refresh(db).await?;
        let key = ring
            .active_signer()
            .ok_or_else(|| refused("this registry holds no private key to sign with"))?;
        let submission = db
            .submission(submission_id)
            .await?
            .ok_or_else(|| refused(format!("no submission {submission_id}")))?;
        if submission.state != SubmissionState::Submitted {
            return Err(refused(format!(
                "submission {submission_id} is {}; only a submitted one can be approved",
                submission.state.as_str()
            )));
        }
        let evidence = db.evidence(submission_id).await?;
        let manual = db.manual_results(submission_id).await?;
        let name = &submission.data.declaration_name;
        let bytes = &submission.data.declaration;
        let declaration = crate::assessing::declaration(name, bytes).map_err(|d| {
            refused(format!(
                "the declaration does not validate: {}",
                d.iter()
                    .map(ToString::to_string)
                    .collect::<Vec<_>>()
                    .join("; ")
            ))
        })?;
        let mut assessment =
            crate::assessing::assess(catalog, &declaration, bytes, &evidence, &manual, date);
        assessment.self_assessed = false;
        if assessment.level == 0 {
            return Err(refused(
                "the assessment reaches no mark level: record the missing results or reject the submission",
            ));
        }
        let product_id =
            iotmark_model::product_id(&assessment.product.manufacturer, &assessment.product.model);
        if let Some(owner) = db.product_account(&product_id).await?
            && owner != submission.account_id
        {
            return Err(refused(format!(
                "product {product_id} is registered by another maker's account"
            )));
        }
        let mut certificate_id = format!("IM-{}-{}", product_id, date.format("%Y%m%d"));
        let mut n = 1;
        while db.certificate(&certificate_id).await?.is_some() {
            n += 1;
            certificate_id = format!("IM-{}-{}-{n}", product_id, date.format("%Y%m%d"));
        }
        let input = certificate_input(
            catalog,
            &declaration,
            name,
            bytes,
            &assessment,
            key.name(),
            &assessor.name,
            Some(&certificate_id),
            date,
            None,
            None,
        )
        .map_err(refused)?;
        let entry = iotmark_cert::statement::issue(&input, key)
            .map_err(|e| refused(format!("cannot sign the certificate: {e}")))?
            .to_bytes();
        let product = crate::submit::product_from_assessment(
            catalog,
            &declaration,
            bytes,
            name,
            &assessment,
            &LabelOptions {
                registry_base: self.base_url.clone(),
                certificate: Some(Certificate {
                    id: certificate_id.clone(),
                    status: MarkStatus::Valid,
                }),
            },
        )?;
        let mut w = self.ledger.begin(vec![entry.clone()]).await?;
        let record = CertificateRecord {
            id: certificate_id.clone(),
            product_id: product_id.clone(),
            envelope: entry,
            log_index: w.first,
            issued_on: date,
            valid_until: input.valid_until,
            status: Status::Valid,
        };
        w.tx.upsert_product(&product).await?;
        w.tx.set_product_account(&product_id, submission.account_id)
            .await?;
        w.tx.insert_certificate(&record).await?;
        w.tx.approve_submission(submission_id, &certificate_id, note.trim(), unix_now())
            .await?;
        w.commit().await?;
        tracing::info!(certificate = %certificate_id, product = %product_id, assessor = %assessor.email, "issued a certificate");
        Ok(Approved {
            certificate: record,
            assessment,
        })
    }

    /// Suspends, reinstates (`valid`) or revokes a certificate with a
    /// reason, effective `date`: a signed status event in the log and the
    /// certificate's new status, in one transaction.
    pub async fn change_status(
        &self,
        db: &Db,
        certificate_id: &str,
        status: Status,
        reason: &str,
        date: NaiveDate,
    ) -> Result<StatusEventRecord, IssueError> {
        let _act = self.acts.lock().await;
        let current = db
            .certificate(certificate_id)
            .await?
            .ok_or_else(|| refused(format!("no certificate {certificate_id}")))?;
        let certificate = iotmark_cert::dsse::Envelope::parse_canonical(&current.envelope)
            .map_err(|e| refused(format!("the stored certificate {certificate_id}: {e}")))?;
        let key = self
            .keys
            .refresh(db)
            .await?
            .status_signer(&certificate)
            .map_err(|e| match e {
                KeysError::Refused(r) => IssueError::Refused(r),
                other => other.into(),
            })?;
        let envelope = status_event(
            &current.envelope,
            current.status,
            status,
            reason.trim(),
            date,
            &key,
        )
        .map_err(|e| refused(e.to_string()))?;
        let entry = envelope.to_bytes();
        let mut w = self.ledger.begin(vec![entry]).await?;
        let record = StatusEventRecord {
            certificate_id: certificate_id.to_owned(),
            status,
            reason: reason.trim().to_owned(),
            effective_on: date,
            log_index: w.first,
        };
        w.tx.add_status_event(&record).await?;
        w.commit().await?;
        tracing::info!(certificate = %certificate_id, status = status.as_str(), "changed a certificate's status");
        Ok(record)
    }
}
