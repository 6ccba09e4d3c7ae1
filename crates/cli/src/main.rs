//! `iotmark`: assess connected products against the iotmark criteria catalog.
//!
//! Exit codes: 0 success (or level reached), 1 the product did not reach
//! `--min-level`, 2 error (bad input, unreadable file).

mod certificates;
mod diagnostics;
mod label;
mod net;
mod registry;
mod transparency;
mod vulnerabilities;

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, Result, anyhow};
use chrono::NaiveDate;
use clap::{Parser, Subcommand, ValueEnum};
use iotmark_assess::{EvidenceRecord, Input, report};
use iotmark_catalog::Catalog;
use iotmark_evidence::{AnalysisContext, EvidenceInput, EvidenceKind};
use iotmark_model::{Diagnostic, Finding};
use sha2::{Digest, Sha256};

/// mimalloc rather than the system allocator: the SBOM scan allocates from
/// several threads at once, where glibc's arenas spent a third of the scan
/// growing their heaps and contending for locks.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser, Debug)]
#[command(
    name = "iotmark",
    version,
    about = "Open certification mark and trust label for connected products"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

/// `iotmark account`.
#[derive(Subcommand, Debug)]
enum AccountCommand {
    /// Open an account; prints a made password unless --password-stdin.
    Add(registry::AccountArgs),
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Assess a declaration and its evidence against the catalog (a self-assessment).
    Assess {
        /// The declaration (YAML or JSON).
        declaration: PathBuf,
        /// Extra evidence files, besides those the declaration lists.
        #[arg(long = "evidence", short = 'e')]
        evidence: Vec<PathBuf>,
        /// The assessment date, YYYY-MM-DD (default: today).
        #[arg(long)]
        date: Option<NaiveDate>,
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
        /// Exit 1 unless this level (0-3) is reached: a CI gate.
        #[arg(long, value_parser = clap::value_parser!(u8).range(0..=3))]
        min_level: Option<u8>,
        /// Write the report here instead of standard output.
        #[arg(long, short = 'o')]
        output: Option<PathBuf>,
        /// The vulnerability store SBOMs are matched against (default: the
        /// platform data directory, or $IOTMARK_VULNDB).
        #[arg(long, env = "IOTMARK_VULNDB")]
        db: Option<PathBuf>,
        /// The advertising and analytics domains network captures are
        /// checked against, one a line (default: the list shipped with
        /// iotmark).
        #[arg(long, env = "IOTMARK_TRACKERS")]
        trackers: Option<PathBuf>,
    },
    /// Check declarations and report every problem.
    Validate {
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Write a commented starter declaration.
    Init {
        /// Where to write it.
        #[arg(default_value = "declaration.yaml")]
        output: PathBuf,
        /// Overwrite an existing file.
        #[arg(long)]
        force: bool,
    },
    /// Print a JSON Schema.
    Schema {
        #[arg(value_enum)]
        which: SchemaKind,
    },
    /// Browse, check and export the criteria catalog.
    Catalog {
        #[command(subcommand)]
        command: CatalogCommand,
    },
    /// The offline vulnerability store: OSV, CISA KEV and VEX data.
    Vulndb {
        #[command(subcommand)]
        command: vulnerabilities::VulndbCommand,
    },
    /// Software bills of materials.
    Sbom {
        #[command(subcommand)]
        command: vulnerabilities::SbomCommand,
    },
    /// Render the consumer label of a declaration: the primary layer (SVG,
    /// PNG, PDF; or the compact variant), the secondary layer (HTML) or
    /// label.json.
    Label(label::LabelArgs),
    /// Signing keys for certificates and transparency logs.
    Key {
        #[command(subcommand)]
        command: transparency::KeyCommand,
    },
    /// Certify a product: assess it, sign a certificate with the
    /// certification body's key, append it to the transparency log and
    /// write the certificate bundle.
    Certify(certificates::CertifyArgs),
    /// Suspend, reinstate or revoke a certificate in the log, or show its
    /// status.
    Certificate {
        #[command(subcommand)]
        command: certificates::CertificateCommand,
    },
    /// Verify a certificate bundle offline: signature, log inclusion,
    /// validity at a date, and (with --log) its current status.
    Verify(certificates::VerifyArgs),
    /// Operate a transparency log: init, append, checkpoint, prove, verify,
    /// monitor.
    Log {
        #[command(subcommand)]
        command: transparency::LogCommand,
    },
    /// Serve the registry's web site (SQLite by default, or PostgreSQL
    /// with --database postgres://…).
    Serve(registry::ServeArgs),
    /// Serve a demo registry: a fresh database seeded with the bundled
    /// examples, certified by a demo certification body.
    Demo(registry::DemoArgs),
    /// Open an account in a registry's database (the first admin, say).
    #[command(subcommand)]
    Account(AccountCommand),
    /// Network evidence: a capture of the device's traffic and its MUD file.
    Net {
        #[command(subcommand)]
        command: net::NetCommand,
    },
}

#[derive(Subcommand, Debug)]
enum CatalogCommand {
    /// List criteria.
    List {
        /// Only this area (e.g. SEC).
        #[arg(long)]
        area: Option<String>,
        /// Only this level.
        #[arg(long)]
        level: Option<u8>,
    },
    /// Show one criterion in full.
    Show { id: String },
    /// Which clauses of a scheme the catalog covers, and which not.
    Crosswalk {
        /// A scheme id (see `iotmark catalog crosswalk --list`).
        scheme: Option<String>,
        /// List the scheme ids.
        #[arg(long)]
        list: bool,
    },
    /// Export the catalog.
    Export {
        #[arg(long, value_enum, default_value_t = ExportFormat::Json)]
        format: ExportFormat,
    },
    /// Validate the catalog and the rule registry.
    Check,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
enum Format {
    Text,
    Json,
    Html,
    Sarif,
}

#[derive(ValueEnum, Clone, Copy, Debug)]
enum ExportFormat {
    Json,
    Markdown,
    Oscal,
}

#[derive(ValueEnum, Clone, Copy, Debug)]
enum SchemaKind {
    Declaration,
}

/// How a command ended.
pub(crate) enum Outcome {
    Ok,
    NotPassed,
}

/// Diagnostics already printed; exit 2.
#[derive(Debug)]
struct Reported;

impl std::fmt::Display for Reported {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("problems reported")
    }
}

impl std::error::Error for Reported {}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let _ = e.print();
            return if e.use_stderr() {
                ExitCode::from(2)
            } else {
                ExitCode::SUCCESS
            };
        }
    };
    match run(cli) {
        Ok(Outcome::Ok) => ExitCode::SUCCESS,
        Ok(Outcome::NotPassed) => ExitCode::from(1),
        Err(e) => {
            if e.downcast_ref::<Reported>().is_none() {
                eprintln!("error: {e:#}");
            }
            ExitCode::from(2)
        }
    }
}

