//! `iotmark certify`, `iotmark certificate` and `iotmark verify`: issuing
//! certificates into a transparency log, changing their status, and
//! checking a bundle offline.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result, anyhow, bail};
use chrono::NaiveDate;
use clap::{Args, Subcommand, ValueEnum};
use iotmark_cert::bundle::{Bundle, LogSnapshot, VerifyError, make_bundle, verify};
use iotmark_cert::event::{Entry, Status, status_as_of, status_event};
use iotmark_cert::keyevent::KeyHistory;
use iotmark_cert::statement::{Sha256Digest, issue};
use iotmark_tlog::file::{CHECKPOINT_FILE, LogConfig};
use iotmark_tlog::log::Log;

use crate::transparency::{open_log, verifier_arg};
use crate::{Assessed, Outcome, catalog, run_assessment, write_bytes};

#[derive(Args, Debug)]
pub(crate) struct CertifyArgs {
    /// The declaration (YAML or JSON).
    declaration: PathBuf,
    /// Extra evidence files, besides those the declaration lists.
    #[arg(long = "evidence", short = 'e')]
    evidence: Vec<PathBuf>,
    /// The certification body's signing key (from `iotmark key generate`);
    /// its name is the certification body's.
    #[arg(long)]
    key: PathBuf,
    /// The transparency log the certificate is appended to.
    #[arg(long)]
    log: PathBuf,
    /// The assessor who reviewed the assessment.
    #[arg(long)]
    assessor: String,
    /// The certificate id (default: `IM-<product id>-<date>`).
    #[arg(long)]
    id: Option<String>,
    /// The issue and assessment date, YYYY-MM-DD (default: today).
    #[arg(long)]
    date: Option<NaiveDate>,
    /// The first day the certificate is valid (default: the issue date).
    #[arg(long)]
    valid_from: Option<NaiveDate>,
    /// The last day it is valid (default: the declared end of security
    /// support, or 36 months after issue if that comes first).
    #[arg(long)]
    valid_until: Option<NaiveDate>,
    /// Write the certificate bundle here instead of standard output.
    #[arg(long, short = 'o')]
    output: Option<PathBuf>,
    /// The vulnerability store SBOMs are matched against.
    #[arg(long, env = "IOTMARK_VULNDB")]
    db: Option<PathBuf>,
}

#[derive(Subcommand, Debug)]
pub(crate) enum CertificateCommand {
    /// Suspend a certificate: the mark is not in force until reinstated.
    Suspend(StatusArgs),
    /// Reinstate a suspended certificate.
    Reinstate(StatusArgs),
    /// Revoke a certificate, for good.
    Revoke(StatusArgs),
    /// Show a certificate's status as the log records it.
    Status {
        /// The certificate id.
        id: String,
        /// The transparency log.
        #[arg(long)]
        log: PathBuf,
        /// The certification body's verifier key (default: the log's).
        #[arg(long)]
        key: Option<String>,
    },
}

#[derive(Args, Debug)]
pub(crate) struct StatusArgs {
    /// The certificate id.
    id: String,
    /// Why (shown on the registry page and in the feed).
    #[arg(long)]
    reason: String,
    /// The certification body's signing key (the one that issued it).
    #[arg(long)]
    key: PathBuf,
    /// The transparency log.
    #[arg(long)]
    log: PathBuf,
    /// The date the change takes effect (default: today).
    #[arg(long)]
    date: Option<NaiveDate>,
}

