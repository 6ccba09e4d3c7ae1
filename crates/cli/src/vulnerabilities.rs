//! `iotmark vulndb …` and `iotmark sbom …`: the offline vulnerability store
//! and SBOM scanning. `iotmark assess --evidence bom.json` uses the same
//! analyser.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use anyhow::{Context, Result, anyhow};
use clap::{Subcommand, ValueEnum};
use indicatif::{ProgressBar, ProgressStyle};
use iotmark_evidence::sbom::{ScanReport, scan};
use iotmark_vulndb::{Progress, Stage, Store};

use crate::{Outcome, write_out};

#[derive(Subcommand, Debug)]
pub enum VulndbCommand {
    /// Import OSV records (directories of .json files, or all.zip exports),
    /// the CISA KEV catalog, and OpenVEX or CycloneDX VEX documents.
    Import {
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// The store (default: the platform data directory, or $IOTMARK_VULNDB).
        #[arg(long, env = "IOTMARK_VULNDB")]
        db: Option<PathBuf>,
    },
    /// What the store holds, from where, how fresh.
    Status {
        #[arg(long, env = "IOTMARK_VULNDB")]
        db: Option<PathBuf>,
        #[arg(long, value_enum, default_value_t = StatusFormat::Text)]
        format: StatusFormat,
    },
}

#[derive(Subcommand, Debug)]
pub enum SbomCommand {
    /// Match an SBOM (CycloneDX or SPDX) against the vulnerability store.
    Scan {
        file: PathBuf,
        #[arg(long, env = "IOTMARK_VULNDB")]
        db: Option<PathBuf>,
        #[arg(long, value_enum, default_value_t = ScanFormat::Table)]
        format: ScanFormat,
        /// Print how long opening the store and scanning took, on standard error.
        #[arg(long)]
        timings: bool,
    },
}

#[derive(ValueEnum, Clone, Copy, Debug)]
pub enum StatusFormat {
    Text,
    Json,
}

#[derive(ValueEnum, Clone, Copy, Debug)]
pub enum ScanFormat {
    Table,
    Json,
}

fn store_path(db: Option<&Path>) -> PathBuf {
    db.map(Path::to_path_buf)
        .unwrap_or_else(Store::default_path)
}