fn catalog() -> Result<&'static Catalog> {
    match Catalog::embedded() {
        Ok(c) => Ok(c),
        Err(diags) => {
            diagnostics::print(diags, &[]);
            Err(Reported.into())
        }
    }
}

pub(crate) fn write_out(output: Option<&Path>, text: &str) -> Result<()> {
    write_bytes(output, text.as_bytes())
}

pub(crate) fn write_bytes(output: Option<&Path>, bytes: &[u8]) -> Result<()> {
    match output {
        Some(p) => {
            std::fs::write(p, bytes).with_context(|| format!("cannot write {}", p.display()))
        }
        None => {
            let mut out = std::io::stdout().lock();
            out.write_all(bytes)
                .context("cannot write to standard output")?;
            Ok(())
        }
    }
}

fn read(path: &Path) -> Result<Vec<u8>> {
    let meta =
        std::fs::metadata(path).with_context(|| format!("cannot read {}", path.display()))?;
    if meta.is_dir() {
        return Err(anyhow!("{} is a directory, not a file", path.display()));
    }
    std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))
}

fn run(cli: Cli) -> Result<Outcome> {
    match cli.command {
        Command::Assess {
            declaration,
            evidence,
            date,
            format,
            min_level,
            output,
            db,
            trackers,
        } => assess(
            &declaration,
            &evidence,
            date,
            format,
            min_level,
            output.as_deref(),
            db,
            trackers.as_deref(),
        ),
        Command::Validate { files } => validate(&files),
        Command::Net { command } => net::run(command),
        Command::Init { output, force } => {
            if output.exists() && !force {
                return Err(anyhow!(
                    "{} already exists; use --force to overwrite it",
                    output.display()
                ));
            }
            std::fs::write(&output, iotmark_declaration::STARTER)
                .with_context(|| format!("cannot write {}", output.display()))?;
            eprintln!(
                "wrote {}; fill it in, then run `iotmark validate {}`",
                output.display(),
                output.display()
            );
            Ok(Outcome::Ok)
        }
        Command::Schema {
            which: SchemaKind::Declaration,
        } => {
            write_out(None, &iotmark_declaration::schema_json())?;
            Ok(Outcome::Ok)
        }
        Command::Catalog { command } => catalog_command(command),
        Command::Vulndb { command } => vulnerabilities::vulndb(command),
        Command::Sbom { command } => vulnerabilities::sbom(command),
        Command::Label(args) => label::label(args),
        Command::Key { command } => transparency::key(command),
        Command::Log { command } => transparency::log(command),
        Command::Certify(args) => certificates::certify(args),
        Command::Certificate { command } => certificates::certificate(command),
        Command::Verify(args) => certificates::verify_bundle(args),
        Command::Serve(args) => registry::serve(args),
        Command::Demo(args) => registry::demo(args),
        Command::Account(AccountCommand::Add(args)) => registry::account_add(args),
    }
}

