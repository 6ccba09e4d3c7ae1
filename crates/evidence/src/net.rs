//! Network evidence: a capture of the device's traffic (pcap, pcapng) and
//! its MUD file (RFC 8520), read by `iotmark-net` and reported as findings.
//!
//! Each file alone: [`CaptureAnalyser`] reports what the capture shows
//! (`net.summary`, `net.encrypted`, `net.cleartext`, `net.weak_tls`,
//! `net.inbound_service`, `net.tracker`), [`MudAnalyser`] what the MUD
//! file allows (`mud.profile`) or what is wrong with it (`mud.invalid`).
//! Together ([`crate::analyse_all`]): the capture against the MUD file
//! (`mud.violation`, `mud.unused`, `mud.obeyed`), cited as the capture's
//! findings.

use std::net::IpAddr;

use iotmark_model::{EvidenceKind, Finding, FindingKind};
use iotmark_net::{
    CaptureOptions, CaptureReport, Direction, MudProfile, NetFinding, Protocol, TrackerList,
};

use crate::{Analyser, AnalyserError, AnalysisContext, EvidenceInput};

/// The largest MUD file read, in bytes.
pub const MAX_MUD_BYTES: usize = 1024 * 1024;

/// Reads a pcap or pcapng capture of the device's traffic.
#[derive(Debug, Clone, Copy, Default)]
pub struct CaptureAnalyser;

/// Reads a MUD file.
#[derive(Debug, Clone, Copy, Default)]
pub struct MudAnalyser;

/// Whether `bytes` start like a pcap or pcapng file.
pub fn looks_like_capture(bytes: &[u8]) -> bool {
    matches!(
        bytes.get(..4),
        Some([0xd4, 0xc3, 0xb2, 0xa1])
            | Some([0xa1, 0xb2, 0xc3, 0xd4])
            | Some([0x4d, 0x3c, 0xb2, 0xa1])
            | Some([0xa1, 0xb2, 0x3c, 0x4d])
            | Some([0x0a, 0x0d, 0x0d, 0x0a])
    )
}

/// Whether `bytes` look like a MUD file (JSON with the `ietf-mud:mud`
/// container near its start).
pub fn looks_like_mud(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(4096)];
    head.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'{')
        && head.windows(14).any(|w| w == b"\"ietf-mud:mud\"")
}

/// Reads a capture. An unreadable one is an error naming the place.
pub fn read_capture(
    evidence: &EvidenceInput<'_>,
    device: Option<&str>,
) -> Result<CaptureReport, AnalyserError> {
    let unreadable = |reason: String| AnalyserError::Unreadable {
        name: evidence.name.to_owned(),
        reason,
    };
    let options = CaptureOptions {
        device: device
            .map(|d| {
                d.parse()
                    .map_err(|e| unreadable(format!("--device {d}: {e}")))
            })
            .transpose()?,
        ..CaptureOptions::default()
    };
    iotmark_net::analyze_capture(evidence.name, evidence.bytes, &options)
        .map_err(|e| unreadable(e.to_string()))
}

fn finding(evidence: &str, kind: FindingKind, message: String) -> Finding {
    Finding {
        evidence: evidence.to_owned(),
        line: None,
        kind,
        message,
    }
}

/// The tracker list of `context`, else the one shipped with `iotmark-net`.
pub(crate) fn trackers<'a>(context: &AnalysisContext<'a>) -> std::borrow::Cow<'a, TrackerList> {
    match context.trackers {
        Some(t) => std::borrow::Cow::Borrowed(t),
        None => std::borrow::Cow::Owned(TrackerList::builtin()),
    }
}