#[derive(Args, Debug)]
pub(crate) struct VerifyArgs {
    /// The certificate bundle (from `iotmark certify`).
    bundle: PathBuf,
    /// The certification body's verifier key (`name+hash+base64`, or a
    /// .pub file). Repeat it for a certification body that rotated its
    /// key: the one that signed the certificate is used.
    #[arg(long, required = true)]
    key: Vec<String>,
    /// The log's verifier key, when another key signs its checkpoints
    /// (default: the first --key).
    #[arg(long)]
    log_key: Option<String>,
    /// The date to check validity at (default: today).
    #[arg(long)]
    date: Option<NaiveDate>,
    /// The transparency log, to check the certificate's current status
    /// (suspended, revoked) and that the log still holds it.
    #[arg(long)]
    log: Option<PathBuf>,
    /// Files the certificate should cover (the declaration, evidence, the
    /// assessment): each must match a subject's SHA-256 by its file name.
    #[arg(long = "file")]
    files: Vec<PathBuf>,
    #[arg(long, value_enum, default_value_t = VerifyFormat::Text)]
    format: VerifyFormat,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum VerifyFormat {
    Text,
    Json,
}

fn today() -> NaiveDate {
    chrono::Utc::now().date_naive()
}

fn file_name(path: &Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}

pub(crate) fn certify(args: CertifyArgs) -> Result<Outcome> {
    let key = iotmark_cert::key::load(&args.key)?;
    let date = args.date.unwrap_or_else(today);
    let assessed = run_assessment(
        &args.declaration,
        &args.evidence,
        Some(date),
        args.db.as_deref(),
        None,
    )?;
    let mut log = open_log(&args.log)?;
    let issued = issue_certificate(
        &IssueRequest {
            declaration_path: &args.declaration,
            assessed: &assessed,
            key: &key,
            assessor: &args.assessor,
            id: args.id.clone(),
            date,
            valid_from: args.valid_from,
            valid_until: args.valid_until,
        },
        &mut log,
        &args.log,
    )?;
    write_bytes(args.output.as_deref(), issued.bundle.as_bytes())?;
    let p = &assessed.assessment.product;
    eprintln!(
        "issued {}: level {} for {} {} firmware {}, valid {} to {}; log entry {} of {}",
        issued.certificate_id,
        assessed.assessment.level,
        p.manufacturer,
        p.model,
        p.firmware_version,
        issued.valid_from,
        issued.valid_until,
        issued.index,
        args.log.display()
    );
    Ok(Outcome::Ok)
}

/// What issuing a certificate needs besides the log.
pub(crate) struct IssueRequest<'a> {
    /// The declaration file (its name goes into the certificate).
    pub(crate) declaration_path: &'a Path,
    /// The declaration, its bytes and its assessment.
    pub(crate) assessed: &'a Assessed,
    /// The certification body's key.
    pub(crate) key: &'a iotmark_cert::key::NamedKey,
    /// The assessor who reviewed it.
    pub(crate) assessor: &'a str,
    /// The certificate id (default: `IM-<product id>-<date>`).
    pub(crate) id: Option<String>,
    /// The issue date.
    pub(crate) date: NaiveDate,
    /// The first valid day (default: the issue date).
    pub(crate) valid_from: Option<NaiveDate>,
    /// The last valid day (default: the end of security support, at most
    /// 36 months after issue).
    pub(crate) valid_until: Option<NaiveDate>,
}

/// A certificate issued into a log.
pub(crate) struct Issued {
    pub(crate) certificate_id: String,
    /// Its index in the log.
    pub(crate) index: u64,
    /// The certificate bundle (JSON).
    pub(crate) bundle: String,
    pub(crate) valid_from: NaiveDate,
    pub(crate) valid_until: NaiveDate,
}

/// Signs a certificate for an assessed declaration and appends it to the
/// log in `log_dir`.
pub(crate) fn issue_certificate(
    req: &IssueRequest<'_>,
    log: &mut Log<iotmark_tlog::file::FileStore>,
    log_dir: &Path,
) -> Result<Issued> {
    let catalog = catalog()?;
    let Assessed {
        declaration,
        bytes,
        assessment,
    } = req.assessed;
    let date = req.date;
    let input = iotmark_registry::issue::certificate_input(
        catalog,
        declaration,
        &file_name(req.declaration_path),
        bytes,
        assessment,
        req.key.name(),
        req.assessor,
        req.id.as_deref(),
        date,
        req.valid_from,
        req.valid_until,
    )
    .map_err(|e| anyhow!("{}: {e}", req.declaration_path.display()))?;
    let certificate_id = input.certificate_id.clone();
    let (valid_from, valid_until) = (input.valid_from, input.valid_until);
    let envelope = issue(&input, req.key)?;
    let entry = envelope.to_bytes();

    if find_certificate(log, &certificate_id)?.is_some() {
        bail!(
            "the log {} already holds a certificate {certificate_id}: give another --id",
            log_dir.display()
        );
    }
    let (index, checkpoint) = log.append_batch(std::slice::from_ref(&entry))?;
    let size = log.size();
    let proof = log.tree().inclusion_proof(index, size)?;
    let bundle = make_bundle(&entry, index, size, &proof, &checkpoint)?;
    Ok(Issued {
        certificate_id,
        index,
        bundle: bundle.to_json(),
        valid_from,
        valid_until,
    })
}