fn load_declaration(path: &Path) -> Result<(iotmark_declaration::Declaration, Vec<u8>)> {
    let bytes = read(path)?;
    let name = path.display().to_string();
    match iotmark_declaration::load(&name, &bytes) {
        Ok(d) => Ok((d, bytes)),
        Err(diags) => {
            diagnostics::print(&diags, &[(name.as_str(), &bytes)]);
            Err(Reported.into())
        }
    }
}

fn validate(files: &[PathBuf]) -> Result<Outcome> {
    let mut failed = false;
    for f in files {
        match load_declaration(f) {
            Ok(_) => eprintln!("{}: valid", f.display()),
            Err(e) if e.downcast_ref::<Reported>().is_some() => failed = true,
            Err(e) => return Err(e),
        }
    }
    if failed {
        Err(Reported.into())
    } else {
        Ok(Outcome::Ok)
    }
}

/// The JSON pointer of a dotted declaration path (`data.sharing[2].purpose`
/// → `/data/sharing/2/purpose`), to look up its place in the document.
fn pointer_of(path: &str) -> String {
    format!(
        "/{}",
        path.replace('[', "/")
            .replace("].", "/")
            .replace(']', "")
            .replace('.', "/")
    )
}

/// A declaration read and assessed with its evidence (shared by `assess`
/// and `label`).
pub(crate) struct Assessed {
    pub(crate) declaration: iotmark_declaration::Declaration,
    /// The declaration file's bytes, for placing diagnostics.
    pub(crate) bytes: Vec<u8>,
    pub(crate) assessment: iotmark_assess::Assessment,
}