/// The capture's own findings (without a MUD file).
pub fn capture_findings(
    evidence: &str,
    report: &CaptureReport,
    trackers: &TrackerList,
) -> Vec<Finding> {
    let mut out = Vec::new();
    let internet: Vec<_> = report
        .flows
        .iter()
        .filter(|f| !f.local && !matches!(f.protocol, Protocol::Dns | Protocol::Ntp))
        .collect();
    let cleartext = internet
        .iter()
        .filter(|f| f.cleartext && f.protocol != Protocol::Unknown)
        .count();
    let stopped = (!report.complete).then(|| report.notes.join(" "));
    let device = report
        .device
        .map_or_else(|| "unknown".to_owned(), |d| d.to_string());
    out.push(finding(
        evidence,
        FindingKind::NetSummary {
            device: device.clone(),
            device_inferred: report.device_inferred,
            packets: report.packets,
            flows: report.flows.len(),
            dns_names: report.dns_names.clone(),
            internet_flows: internet.len(),
            cleartext_internet_flows: cleartext,
            stopped: stopped.clone(),
        },
        format!(
            "The capture holds {} packets of device {device}{}: {} flows, {} of them with the internet ({cleartext} in clear text){}.",
            report.packets,
            if report.device_inferred {
                " (inferred)"
            } else {
                ""
            },
            report.flows.len(),
            internet.len(),
            if stopped.is_some() {
                "; it could not be read to its end"
            } else {
                ""
            }
        ),
    ));
    let encrypted = !internet.is_empty()
        && internet.iter().all(|f| {
            matches!(f.protocol, Protocol::Tls | Protocol::Ssh)
                && f.tls_version.is_none_or(|v| !v.is_below_1_2())
        });
    if encrypted {
        let endpoints: Vec<String> = internet
            .iter()
            .map(|f| {
                let version = f.tls_version.map(|v| format!(" ({v})")).unwrap_or_default();
                format!("{}:{}{version}", f.remote_name(), f.port)
            })
            .collect();
        let lowest_tls = internet.iter().filter_map(|f| f.tls_version).min();
        out.push(finding(
            evidence,
            FindingKind::NetEncrypted {
                endpoints: endpoints.clone(),
                lowest_tls: lowest_tls.map(|v| v.name()),
            },
            format!(
                "Every flow with the internet in the capture is encrypted: {}.",
                endpoints.join(", ")
            ),
        ));
    }
    for f in iotmark_net::check(report, None, trackers) {
        if let Some(x) = net_finding(evidence, None, f) {
            out.push(x);
        }
    }
    out
}

/// The capture's findings against a MUD file: violations, unused rules, or
/// a capture that obeys it.
pub fn mud_findings(
    evidence: &str,
    report: &CaptureReport,
    mud_name: &str,
    mud: &MudProfile,
) -> Vec<Finding> {
    iotmark_net::check(report, Some(mud), &TrackerList::empty("none"))
        .into_iter()
        .filter(|f| {
            matches!(
                f,
                NetFinding::MudViolation { .. }
                    | NetFinding::MudUnused { .. }
                    | NetFinding::MudObeyed { .. }
            )
        })
        .filter_map(|f| net_finding(evidence, Some(mud_name), f))
        .collect()
}

fn remote(endpoint: &str, dst: IpAddr) -> Option<String> {
    (endpoint != dst.to_string()).then(|| endpoint.to_owned())
}

fn net_finding(evidence: &str, mud: Option<&str>, f: NetFinding) -> Option<Finding> {
    let mud = mud.unwrap_or_default().to_owned();
    Some(match f {
        NetFinding::CleartextInternet {
            protocol,
            endpoint,
            dst,
            port,
            sample,
            message,
            ..
        } => finding(
            evidence,
            FindingKind::NetCleartext {
                dst: dst.to_string(),
                name: remote(&endpoint, dst),
                port,
                protocol: protocol.as_str().to_owned(),
                sample,
            },
            message,
        ),
        NetFinding::WeakTls {
            version,
            negotiated,
            endpoint,
            sni,
            dst,
            port,
            message,
            ..
        } => finding(
            evidence,
            FindingKind::NetWeakTls {
                dst: dst.to_string(),
                name: sni.or_else(|| remote(&endpoint, dst)),
                port,
                version: version.name(),
                negotiated,
            },
            message,
        ),
        NetFinding::InboundService {
            port,
            transport,
            protocol,
            clients,
            message,
            ..
        } => finding(
            evidence,
            FindingKind::NetInboundService {
                port,
                transport: transport.as_str().to_owned(),
                protocol: protocol.as_str().to_owned(),
                from: clients
                    .iter()
                    .map(IpAddr::to_string)
                    .collect::<Vec<_>>()
                    .join(", "),
            },
            message,
        ),
        NetFinding::TrackerContact {
            domain,
            name,
            list,
            message,
            ..
        } => finding(
            evidence,
            FindingKind::NetTracker {
                name,
                listed: domain,
                list,
            },
            message,
        ),
        NetFinding::MudViolation {
            endpoint,
            dst,
            port,
            transport,
            direction,
            message,
            ..
        } => finding(
            evidence,
            FindingKind::MudViolation {
                endpoint: match remote(&endpoint, dst) {
                    Some(name) => format!("{name} ({dst})"),
                    None => dst.to_string(),
                },
                port,
                transport: transport.as_str().to_owned(),
                direction: match direction {
                    Direction::Outbound => "outbound",
                    Direction::Inbound => "inbound",
                }
                .to_owned(),
                mud,
            },
            message,
        ),
        NetFinding::MudUnused { rule, message, .. } => {
            finding(evidence, FindingKind::MudUnused { rule, mud }, message)
        }
        NetFinding::MudObeyed {
            endpoints, message, ..
        } => finding(evidence, FindingKind::MudObeyed { endpoints, mud }, message),
    })
}

