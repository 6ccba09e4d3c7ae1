//! Assessing what a maker uploaded: the declaration, the evidence files
//! (each read by its analyser, never executed) and the results an assessor
//! recorded by hand.

use chrono::NaiveDate;
use iotmark_assess::{Assessment, AssessorResult, EvidenceRecord, Input};
use iotmark_catalog::Catalog;
use iotmark_declaration::Declaration;
use iotmark_evidence::{AnalysisContext, EvidenceInput};
use iotmark_model::{Diagnostic, EvidenceKind};
use sha2::{Digest, Sha256};

use crate::store::{EvidenceFile, ManualResult};

/// The largest declaration accepted, in bytes.
pub const MAX_DECLARATION: usize = 1024 * 1024;
/// The largest evidence file accepted, in bytes.
pub const MAX_EVIDENCE: usize = 8 * 1024 * 1024;
/// The most evidence files one submission holds.
pub const MAX_EVIDENCE_FILES: usize = 20;

/// Reads and validates a declaration: every problem, with its line.
pub fn declaration(name: &str, bytes: &[u8]) -> Result<Declaration, Vec<Diagnostic>> {
    if bytes.len() > MAX_DECLARATION {
        return Err(vec![Diagnostic::error(
            "declaration/too-large",
            name,
            format!(
                "the declaration is {} bytes; the limit is {MAX_DECLARATION}",
                bytes.len()
            ),
        )]);
    }
    iotmark_declaration::load(name, bytes)
}

/// The kind of an uploaded evidence file: what the maker chose, else what
/// the declaration lists under this file name, else what its name and
/// content say.
pub fn evidence_kind(
    declaration: Option<&Declaration>,
    name: &str,
    chosen: Option<&str>,
    bytes: &[u8],
) -> Option<EvidenceKind> {
    if let Some(k) = chosen.and_then(|c| EvidenceKind::ALL.into_iter().find(|k| k.as_str() == c)) {
        return Some(k);
    }
    let declared = declaration.and_then(|d| {
        d.evidence
            .iter()
            .find(|e| file_name(&e.path) == name)
            .map(|e| e.kind)
    });
    declared.or_else(|| iotmark_evidence::detect_kind(name, bytes))
}

/// The last part of a path.
pub fn file_name(path: &str) -> &str {
    path.rsplit(['/', '\\']).next().unwrap_or(path)
}

/// The files the declaration lists that were not uploaded.
pub fn missing_evidence(declaration: &Declaration, files: &[EvidenceFile]) -> Vec<String> {
    declaration
        .evidence
        .iter()
        .map(|e| file_name(&e.path).to_owned())
        .filter(|n| !files.iter().any(|f| &f.name == n))
        .collect()
}

/// Assesses a declaration with its evidence and manual results on `date`.
/// Evidence an analyser cannot read is recorded with its error and
/// counts for nothing.
pub fn assess(
    catalog: &Catalog,
    declaration: &Declaration,
    declaration_bytes: &[u8],
    files: &[EvidenceFile],
    manual: &[ManualResult],
    date: NaiveDate,
) -> Assessment {
    let ctx = AnalysisContext {
        assessment_date: date,
        vulndb: None,
        trackers: None,
    };
    let kinds: Vec<Option<EvidenceKind>> = files
        .iter()
        .map(|f| EvidenceKind::ALL.into_iter().find(|k| k.as_str() == f.kind))
        .collect();
    let inputs: Vec<(EvidenceInput<'_>, EvidenceKind)> = files
        .iter()
        .zip(&kinds)
        .filter_map(|(f, k)| {
            k.map(|k| {
                (
                    EvidenceInput {
                        name: &f.name,
                        bytes: &f.content,
                    },
                    k,
                )
            })
        })
        .collect();
    let mut outcomes = iotmark_evidence::analyse_all(&inputs, &ctx).into_iter();
    let mut findings = Vec::new();
    let mut records = Vec::new();
    for (f, kind) in files.iter().zip(&kinds) {
        let mut record = EvidenceRecord {
            path: f.name.clone(),
            kind: f.kind.clone(),
            sha256: hex::encode(Sha256::digest(&f.content)),
            error: None,
        };
        let outcome = match kind {
            Some(_) => outcomes.next().flatten(),
            None => None,
        };
        match outcome {
            None => record.error = Some(format!("no analyser reads {} evidence yet", f.kind)),
            Some(Ok(mut found)) => findings.append(&mut found),
            Some(Err(e)) => record.error = Some(e.to_string()),
        }
        records.push(record);
    }
    let input = Input {
        declaration,
        findings,
        evidence: records,
        date,
        declaration_sha256: hex::encode(Sha256::digest(declaration_bytes)),
        assessor_results: manual
            .iter()
            .map(|m| AssessorResult {
                criterion: m.criterion.clone(),
                status: m.status,
                note: m.note.clone(),
                assessor: m.assessor.clone(),
            })
            .collect(),
    };
    iotmark_assess::assess(catalog, &input)
}