/// The index and bytes of the certificate with this id in the log.
fn find_certificate(
    log: &Log<iotmark_tlog::file::FileStore>,
    id: &str,
) -> Result<Option<(u64, Vec<u8>)>> {
    for i in 0..log.size() {
        let bytes = log.entry(i)?;
        if let Ok(Entry::Certificate(c)) = Entry::parse(&bytes)
            && c.statement.predicate.certificate_id == id
        {
            return Ok(Some((i, bytes)));
        }
    }
    Ok(None)
}

fn all_entries(log: &Log<iotmark_tlog::file::FileStore>) -> Result<Vec<Vec<u8>>> {
    (0..log.size()).map(|i| Ok(log.entry(i)?)).collect()
}

pub(crate) fn certificate(command: CertificateCommand) -> Result<Outcome> {
    let (args, status) = match command {
        CertificateCommand::Suspend(a) => (a, Status::Suspended),
        CertificateCommand::Reinstate(a) => (a, Status::Valid),
        CertificateCommand::Revoke(a) => (a, Status::Revoked),
        CertificateCommand::Status { id, log, key } => return show_status(&id, &log, key),
    };
    let key = iotmark_cert::key::load(&args.key)?;
    let mut log = open_log(&args.log)?;
    let (_, cert) = find_certificate(&log, &args.id)?.ok_or_else(|| {
        anyhow!(
            "the log {} holds no certificate {}",
            args.log.display(),
            args.id
        )
    })?;
    let entries = all_entries(&log)?;
    let report = status_as_of(
        &entries,
        log.size(),
        &Sha256Digest::of(&cert),
        &key.verifier(),
    )?;
    let envelope = status_event(
        &cert,
        report.status,
        status,
        &args.reason,
        args.date.unwrap_or_else(today),
        &key,
    )?;
    let (index, checkpoint) = log.append_batch(&[envelope.to_bytes()])?;
    eprintln!(
        "{}: {} → {} (log entry {index})",
        args.id,
        report.status.as_str(),
        status.as_str()
    );
    print!("{}", String::from_utf8_lossy(&checkpoint));
    Ok(Outcome::Ok)
}

fn show_status(id: &str, dir: &Path, key: Option<String>) -> Result<Outcome> {
    let config = LogConfig::read(dir)?;
    let verifier = match key {
        Some(k) => verifier_arg(&k)?,
        None => config.verifier()?,
    };
    let log = open_log(dir)?;
    let (index, cert) = find_certificate(&log, id)?
        .ok_or_else(|| anyhow!("the log {} holds no certificate {id}", dir.display()))?;
    let entries = all_entries(&log)?;
    let report = status_as_of(&entries, log.size(), &Sha256Digest::of(&cert), &verifier)?;
    println!(
        "{id}: {} (issued at log entry {index})",
        report.status.as_str()
    );
    for c in &report.changes {
        println!(
            "  {}: {} → {} at log entry {}: {}",
            c.effective_on,
            c.from.as_str(),
            c.to.as_str(),
            c.index,
            c.reason
        );
    }
    for p in &report.problems {
        println!("  flagged: {p}");
    }
    Ok(Outcome::Ok)
}