/// Read a declaration and its evidence (the declaration's `evidence` list,
/// then `extra`), analyse the evidence and assess.
pub(crate) fn run_assessment(
    path: &Path,
    extra: &[PathBuf],
    date: Option<NaiveDate>,
    db: Option<&Path>,
    trackers: Option<&Path>,
) -> Result<Assessed> {
    let catalog = catalog()?;
    let (declaration, bytes) = load_declaration(path)?;
    let date = date.unwrap_or_else(|| chrono::Utc::now().date_naive());
    let base = path.parent().unwrap_or(Path::new(""));
    let name = path.display().to_string();

    // Evidence: the declaration's list, then the command line's.
    let mut files: Vec<(PathBuf, String, Option<EvidenceKind>)> = Vec::new();
    let mut problems = Vec::new();
    for (i, e) in declaration.evidence.iter().enumerate() {
        let p = base.join(&e.path);
        if !p.is_file() {
            problems.push(
                Diagnostic::error(
                    "evidence/missing",
                    &name,
                    format!("evidence file `{}` does not exist", e.path),
                )
                .path(format!("evidence[{i}].path"))
                .expected(format!("a file at {}", p.display())),
            );
            continue;
        }
        files.push((p, e.path.clone(), Some(e.kind)));
    }
    for p in extra {
        files.push((p.clone(), p.display().to_string(), None));
    }
    if !problems.is_empty() {
        let doc = iotmark_document::parse_bytes(&name, &bytes).ok();
        for d in &mut problems {
            if let Some(doc) = &doc {
                let ptr = pointer_of(&d.path);
                d.position = doc.position(&ptr);
            }
        }
        diagnostics::print(&problems, &[(name.as_str(), &bytes)]);
        return Err(Reported.into());
    }
    let mut evidence_files = Vec::new();
    for (p, shown, kind) in files {
        let data = read(&p)?;
        let kind = match kind.or_else(|| iotmark_evidence::detect_kind(&shown, &data)) {
            Some(k) => k,
            None => {
                return Err(anyhow!(
                    "cannot tell what kind of evidence {shown} is: name it security.txt or bom.json, or list it in the declaration's `evidence` with its `kind`"
                ));
            }
        };
        evidence_files.push((shown, kind, data));
    }
    // The vulnerability store, only when there is an SBOM to match.
    let store = if evidence_files
        .iter()
        .any(|(_, k, _)| *k == EvidenceKind::Sbom)
    {
        vulnerabilities::open_store(db)?
    } else {
        None
    };
    let trackers = trackers.map(net::read_trackers).transpose()?;
    let ctx = AnalysisContext {
        assessment_date: date,
        vulndb: store.as_ref(),
        trackers: trackers.as_ref(),
    };
    let inputs: Vec<(EvidenceInput<'_>, EvidenceKind)> = evidence_files
        .iter()
        .map(|(shown, kind, data)| {
            (
                EvidenceInput {
                    name: shown,
                    bytes: data,
                },
                *kind,
            )
        })
        .collect();
    let outcomes = iotmark_evidence::analyse_all(&inputs, &ctx);
    let mut findings: Vec<Finding> = Vec::new();
    let mut records = Vec::new();
    for ((shown, kind, data), outcome) in evidence_files.iter().zip(outcomes) {
        let mut record = EvidenceRecord {
            path: shown.clone(),
            kind: kind.as_str().to_owned(),
            sha256: hex::encode(Sha256::digest(data)),
            error: None,
        };
        match outcome {
            None => {
                record.error = Some(format!("no analyser reads {} evidence yet", kind.as_str()))
            }
            Some(Ok(mut f)) => findings.append(&mut f),
            Some(Err(e)) => return Err(anyhow!("cannot analyse evidence {e}")),
        }
        records.push(record);
    }

    let input = Input {
        declaration: &declaration,
        findings,
        evidence: records,
        date,
        declaration_sha256: hex::encode(Sha256::digest(&bytes)),
        assessor_results: Vec::new(),
    };
    let assessment = iotmark_assess::assess(catalog, &input);
    Ok(Assessed {
        declaration,
        bytes,
        assessment,
    })
}

#[allow(clippy::too_many_arguments)] // one per flag of `iotmark assess`
fn assess(
    path: &Path,
    extra: &[PathBuf],
    date: Option<NaiveDate>,
    format: Format,
    min_level: Option<u8>,
    output: Option<&Path>,
    db: Option<PathBuf>,
    trackers: Option<&Path>,
) -> Result<Outcome> {
    let catalog = catalog()?;
    let Assessed {
        bytes,
        assessment: a,
        ..
    } = run_assessment(path, extra, date, db.as_deref(), trackers)?;
    let name = path.display().to_string();
    let text = match format {
        Format::Json => report::json(&a),
        Format::Html => report::html(&a, catalog),
        Format::Sarif => {
            let doc = iotmark_document::parse_bytes(&name, &bytes).ok();
            let locate = |path: &str| {
                let doc = doc.as_ref()?;
                let ptr = pointer_of(path);
                doc.nearest_position(&ptr)
            };
            report::sarif(&a, catalog, &name.replace('\\', "/"), &locate)
        }
        Format::Text => {
            let color = output.is_none()
                && std::io::stdout().is_terminal()
                && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
            report::text(&a, catalog, color)
        }
    };
    write_out(output, &text)?;
    match min_level {
        Some(min) if a.level < min => {
            eprintln!("level {} is below the required level {min}", a.level);
            Ok(Outcome::NotPassed)
        }
        _ => Ok(Outcome::Ok),
    }
}

fn catalog_command(command: CatalogCommand) -> Result<Outcome> {
    let c = catalog()?;
    let t = c.text();
    match command {
        CatalogCommand::Check => {
            // The YAML sources, so that any problem is reported with its place.
            if let Err(diags) =
                iotmark_catalog::load(iotmark_catalog::embedded_files().iter().copied())
            {
                diagnostics::print(&diags, &[]);
                return Err(Reported.into());
            }
            let mut problems = iotmark_assess::check_rules(c);
            problems.extend(c.check_translations());
            if problems.is_empty() {
                println!(
                    "catalog {} is valid: {} criteria in {} areas, {} schemes, sha256 {}",
                    c.version,
                    c.criteria.len(),
                    c.areas.len(),
                    c.schemes.len(),
                    c.sha256
                );
                Ok(Outcome::Ok)
            } else {
                diagnostics::print(&problems, &[]);
                Err(Reported.into())
            }
        }
        CatalogCommand::List { area, level } => {
            let area = area.map(|a| a.to_uppercase());
            if let Some(a) = &area
                && c.area(a).is_none()
            {
                let known: Vec<&str> = c.areas.iter().map(|a| a.id.as_str()).collect();
                return Err(anyhow!(
                    "unknown area `{a}`; the areas are {}",
                    known.join(", ")
                ));
            }
            let mut out = String::new();
            for cr in &c.criteria {
                if area.as_ref().is_some_and(|a| &cr.area != a)
                    || level.is_some_and(|l| cr.level.get() != l)
                {
                    continue;
                }
                let obligation = if cr.gates_level() {
                    ""
                } else {
                    " (recommended)"
                };
                out.push_str(&format!(
                    "{}  L{}  {}{}\n",
                    cr.id,
                    cr.level,
                    t.title(cr.id.as_str()),
                    obligation
                ));
            }
            write_out(None, &out)?;
            Ok(Outcome::Ok)
        }
        CatalogCommand::Show { id } => {
            let id = id.to_uppercase();
            let Some(cr) = c.criterion(&id) else {
                return Err(anyhow!(
                    "no criterion `{id}` in catalog {}; `iotmark catalog list` shows them",
                    c.version
                ));
            };
            let i = cr.id.as_str();
            let mut o = format!("{} {}\n\n", i, t.title(i));
            o.push_str(&format!(
                "Area:          {} ({})\nLevel:         {} ({}){}\nWeight:        {}\nApplies to:    {}\nVerified by:   {:?}\nNot applicable: {:?}\n",
                t.area_name(&cr.area),
                cr.area,
                cr.level,
                t.level_name(cr.level.get()),
                if cr.gates_level() { "" } else { ", recommended" },
                cr.weight,
                t.label(&format!("condition-{}", cr.applies_if.name())),
                cr.verification,
                cr.not_applicable
            ));
            if !cr.fields.is_empty() {
                o.push_str(&format!("Reads:         {}\n", cr.fields.join(", ")));
            }
            if !cr.findings.confirm.is_empty() || !cr.findings.contradict.is_empty() {
                o.push_str(&format!(
                    "Findings:      confirm [{}], contradict [{}]\n",
                    cr.findings.confirm.join(", "),
                    cr.findings.contradict.join(", ")
                ));
            }
            o.push_str(&format!(
                "\nRequirement\n  {}\n\nWhy\n  {}\n\nIn plain words\n  {}\n",
                t.requirement(i),
                t.rationale(i),
                t.consumer(i)
            ));
            if !cr.references.is_empty() {
                o.push_str("\nMaps to\n");
                for r in &cr.references {
                    let name = c
                        .scheme(&r.scheme)
                        .map(|s| s.name.as_str())
                        .unwrap_or(&r.scheme);
                    let title = c
                        .scheme(&r.scheme)
                        .and_then(|s| s.clauses.iter().find(|x| x.id == r.clause))
                        .map(|x| x.title.as_str())
                        .unwrap_or("");
                    o.push_str(&format!(
                        "  {:<8} {} {}: {}\n",
                        format!("{:?}", r.confidence).to_lowercase(),
                        name,
                        r.clause,
                        title
                    ));
                }
            }
            write_out(None, &o)?;
            Ok(Outcome::Ok)
        }
        CatalogCommand::Crosswalk { scheme, list } => {
            if list || scheme.is_none() {
                let mut o = String::new();
                for s in &c.schemes {
                    o.push_str(&format!("{:<18} {}\n", s.id, s.name));
                }
                write_out(None, &o)?;
                return Ok(if list {
                    Outcome::Ok
                } else {
                    return Err(anyhow!("name a scheme:\n{o}"));
                });
            }
            let scheme = scheme.unwrap_or_default();
            let Some(x) = c.crosswalk(&scheme) else {
                let ids: Vec<&str> = c.schemes.iter().map(|s| s.id.as_str()).collect();
                return Err(anyhow!(
                    "unknown scheme `{scheme}`; the schemes are {}",
                    ids.join(", ")
                ));
            };
            let mut o = format!(
                "{} ({})\n{}\n\n",
                x.scheme.name, x.scheme.edition, x.scheme.url
            );
            for cl in &x.clauses {
                let mark = if cl.covered() {
                    "covered    "
                } else if cl.criteria.is_empty() {
                    "NOT COVERED"
                } else {
                    "related    "
                };
                let by: Vec<String> = cl
                    .criteria
                    .iter()
                    .map(|(id, conf)| format!("{id} ({})", format!("{conf:?}").to_lowercase()))
                    .collect();
                o.push_str(&format!(
                    "{} {:<10} {}{}{}\n",
                    mark,
                    cl.clause.id,
                    cl.clause.title,
                    if cl.clause.mandatory {
                        " [mandatory]"
                    } else {
                        ""
                    },
                    if by.is_empty() {
                        String::new()
                    } else {
                        format!("\n            by {}", by.join(", "))
                    }
                ));
            }
            o.push_str(&format!(
                "\n{} of {} clauses covered; {} of {} mandatory clauses covered\n",
                x.covered(),
                x.clauses.len(),
                x.mandatory_covered(),
                x.mandatory()
            ));
            write_out(None, &o)?;
            Ok(Outcome::Ok)
        }
        CatalogCommand::Export { format } => {
            let text = match format {
                ExportFormat::Json => {
                    serde_json::to_string_pretty(&iotmark_catalog::to_json(c))? + "\n"
                }
                ExportFormat::Markdown => iotmark_catalog::to_markdown(c),
                ExportFormat::Oscal => {
                    serde_json::to_string_pretty(&iotmark_catalog::to_oscal(c))? + "\n"
                }
            };
            write_out(None, &text)?;
            Ok(Outcome::Ok)
        }
    }
}