/// A MUD file's findings: what it allows, or every problem in it.
pub fn mud_file_findings(evidence: &EvidenceInput<'_>) -> Result<Vec<Finding>, AnalyserError> {
    if evidence.bytes.len() > MAX_MUD_BYTES {
        return Err(AnalyserError::TooLarge {
            name: evidence.name.to_owned(),
            kind: EvidenceKind::Mud,
            size: evidence.bytes.len(),
            limit: MAX_MUD_BYTES,
        });
    }
    Ok(vec![
        match iotmark_net::parse_mud(evidence.name, evidence.bytes) {
            Ok(profile) => {
                let allowed: Vec<String> = profile.rules.iter().map(|r| r.describe()).collect();
                finding(
                    evidence.name,
                    FindingKind::MudProfile {
                        mud_url: Some(profile.mud_url.clone()).filter(|u| !u.is_empty()),
                        allowed: allowed.clone(),
                    },
                    format!(
                        "The MUD file allows {} communication(s): {}.",
                        allowed.len(),
                        allowed.join("; ")
                    ),
                )
            }
            Err(errors) => {
                let problems: Vec<String> =
                    errors.problems.iter().map(ToString::to_string).collect();
                finding(
                    evidence.name,
                    FindingKind::MudInvalid {
                        problems: problems.clone(),
                    },
                    format!(
                        "The MUD file does not conform to RFC 8520: {}.",
                        problems.join("; ")
                    ),
                )
            }
        },
    ])
}

impl Analyser for CaptureAnalyser {
    fn name(&self) -> &'static str {
        "capture"
    }

    fn kind(&self) -> EvidenceKind {
        EvidenceKind::NetworkCapture
    }

    fn analyse(
        &self,
        evidence: &EvidenceInput<'_>,
        context: &AnalysisContext,
    ) -> Result<Vec<Finding>, AnalyserError> {
        let report = read_capture(evidence, None)?;
        Ok(capture_findings(evidence.name, &report, &trackers(context)))
    }
}

impl Analyser for MudAnalyser {
    fn name(&self) -> &'static str {
        "mud"
    }

    fn kind(&self) -> EvidenceKind {
        EvidenceKind::Mud
    }

    fn analyse(
        &self,
        evidence: &EvidenceInput<'_>,
        _context: &AnalysisContext,
    ) -> Result<Vec<Finding>, AnalyserError> {
        mud_file_findings(evidence)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recognises_captures_and_mud_files() {
        assert!(looks_like_capture(&[0xd4, 0xc3, 0xb2, 0xa1, 2, 0]));
        assert!(looks_like_capture(&[0x0a, 0x0d, 0x0d, 0x0a, 0, 0]));
        assert!(!looks_like_capture(b"{\"ietf-mud:mud\": {}}"));
        assert!(looks_like_mud(b"  {\"ietf-mud:mud\": {}}"));
        assert!(!looks_like_mud(b"{\"bomFormat\": \"CycloneDX\"}"));
        assert!(!looks_like_mud(b"# \"ietf-mud:mud\""));
    }
}