/// Open the store for matching. An explicitly named store must exist; the
/// default one may be absent (then there is no vulnerability data).
pub fn open_store(db: Option<&Path>) -> Result<Option<Store>> {
    let path = store_path(db);
    if !path.exists() {
        if db.is_some() {
            return Err(anyhow!(
                "no vulnerability store at {}; create it with `iotmark vulndb import --db {} PATH…`",
                path.display(),
                path.display()
            ));
        }
        return Ok(None);
    }
    Store::open(&path)
        .map(Some)
        .with_context(|| format!("cannot open the vulnerability store {}", path.display()))
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

pub fn vulndb(command: VulndbCommand) -> Result<Outcome> {
    match command {
        VulndbCommand::Import { paths, db } => {
            let path = store_path(db.as_deref());
            let mut store = Store::create(&path).with_context(|| {
                format!("cannot open the vulnerability store {}", path.display())
            })?;
            let now = chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
            let mut issues = 0;
            for p in &paths {
                let bar = ProgressBar::new_spinner();
                bar.set_style(
                    ProgressStyle::with_template(
                        "{spinner} {prefix} {msg} [{bar:30}] {pos}/{len} ({eta})",
                    )
                    .unwrap_or_else(|_| ProgressStyle::default_bar())
                    .progress_chars("=> "),
                );
                bar.set_prefix(p.display().to_string());
                let mut on_progress = |pr: Progress| {
                    if let Some(t) = pr.total {
                        bar.set_length(t);
                    }
                    bar.set_position(pr.done);
                    bar.set_message(match pr.stage {
                        Stage::Scanning => "scanning",
                        Stage::Importing => "importing",
                        Stage::Committing => "committing",
                    });
                };
                let summary = store
                    .import(p, &now, &mut on_progress)
                    .with_context(|| format!("cannot import {}", p.display()))?;
                bar.finish_and_clear();
                let s = &summary.source;
                eprintln!(
                    "{}: {:?}; OSV records {} added, {} replaced, {} skipped; KEV entries {} added, {} replaced; VEX statements {} added; {} problem(s)",
                    p.display(),
                    s.kind,
                    s.osv.added,
                    s.osv.replaced,
                    s.osv.skipped,
                    s.kev.added,
                    s.kev.replaced,
                    s.vex.added,
                    summary.issues.len()
                );
                for i in summary.issues.iter().take(20) {
                    let place = match (i.line, i.column) {
                        (Some(l), Some(c)) => format!(":{l}:{c}"),
                        _ => String::new(),
                    };
                    let entry = i
                        .entry
                        .as_ref()
                        .map(|e| format!(" ({e})"))
                        .unwrap_or_default();
                    eprintln!("  skipped {}{entry}{place}: {}", i.path, i.message);
                }
                if summary.issues.len() > 20 {
                    eprintln!("  … and {} more", summary.issues.len() - 20);
                }
                issues += summary.issues.len();
            }
            // Reclaim the space replaced pages left behind (about a fifth of a
            // full OSV import).
            store
                .compact()
                .with_context(|| format!("cannot compact {}", path.display()))?;
            eprintln!("store: {}", path.display());
            // Parts that could not be read were skipped and reported: the
            // import itself succeeded, but say so in the exit code.
            Ok(if issues > 0 {
                Outcome::NotPassed
            } else {
                Outcome::Ok
            })
        }
        VulndbCommand::Status { db, format } => {
            let path = store_path(db.as_deref());
            if !path.exists() {
                return Err(anyhow!(
                    "no vulnerability store at {}; create it with `iotmark vulndb import PATH…`",
                    path.display()
                ));
            }
            let start = Instant::now();
            let store =
                Store::open(&path).with_context(|| format!("cannot open {}", path.display()))?;
            let opened = start.elapsed();
            let status = store.status()?;
            let text = match format {
                StatusFormat::Json => serde_json::to_string_pretty(&status)? + "\n",
                StatusFormat::Text => {
                    let mut o = format!(
                        "store {} ({:.1} MB, opened in {:.1} ms)\n",
                        status.path,
                        status.file_size as f64 / 1_048_576.0,
                        ms(opened)
                    );
                    o.push_str(&format!(
                        "OSV records: {} ({} withdrawn); newest modified {}\n",
                        status.records,
                        status.withdrawn,
                        status.newest_modified.as_deref().unwrap_or("-")
                    ));
                    for (eco, n) in &status.ecosystems {
                        o.push_str(&format!("  {eco:<14} {n}\n"));
                    }
                    o.push_str(&format!(
                        "CISA KEV: {} entries{}\nVEX statements: {}\nSources:\n",
                        status.kev.entries,
                        status
                            .kev
                            .date_released
                            .as_ref()
                            .map(|d| format!(", catalog released {d}"))
                            .unwrap_or_default(),
                        status.vex_statements
                    ));
                    for s in &status.sources {
                        o.push_str(&format!(
                            "  {} ({:?}) imported {}: OSV {}, KEV {}, VEX {}, {} problem(s)\n",
                            s.path,
                            s.kind,
                            s.imported_at,
                            s.osv.total(),
                            s.kev.total(),
                            s.vex.total(),
                            s.errors
                        ));
                    }
                    o
                }
            };
            write_out(None, &text)?;
            Ok(Outcome::Ok)
        }
    }
}

pub fn sbom(command: SbomCommand) -> Result<Outcome> {
    match command {
        SbomCommand::Scan {
            file,
            db,
            format,
            timings,
        } => {
            let bytes =
                std::fs::read(&file).with_context(|| format!("cannot read {}", file.display()))?;
            let name = file.display().to_string();
            let sbom = iotmark_sbom::parse(&name, &bytes).map_err(|e| anyhow!("{e}"))?;
            let start = Instant::now();
            let Some(store) = open_store(Some(&store_path(db.as_deref())))? else {
                return Err(anyhow!("no vulnerability store"));
            };
            let opened = start.elapsed();
            let start = Instant::now();
            let report = scan(&name, &sbom, Some(&store))?;
            let scanned = start.elapsed();
            if timings {
                eprintln!("open: {:.2} ms", ms(opened));
                eprintln!("scan: {:.2} ms", ms(scanned));
            }
            let text = match format {
                ScanFormat::Json => serde_json::to_string_pretty(&report)? + "\n",
                ScanFormat::Table => table(&report),
            };
            write_out(None, &text)?;
            Ok(Outcome::Ok)
        }
    }
}

/// Most severe first, known-exploited marked, suppressed ones last.
fn table(r: &ScanReport) -> String {
    let c = &r.components;
    let mut o = format!(
        "{} ({}): {} components, {} with a version and an identifier, {} unmatched\n",
        r.file, r.format, c.count, c.identified, c.unmatched
    );
    let active = r
        .vulnerabilities
        .iter()
        .filter(|v| v.suppressed_by.is_none())
        .count();
    let kev = r
        .vulnerabilities
        .iter()
        .filter(|v| v.suppressed_by.is_none() && v.kev)
        .count();
    o.push_str(&format!(
        "{active} vulnerabilities ({kev} known exploited), {} suppressed by VEX\n\n",
        r.vulnerabilities.len() - active
    ));
    if r.vulnerabilities.is_empty() {
        return o;
    }
    o.push_str(&format!(
        "{:<9} {:>5} {:<4} {:<20} {:<44} {:<14} {}\n",
        "SEVERITY", "SCORE", "KEV", "ID", "COMPONENT", "INSTALLED", "FIXED IN"
    ));
    for v in &r.vulnerabilities {
        let component: String = v.component.chars().take(44).collect();
        o.push_str(&format!(
            "{:<9} {:>5} {:<4} {:<20} {:<44} {:<14} {}\n",
            v.severity.to_uppercase(),
            v.score
                .map(|s| format!("{s:.1}"))
                .unwrap_or_else(|| "-".into()),
            if v.kev { "KEV" } else { "" },
            v.id,
            component,
            v.installed,
            if v.fixed.is_empty() {
                "no fix".to_owned()
            } else {
                v.fixed.join(", ")
            }
        ));
        if let Some(d) = &v.kev_due {
            o.push_str(&format!("{:20}KEV due date {d}\n", ""));
        }
        if let Some(s) = &v.suppressed_by {
            o.push_str(&format!("{:20}suppressed: {s}\n", ""));
        }
    }
    o
}
