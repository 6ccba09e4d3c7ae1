//! `iotmark net analyze`: what a device sends, from a capture of its
//! traffic, checked against its MUD file.

use std::io::{BufReader, IsTerminal, Write};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, anyhow};
use clap::{Args, Subcommand, ValueEnum};
use indicatif::{ProgressBar, ProgressStyle};
use iotmark_model::{Diagnostic, Position};
use iotmark_net::{CaptureOptions, CaptureReport, MudProfile, NetFinding, TrackerList};

use crate::{Outcome, Reported, diagnostics, read};

#[derive(Subcommand, Debug)]
pub(crate) enum NetCommand {
    /// Read a pcap or pcapng capture of a device's traffic: its flows,
    /// protocols, TLS versions, DNS names and cleartext, and what is wrong
    /// with them (cleartext to the internet, TLS below 1.2, services
    /// listening, trackers); with --mud, checked against the device's MUD
    /// file.
    Analyze(AnalyzeArgs),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub(crate) enum NetFormat {
    Table,
    Json,
}

#[derive(Args, Debug)]
pub(crate) struct AnalyzeArgs {
    /// The capture (pcap or pcapng).
    capture: PathBuf,
    /// The device's MUD file (RFC 8520).
    #[arg(long)]
    mud: Option<PathBuf>,
    /// The device's address, IPv4, IPv6 or MAC (default: inferred, and the
    /// report says how).
    #[arg(long)]
    device: Option<String>,
    /// Advertising and analytics domains, one a line, instead of the list
    /// shipped with iotmark.
    #[arg(long, env = "IOTMARK_TRACKERS")]
    trackers: Option<PathBuf>,
    #[arg(long, value_enum, default_value_t = NetFormat::Table)]
    format: NetFormat,
}

pub(crate) fn run(command: NetCommand) -> Result<Outcome> {
    match command {
        NetCommand::Analyze(args) => analyze(&args),
    }
}

/// Reads a tracker list given by the user, every bad line reported.
pub(crate) fn read_trackers(path: &Path) -> Result<TrackerList> {
    let bytes = read(path)?;
    let text = String::from_utf8(bytes)
        .map_err(|e| anyhow!("{} is not UTF-8 text: {e}", path.display()))?;
    TrackerList::from_text(&path.display().to_string(), &text).map_err(|e| anyhow!("{e}"))
}

/// Reads and validates a MUD file; its problems are printed with their
/// place, and the command fails.
fn read_mud(path: &Path) -> Result<MudProfile> {
    let bytes = read(path)?;
    let name = path.display().to_string();
    iotmark_net::parse_mud(&name, &bytes).map_err(|errors| {
        let doc = iotmark_document::parse_bytes(&name, &bytes).ok();
        let diagnostics: Vec<Diagnostic> = errors
            .problems
            .iter()
            .map(|p| {
                let position = match (p.line, p.column) {
                    (Some(line), Some(column)) => Some(Position { line, column }),
                    _ => doc.as_ref().and_then(|d| d.position(&p.path)),
                };
                let message = match &p.found {
                    Some(found) => format!("found {found}"),
                    None => "missing or unreadable".to_owned(),
                };
                Diagnostic::error("mud/invalid", &name, message)
                    .at(position)
                    .path(p.path.clone())
                    .expected(p.expected.clone())
            })
            .collect();
        diagnostics::print(&diagnostics, &[(name.as_str(), &bytes)]);
        Reported.into()
    })
}

fn analyze(args: &AnalyzeArgs) -> Result<Outcome> {
    let trackers = match &args.trackers {
        Some(p) => read_trackers(p)?,
        None => TrackerList::builtin(),
    };
    let mud = args.mud.as_deref().map(read_mud).transpose()?;
    let options = CaptureOptions {
        device: args
            .device
            .as_deref()
            .map(|d| d.parse().map_err(|e| anyhow!("--device {d}: {e}")))
            .transpose()?,
        ..CaptureOptions::default()
    };
    let path = &args.capture;
    let name = path.display().to_string();
    if std::fs::metadata(path)
        .with_context(|| format!("cannot read {name}"))?
        .is_dir()
    {
        return Err(anyhow!("{name} is a directory, not a capture"));
    }
    let file = std::fs::File::open(path).with_context(|| format!("cannot read {name}"))?;
    let size = file.metadata().map(|m| m.len()).unwrap_or(0);
    // Large captures stream through with a progress bar on a terminal;
    // memory stays bounded by the flows, not the file.
    let bar = if std::io::stderr().is_terminal() && size > 16 * 1024 * 1024 {
        let bar = ProgressBar::new(size);
        if let Ok(style) = ProgressStyle::with_template(
            "{spinner} reading {msg} {bar:30} {bytes}/{total_bytes} ({bytes_per_sec}, {eta})",
        ) {
            bar.set_style(style);
        }
        bar.set_message(name.clone());
        bar
    } else {
        ProgressBar::hidden()
    };
    let reader = bar.wrap_read(BufReader::with_capacity(1 << 20, file));
    let report = iotmark_net::analyze_capture(&name, reader, &options)
        .map_err(|e| anyhow!("cannot read the capture: {e}"))?;
    bar.finish_and_clear();
    let findings = iotmark_net::check(&report, mud.as_ref(), &trackers);
    let mut out = std::io::stdout().lock();
    match args.format {
        NetFormat::Json => {
            let mut value =
                serde_json::to_value(&report).context("cannot write the report as JSON")?;
            if let Some(object) = value.as_object_mut() {
                object.insert(
                    "findings".to_owned(),
                    serde_json::to_value(&findings).context("cannot write the findings")?,
                );
                if let Some(m) = &mud {
                    object.insert(
                        "mud".to_owned(),
                        serde_json::to_value(m).context("cannot write the MUD profile")?,
                    );
                }
            }
            let text = serde_json::to_string_pretty(&value).context("cannot write JSON")?;
            writeln!(out, "{text}").context("cannot write to standard output")?;
        }
        NetFormat::Table => {
            table(&mut out, &report, mud.as_ref(), &findings)
                .context("cannot write to standard output")?;
        }
    }
    Ok(Outcome::Ok)
}

fn table(
    out: &mut impl Write,
    report: &CaptureReport,
    mud: Option<&MudProfile>,
    findings: &[NetFinding],
) -> std::io::Result<()> {
    let device = report
        .device
        .map_or_else(|| "not found".to_owned(), |d| d.to_string());
    writeln!(
        out,
        "{} ({}): {} packets, {} bytes",
        report.file, report.format, report.packets, report.bytes
    )?;
    writeln!(
        out,
        "device {device}{}",
        if report.device_inferred {
            format!(" (inferred: {})", report.device_reason)
        } else {
            String::new()
        }
    )?;
    if let Some(m) = mud {
        writeln!(
            out,
            "MUD file {} ({} rules)",
            if m.mud_url.is_empty() {
                m.file.as_str()
            } else {
                m.mud_url.as_str()
            },
            m.rules.len()
        )?;
    }
    if !report.dns_names.is_empty() {
        writeln!(out, "DNS names: {}", report.dns_names.join(", "))?;
    }
    writeln!(out)?;
    writeln!(
        out,
        "{:<3} {:<40} {:>5} {:<4} {:<8} {:<8} {:<5} {:>7} {:>10}",
        "dir", "remote", "port", "", "protocol", "tls", "clear", "packets", "bytes"
    )?;
    for f in &report.flows {
        let remote = match (&f.dns_name, f.sni.as_ref().or(f.host.as_ref())) {
            (Some(n), _) => format!("{n} ({})", f.dst),
            (None, Some(n)) if f.direction == iotmark_net::Direction::Outbound => {
                format!("{n} ({})", f.dst)
            }
            _ => f.dst.to_string(),
        };
        writeln!(
            out,
            "{:<3} {:<40} {:>5} {:<4} {:<8} {:<8} {:<5} {:>7} {:>10}",
            match f.direction {
                iotmark_net::Direction::Outbound => "out",
                iotmark_net::Direction::Inbound => "in",
            },
            remote,
            f.port,
            f.transport.as_str(),
            f.protocol.as_str(),
            f.tls_version.map(|v| v.name()).unwrap_or_default(),
            if f.cleartext { "yes" } else { "" },
            f.packets,
            f.bytes
        )?;
        if let Some(sample) = &f.sample {
            writeln!(out, "    {sample}")?;
        }
    }
    writeln!(out)?;
    if findings.is_empty() {
        writeln!(out, "nothing to report")?;
    }
    for f in findings {
        writeln!(out, "- {}", f.message())?;
    }
    for note in &report.notes {
        writeln!(out, "note: {note}")?;
    }
    Ok(())
}
