//! The SBOM analyser: an SBOM (CycloneDX or SPDX, via `iotmark-sbom`) matched
//! against the offline vulnerability store (`iotmark-vulndb`) with OSV range
//! evaluation (`iotmark-vuln`).
//!
//! Matching, component by component:
//! - A component with a purl whose type maps to an OSV ecosystem is looked up
//!   by (ecosystem, package name) and every record's `affected` entries are
//!   evaluated for the installed version. For Debian, Ubuntu and Alpine
//!   packages whose purl names the release (`distro=debian-12`), entries of
//!   another release (`Debian:11`) are skipped: each release has its own
//!   fixed versions. Ranges that cannot be decided (GIT
//!   ranges, unparseable versions) are reported as unresolvable, never guessed.
//! - A component without a purl is kept and counted, and reported as
//!   unmatched: OSV data is keyed by ecosystem and package name, so a CPE or a
//!   bare name cannot be matched soundly.
//! - Matching records that alias each other (a CVE, its GHSA, its PYSEC)
//!   are merged into one vulnerability per component: two records are one
//!   vulnerability when their ids and `aliases` overlap, directly or through
//!   a third matching record, as `osv-scanner` groups them. Records of other
//!   packages are not followed: reading their alias chains for every match
//!   cost a third of the scan and mostly added other distributions' ids.
//! - Severity comes from the CVSS v3.x or v4 vector (computed with the `cvss`
//!   crate), else from the database's own rating.
//! - The KEV flag and due date come from the CISA catalog in the store; a VEX
//!   `not_affected` statement naming the component (or the product) suppresses
//!   a vulnerability, which is still reported, with the justification.

use std::collections::BTreeSet;
use std::str::FromStr;

use iotmark_model::{Finding, FindingKind};
use iotmark_sbom::{Component, Sbom};
use iotmark_vuln::ecosystem::{Ecosystem, covers_release, package_from_purl};
use iotmark_vuln::matching::Match;
use iotmark_vuln::osv::Record;
use iotmark_vulndb::{Reader, Store, StoreError};
use serde::Serialize;

use crate::{Analyser, AnalyserError, AnalysisContext, EvidenceInput, EvidenceKind};