pub(crate) fn verify_bundle(args: VerifyArgs) -> Result<Outcome> {
    let bytes = std::fs::read(&args.bundle)
        .with_context(|| format!("cannot read {}", args.bundle.display()))?;
    let cert_keys = args
        .key
        .iter()
        .map(|k| verifier_arg(k))
        .collect::<Result<Vec<_>>>()?;
    let log_key = match &args.log_key {
        Some(k) => verifier_arg(k)?,
        None => cert_keys[0].clone(),
    };
    let at = args.date.unwrap_or_else(today);
    let snapshot = match &args.log {
        Some(dir) => {
            let log = open_log(dir)?;
            let entries = all_entries(&log)?;
            let path = dir.join(CHECKPOINT_FILE);
            let checkpoint =
                std::fs::read(&path).with_context(|| format!("cannot read {}", path.display()))?;
            Some((entries, checkpoint))
        }
        None => None,
    };
    let view = snapshot.as_ref().map(|(entries, checkpoint)| LogSnapshot {
        entries,
        checkpoint,
    });
    // The keys given; with the log, also those its key events lead to
    // (rotations they endorse), and the withdrawals.
    let history = match &snapshot {
        Some((entries, _)) => KeyHistory::replay(&cert_keys, entries),
        None => KeyHistory::new(&cert_keys),
    };
    let outcome = Bundle::parse(&bytes).and_then(|b| {
        let known = history.signer_of(&b.envelope);
        if let Some(k) = known
            && let Some((index, on, reason)) = &k.withdrawn
        {
            return Err(VerifyError::KeyWithdrawn {
                key: iotmark_cert::dsse::key_id(&k.verifier),
                index: *index,
                on: *on,
                reason: reason.clone(),
            });
        }
        // None of them signed: the first, whose check says which key was
        // expected.
        let cert_key = known.map_or(&cert_keys[0], |k| &k.verifier);
        verify(
            &b,
            cert_key,
            &log_key,
            at,
            view.as_ref()
                .map(|v| v as &dyn iotmark_cert::bundle::LogView),
        )
    });
    let outcome = outcome.and_then(|v| {
        for f in &args.files {
            let data = std::fs::read(f).map_err(|e| VerifyError::Malformed {
                path: f.display().to_string(),
                message: e.to_string(),
            })?;
            v.check_file(&file_name(f), &data)?;
        }
        Ok(v)
    });
    let name = args.bundle.display();
    match (outcome, args.format) {
        (Ok(v), VerifyFormat::Text) => {
            let p = &v.statement.predicate;
            println!("valid: {name}");
            println!(
                "  certificate {} — level {} for {} {} firmware {}",
                p.certificate_id,
                p.level,
                p.product.manufacturer,
                p.product.model,
                p.product.firmware_version
            );
            println!(
                "  issued by {} (assessor {}) on {}, valid {} to {}",
                p.certification_body.name, p.assessor, p.issued_on, p.valid_from, p.valid_until
            );
            println!(
                "  in the log {} at entry {} (checkpoint of {} entries)",
                v.checkpoint.origin, v.log_index, v.checkpoint.size
            );
            match &v.status {
                Some(s) => println!("  status in the log: {}", s.status.as_str()),
                None => println!("  status not checked against a log (give --log DIR)"),
            }
            for f in &args.files {
                println!("  covers {}", f.display());
            }
            Ok(Outcome::Ok)
        }
        (Ok(v), VerifyFormat::Json) => {
            let p = &v.statement.predicate;
            let out = serde_json::json!({
                "valid": true,
                "certificate_id": p.certificate_id,
                "level": p.level,
                "log_index": v.log_index,
                "checkpoint_size": v.checkpoint.size,
                "status": v.status.as_ref().map(|s| s.status.as_str()),
            });
            println!("{out:#}");
            Ok(Outcome::Ok)
        }
        (Err(e), VerifyFormat::Text) => {
            println!("NOT valid: {name}: {e}");
            Ok(Outcome::NotPassed)
        }
        (Err(e), VerifyFormat::Json) => {
            let out = serde_json::json!({ "valid": false, "reason": e.to_string() });
            println!("{out:#}");
            Ok(Outcome::NotPassed)
        }
    }
}