/// The result of scanning one SBOM.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ScanReport {
    pub file: String,
    /// e.g. `CycloneDX 1.5 JSON`.
    pub format: String,
    pub components: ComponentCounts,
    /// Whether a vulnerability store was at hand.
    pub vulnerability_data: bool,
    /// Most severe first; suppressed ones last.
    pub vulnerabilities: Vec<Vulnerability>,
    /// Components that could not be matched, with the reason.
    pub unmatched: Vec<Unmatched>,
    /// Records whose ranges could not be evaluated for a component.
    pub unresolvable: Vec<Unresolvable>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ComponentCounts {
    pub count: usize,
    pub with_version: usize,
    /// With a version and a purl or CPE.
    pub identified: usize,
    pub unmatched: usize,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Vulnerability {
    /// The preferred id of the merged alias group (CVE first).
    pub id: String,
    /// Every other id of the group.
    pub aliases: Vec<String>,
    /// The component's purl, or its name.
    pub component: String,
    pub installed: String,
    pub fixed: Vec<String>,
    /// `critical`, `high`, `medium`, `low` or `unknown`.
    pub severity: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub score: Option<f64>,
    pub kev: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kev_due: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub published: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    /// The VEX justification that suppresses it, if any.
    pub suppressed_by: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Unmatched {
    pub component: String,
    pub reason: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Unresolvable {
    pub id: String,
    pub component: String,
    pub reason: String,
}

fn severity_rank(s: &str) -> u8 {
    match s {
        "critical" => 4,
        "high" => 3,
        "medium" => 2,
        "low" => 1,
        _ => 0,
    }
}

/// The CVSS base score of a vector, v3.x or v4.
pub fn cvss_score(vector: &str) -> Option<f64> {
    if vector.starts_with("CVSS:4.0/") {
        cvss::v4::Vector::from_str(vector)
            .ok()
            .map(|v| v.score().value())
    } else if vector.starts_with("CVSS:3.") {
        cvss::v3::Vector::from_str(vector)
            .ok()
            .map(|v| v.score().value())
    } else {
        None
    }
}

fn severity_of_score(score: f64) -> &'static str {
    if score >= 9.0 {
        "critical"
    } else if score >= 7.0 {
        "high"
    } else if score >= 4.0 {
        "medium"
    } else if score > 0.0 {
        "low"
    } else {
        "unknown"
    }
}

/// The highest CVSS score of a record (record level and affected level), or
/// the database's own rating.
fn severity(record: &Record) -> (String, Option<f64>) {
    let vectors = record
        .severity
        .iter()
        .chain(record.affected.iter().flat_map(|a| a.severity.iter()))
        .filter(|s| s.kind.starts_with("CVSS_V3") || s.kind == "CVSS_V4");
    let best = vectors
        .filter_map(|s| cvss_score(&s.score))
        .fold(None, |acc: Option<f64>, s| {
            Some(acc.map_or(s, |a| a.max(s)))
        });
    if let Some(score) = best {
        return (severity_of_score(score).to_owned(), Some(score));
    }
    let rating = record
        .database_specific
        .as_ref()
        .and_then(|d| d.get("severity"))
        .and_then(|s| s.as_str())
        .map(str::to_ascii_lowercase);
    let rating = match rating.as_deref() {
        Some("critical") => "critical",
        Some("high") => "high",
        Some("moderate" | "medium") => "medium",
        Some("low") => "low",
        _ => "unknown",
    };
    (rating.to_owned(), None)
}

/// Prefer a CVE id, then a GHSA id, then the record's own.
fn preferred(ids: &BTreeSet<String>) -> String {
    ids.iter()
        .find(|i| i.starts_with("CVE-"))
        .or_else(|| ids.iter().find(|i| i.starts_with("GHSA-")))
        .or_else(|| ids.iter().next())
        .cloned()
        .unwrap_or_default()
}

fn purl_base(p: &str) -> &str {
    p.split(['?', '#']).next().unwrap_or(p)
}

/// Whether a VEX product or subcomponent reference names this purl: equal
/// without qualifiers, or equal up to the version when the reference has none.
fn purl_matches(reference: &str, purl: &str) -> bool {
    let (r, p) = (purl_base(reference), purl_base(purl));
    if r == p {
        return true;
    }
    !r.contains('@') && p.split('@').next() == Some(r)
}

fn label(c: &Component) -> String {
    c.purl.clone().unwrap_or_else(|| match &c.version {
        Some(v) => format!("{} {v}", c.name),
        None => c.name.clone(),
    })
}

/// What matching found for some components.
#[derive(Default)]
struct Matches {
    unmatched_count: usize,
    unmatched: Vec<Unmatched>,
    unresolvable: Vec<Unresolvable>,
    vulnerabilities: Vec<Vulnerability>,
}

impl Matches {
    fn append(&mut self, mut other: Matches) {
        self.unmatched_count += other.unmatched_count;
        self.unmatched.append(&mut other.unmatched);
        self.unresolvable.append(&mut other.unresolvable);
        self.vulnerabilities.append(&mut other.vulnerabilities);
    }
}

/// Match one component against the store.
fn match_component(
    c: &Component,
    primary: Option<&str>,
    product_purl: Option<&str>,
    store: Option<&Reader<'_>>,
    acc: &mut Matches,
) -> Result<(), StoreError> {
    if primary == Some(c.key.as_str()) {
        return Ok(()); // the product itself, not a dependency to match
    }
    let reason = |r: &str| Unmatched {
        component: label(c),
        reason: r.to_owned(),
    };
    let Some(purl) = &c.purl else {
        acc.unmatched_count += 1;
        acc.unmatched.push(reason(if c.cpe.is_some() {
            "no purl; OSV data is keyed by ecosystem and package name, so a CPE alone cannot be matched soundly"
        } else {
            "no purl or CPE to identify it"
        }));
        return Ok(());
    };
    let pkg = match package_from_purl(purl) {
        Ok(p) => p,
        Err(e) => {
            acc.unmatched_count += 1;
            acc.unmatched.push(reason(&e.to_string()));
            return Ok(());
        }
    };
    let Some(eco) = pkg.ecosystem.clone() else {
        acc.unmatched_count += 1;
        acc.unmatched.push(reason(&format!(
            "purl type `{}` has no OSV ecosystem",
            pkg.purl_type
        )));
        return Ok(());
    };
    let Some(installed) = pkg.version.clone().or(c.version.clone()) else {
        acc.unmatched_count += 1;
        acc.unmatched.push(reason("no version"));
        return Ok(());
    };
    let Some(store) = store else {
        return Ok(());
    };
    let records = store.records_for(eco.osv_name(), &pkg.name)?;
    let wanted_name = eco.normalize_name(&pkg.name);
    // Group matches by alias set so a CVE, its GHSA and its PYSEC are one.
    let mut groups: Vec<AliasGroup> = Vec::new();
    for record in records {
        let mut fixed = Vec::new();
        let mut hit = false;
        for affected in &record.affected {
            let Some(p) = &affected.package else { continue };
            if Ecosystem::from_osv(&p.ecosystem).osv_name() != eco.osv_name()
                || eco.normalize_name(&p.name) != wanted_name
                || pkg
                    .release
                    .as_deref()
                    .is_some_and(|release| !covers_release(&p.ecosystem, release))
            {
                continue;
            }
            match affected.affects(&eco, &installed) {
                Match::Affected { fixed: f, .. } => {
                    hit = true;
                    fixed.extend(f);
                }
                Match::NotAffected => {}
                Match::Unresolvable { reason } => acc.unresolvable.push(Unresolvable {
                    id: record.id.clone(),
                    component: label(c),
                    reason,
                }),
            }
        }
        if !hit {
            continue;
        }
        // The record joins every group it shares an id with, which may
        // join groups to each other.
        let mut ids: BTreeSet<String> = std::iter::once(record.id.clone())
            .chain(record.aliases.iter().map(|a| a.trim().to_owned()))
            .filter(|a| !a.is_empty())
            .collect();
        let mut members = Vec::new();
        let mut i = 0;
        while i < groups.len() {
            if groups[i].0.is_disjoint(&ids) {
                i += 1;
            } else {
                let (g, m) = groups.remove(i);
                ids.extend(g);
                members.extend(m);
            }
        }
        members.push((record, fixed));
        groups.push((ids, members));
    }
    for (ids, members) in groups {
        let id = preferred(&ids);
        let aliases: Vec<String> = ids.iter().filter(|i| **i != id).cloned().collect();
        let mut fixed: Vec<String> = members
            .iter()
            .flat_map(|(_, f)| f.iter().cloned())
            .collect();
        fixed.sort();
        fixed.dedup();
        let (sev, score) = members
            .iter()
            .map(|(r, _)| severity(r))
            .max_by(|a, b| {
                severity_rank(&a.0)
                    .cmp(&severity_rank(&b.0))
                    .then(a.1.unwrap_or(0.0).total_cmp(&b.1.unwrap_or(0.0)))
            })
            .unwrap_or(("unknown".into(), None));
        let published = members
            .iter()
            .filter_map(|(r, _)| r.published.clone())
            .min();
        let summary = members.iter().find_map(|(r, _)| r.summary.clone());
        let mut kev = None;
        for cve in ids.iter().filter(|i| i.starts_with("CVE-")) {
            if let Some(k) = store.kev(cve)? {
                kev = Some(k);
                break;
            }
        }
        let all_ids: Vec<String> = ids.iter().cloned().collect();
        let suppressed_by = store
            .vex_for(&all_ids)?
            .into_iter()
            .filter(|s| s.status == iotmark_vulndb::VexStatus::NotAffected)
            .find(|s| {
                s.subcomponents.iter().any(|r| purl_matches(r, purl))
                    || s.products.iter().any(|r| {
                        purl_matches(r, purl) || product_purl.is_some_and(|pp| purl_matches(r, pp))
                    })
            })
            .map(|s| {
                let why = s
                    .justification
                    .clone()
                    .or(s.impact_statement.clone())
                    .unwrap_or_else(|| "not_affected".into());
                format!("{why} (VEX: {})", s.source)
            });
        acc.vulnerabilities.push(Vulnerability {
            id,
            aliases,
            component: purl.clone(),
            installed: installed.clone(),
            fixed,
            severity: sev,
            score,
            kev: kev.is_some(),
            kev_due: kev.map(|k| k.due_date).filter(|d| !d.is_empty()),
            published,
            summary,
            suppressed_by,
        });
    }
    Ok(())
}

/// Matching records that alias each other, with the fix versions each gave.
type AliasGroup = (BTreeSet<String>, Vec<(Record, Vec<String>)>);

/// Components a scanning thread takes at a time.
const BATCH: usize = 16;

/// Scan an SBOM. Without a store, only the component counts are reported.
pub fn scan(file: &str, sbom: &Sbom, store: Option<&Store>) -> Result<ScanReport, StoreError> {
    let format = format_name(sbom);
    let product_purl = sbom
        .primary
        .as_ref()
        .and_then(|k| sbom.components.iter().find(|c| &c.key == k))
        .and_then(|c| c.purl.clone());
    let mut counts = ComponentCounts {
        count: sbom.components.len(),
        with_version: 0,
        identified: 0,
        unmatched: 0,
    };
    let primary = sbom.primary.as_deref();
    for c in &sbom.components {
        if c.version.is_some() {
            counts.with_version += 1;
        }
        if c.version.is_some() && (c.purl.is_some() || c.cpe.is_some()) {
            counts.identified += 1;
        }
    }
    // Components are independent: match them on every core. Threads take
    // small batches in turn, so that one package with hundreds of records
    // does not leave the other cores idle; the report is sorted afterwards.
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(8)
        .min(sbom.components.len().div_ceil(BATCH).max(1));
    let next = std::sync::atomic::AtomicUsize::new(0);
    let mut all = Matches::default();
    let parts: Vec<Result<Vec<(usize, Matches)>, StoreError>> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..threads)
            .map(|_| {
                let product_purl = product_purl.as_deref();
                let next = &next;
                let components = &sbom.components;
                scope.spawn(move || {
                    let mut done = Vec::new();
                    let reader = store.map(Store::reader).transpose()?;
                    loop {
                        let start = next.fetch_add(BATCH, std::sync::atomic::Ordering::Relaxed);
                        let Some(batch) =
                            components.get(start..(start + BATCH).min(components.len()))
                        else {
                            break;
                        };
                        if batch.is_empty() {
                            break;
                        }
                        let mut acc = Matches::default();
                        for c in batch {
                            match_component(c, primary, product_purl, reader.as_ref(), &mut acc)?;
                        }
                        done.push((start, acc));
                    }
                    Ok(done)
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|h| {
                h.join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
            })
            .collect()
    });
    // Batches back in component order, so the lists are in SBOM order.
    let mut batches = Vec::new();
    for p in parts {
        batches.extend(p?);
    }
    batches.sort_by_key(|(start, _)| *start);
    for (_, m) in batches {
        all.append(m);
    }
    counts.unmatched = all.unmatched_count;
    let Matches {
        unmatched,
        unresolvable,
        mut vulnerabilities,
        ..
    } = all;
    vulnerabilities.sort_by(|a, b| {
        a.suppressed_by
            .is_some()
            .cmp(&b.suppressed_by.is_some())
            .then(b.kev.cmp(&a.kev))
            .then(severity_rank(&b.severity).cmp(&severity_rank(&a.severity)))
            .then(b.score.unwrap_or(0.0).total_cmp(&a.score.unwrap_or(0.0)))
            .then(a.id.cmp(&b.id))
            .then(a.component.cmp(&b.component))
    });
    Ok(ScanReport {
        file: file.to_owned(),
        format,
        components: counts,
        vulnerability_data: store.is_some(),
        vulnerabilities,
        unmatched,
        unresolvable,
    })
}

fn format_name(sbom: &Sbom) -> String {
    use iotmark_sbom::{CycloneDxEncoding, SbomFormat, SpdxEncoding};
    match &sbom.format {
        SbomFormat::CycloneDx {
            spec_version,
            encoding,
        } => format!(
            "CycloneDX {spec_version} {}",
            match encoding {
                CycloneDxEncoding::Json => "JSON",
                CycloneDxEncoding::Xml => "XML",
            }
        ),
        SbomFormat::Spdx { version, encoding } => format!(
            "SPDX {version} {}",
            match encoding {
                SpdxEncoding::Json => "JSON",
                SpdxEncoding::TagValue => "tag-value",
            }
        ),
    }
}

/// A scan as findings for the assessment.
pub fn findings(report: &ScanReport) -> Vec<Finding> {
    let c = &report.components;
    let mut out = vec![Finding {
        evidence: report.file.clone(),
        line: None,
        kind: FindingKind::SbomSummary {
            format: report.format.clone(),
            components: c.count,
            with_version: c.with_version,
            identified: c.identified,
            unmatched: c.unmatched,
            vulnerability_data: report.vulnerability_data,
        },
        message: format!(
            "{} SBOM with {} components, {} with a version and an identifier, {} unmatched; {}.",
            report.format,
            c.count,
            c.identified,
            c.unmatched,
            if report.vulnerability_data {
                format!("{} known vulnerabilities", report.vulnerabilities.len())
            } else {
                "no vulnerability data was available to match against".to_owned()
            }
        ),
    }];
    for v in &report.vulnerabilities {
        let fixed = if v.fixed.is_empty() {
            "no fix known".to_owned()
        } else {
            format!("fixed in {}", v.fixed.join(", "))
        };
        out.push(Finding {
            evidence: report.file.clone(),
            line: None,
            kind: FindingKind::VulnKnown {
                id: v.id.clone(),
                aliases: v.aliases.clone(),
                component: v.component.clone(),
                installed: v.installed.clone(),
                fixed: v.fixed.clone(),
                severity: v.severity.clone(),
                score: v.score.map(|s| format!("{s:.1}")),
                kev: v.kev,
                kev_due: v.kev_due.clone(),
                published: v.published.clone(),
                suppressed_by: v.suppressed_by.clone(),
            },
            message: format!(
                "{} ({}{}) in {} {}: {}{}.",
                v.id,
                v.severity,
                if v.kev { ", known exploited" } else { "" },
                v.component,
                v.installed,
                fixed,
                v.suppressed_by
                    .as_ref()
                    .map(|s| format!("; suppressed: {s}"))
                    .unwrap_or_default()
            ),
        });
    }
    out
}

/// The SBOM analyser for the evidence registry.
#[derive(Debug, Default, Clone, Copy)]
pub struct SbomAnalyser;

impl Analyser for SbomAnalyser {
    fn name(&self) -> &'static str {
        "sbom"
    }

    fn kind(&self) -> EvidenceKind {
        EvidenceKind::Sbom
    }

    fn analyse(
        &self,
        evidence: &EvidenceInput<'_>,
        context: &AnalysisContext<'_>,
    ) -> Result<Vec<Finding>, AnalyserError> {
        let sbom = iotmark_sbom::parse(evidence.name, evidence.bytes).map_err(|e| {
            AnalyserError::Unreadable {
                name: evidence.name.to_owned(),
                reason: e.to_string(),
            }
        })?;
        let report =
            scan(evidence.name, &sbom, context.vulndb).map_err(|e| AnalyserError::Unreadable {
                name: evidence.name.to_owned(),
                reason: format!("vulnerability store: {e}"),
            })?;
        Ok(findings(&report))
    }
}
