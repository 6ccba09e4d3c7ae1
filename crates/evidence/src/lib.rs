//! Evidence analysers: read one evidence file and report the facts in it.
//!
//! A manufacturer's declaration points at evidence files (a security.txt, an
//! SBOM, a network capture, …). Each kind of file has one [`Analyser`] that
//! turns the file's bytes into typed [`Finding`]s, the shared vocabulary of
//! `iotmark-model`: [RFC 9116](https://www.rfc-editor.org/rfc/rfc9116)
//! security.txt files ([`securitytxt`]), SBOMs matched against the offline
//! vulnerability store ([`sbom`]), and network captures and MUD files
//! ([`net`], on `iotmark-net`). [`analyse_all`] reads the files of one
//! assessment together, so a capture is also checked against a MUD file.
//!
//! The registry is explicit: [`analyser_for`] maps an [`EvidenceKind`] to its
//! analyser, and [`detect_kind`] guesses a kind from a file name and content
//! when the declaration does not say.
//!
//! # What this crate does not do
//!
//! - It never decides. Analysers emit facts (a security.txt is valid, has
//!   expired, does not conform); only the assessment engine turns facts into
//!   verdicts. An invalid file is a finding, not an error: [`AnalyserError`]
//!   is kept for files that cannot be analysed at all (not text, too large).
//! - It reads no files, no network and no clock. The caller hands in the
//!   bytes and the assessment date ([`AnalysisContext`]), so the same inputs
//!   always give the same findings.
//! - It does not verify OpenPGP signatures; a signed security.txt is reported
//!   as `signed: true`, meaning "wrapped in a cleartext signature".
//! - It never panics on untrusted input.
//!
//! # Example
//!
//! ```
//! use chrono::NaiveDate;
//! use iotmark_evidence::{AnalysisContext, EvidenceInput, EvidenceKind, analyser_for, detect_kind};
//! use iotmark_model::FindingKind;
//!
//! let bytes = b"Contact: mailto:security@example.com\nExpires: 2030-01-01T00:00:00Z\n";
//! let kind = detect_kind("security.txt", bytes).expect("a security.txt");
//! assert_eq!(kind, EvidenceKind::SecurityTxt);
//!
//! let analyser = analyser_for(kind).expect("security.txt has an analyser");
//! let context = AnalysisContext {
//!     assessment_date: NaiveDate::from_ymd_opt(2026, 1, 1).unwrap(),
//!     vulndb: None,
//!     trackers: None,
//! };
//! let findings = analyser
//!     .analyse(&EvidenceInput { name: "security.txt", bytes }, &context)
//!     .expect("the file is text");
//! assert_eq!(findings.len(), 1);
//! assert!(matches!(
//!     &findings[0].kind,
//!     FindingKind::SecuritytxtValid { contacts, signed: false, .. }
//!         if contacts == &["mailto:security@example.com"]
//! ));
//! ```

pub mod net;
pub mod sbom;
pub mod securitytxt;

use chrono::NaiveDate;
use iotmark_model::Finding;

pub use net::{CaptureAnalyser, MudAnalyser};
pub use sbom::SbomAnalyser;
pub use securitytxt::SecurityTxtAnalyser;

pub use iotmark_model::{EvidenceKind, UnknownEvidenceKind};

/// One evidence file, as the caller read it.
#[derive(Clone, Copy, Debug)]
pub struct EvidenceInput<'a> {
    /// The file as the user named it (used in findings and errors).
    pub name: &'a str,
    /// The file's contents.
    pub bytes: &'a [u8],
}

/// What an analysis depends on besides the file itself.
#[derive(Clone, Copy, Debug)]
pub struct AnalysisContext<'a> {
    /// The day of the assessment. Anything time-dependent (has a security.txt
    /// expired?) is judged against this date, never against the clock.
    pub assessment_date: NaiveDate,
    /// The offline vulnerability store SBOMs are matched against, if any.
    pub vulndb: Option<&'a iotmark_vulndb::Store>,
    /// The advertising and analytics domains captures are checked against
    /// (`None`: the list shipped with `iotmark-net`).
    pub trackers: Option<&'a iotmark_net::TrackerList>,
}

/// Why a file could not be analysed at all.
///
/// A file that can be read but breaks its format's rules is not an error:
/// the analyser reports that as a finding (e.g. `securitytxt.invalid`).
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum AnalyserError {
    /// The file is larger than the analyser accepts.
    #[error("{name} is {size} bytes, over the {limit}-byte limit for {kind} evidence")]
    TooLarge {
        name: String,
        kind: EvidenceKind,
        size: usize,
        limit: usize,
    },
    /// The file is not UTF-8 text.
    #[error("{name} is not UTF-8 text: invalid byte at offset {offset} (line {line})")]
    NotUtf8 {
        name: String,
        offset: usize,
        line: usize,
    },
    /// The file cannot be read as its kind of evidence (e.g. a malformed
    /// SBOM), or the data it is checked against cannot be read.
    #[error("{name}: {reason}")]
    Unreadable { name: String, reason: String },
    /// The file is valid UTF-8 but binary: it contains a NUL byte.
    #[error("{name} is not text: it contains a NUL byte at offset {offset} (line {line})")]
    Binary {
        name: String,
        offset: usize,
        line: usize,
    },
}

/// Reads one kind of evidence file and reports the facts in it.
pub trait Analyser: Send + Sync {
    /// A short stable name for the analyser, e.g. `securitytxt`.
    fn name(&self) -> &'static str;

    /// The kind of evidence this analyser reads.
    fn kind(&self) -> EvidenceKind;

    /// Analyse one file. Problems with the file's content are findings;
    /// an `Err` means the file could not be analysed at all.
    fn analyse(
        &self,
        evidence: &EvidenceInput<'_>,
        context: &AnalysisContext,
    ) -> Result<Vec<Finding>, AnalyserError>;
}

static SECURITY_TXT: SecurityTxtAnalyser = SecurityTxtAnalyser;
static SBOM: SbomAnalyser = SbomAnalyser;
static CAPTURE: CaptureAnalyser = CaptureAnalyser;
static MUD: MudAnalyser = MudAnalyser;

/// The analyser for an evidence kind, if there is one yet.
pub fn analyser_for(kind: EvidenceKind) -> Option<&'static dyn Analyser> {
    match kind {
        EvidenceKind::SecurityTxt => Some(&SECURITY_TXT),
        EvidenceKind::Sbom => Some(&SBOM),
        EvidenceKind::NetworkCapture => Some(&CAPTURE),
        EvidenceKind::Mud => Some(&MUD),
        EvidenceKind::TestReport | EvidenceKind::Other => None,
    }
}

/// What [`analyse_all`] made of one file: `None` when no analyser reads
/// its kind.
pub type FileOutcome = Option<Result<Vec<Finding>, AnalyserError>>;

/// Analyses the evidence files of one assessment together: each by its
/// analyser, then every capture against every valid MUD file among them
/// (`mud.violation`, `mud.unused`, `mud.obeyed`, added to the capture's
/// findings). Each capture and MUD file is read once. The outcomes are in
/// the order of `files`.
pub fn analyse_all(
    files: &[(EvidenceInput<'_>, EvidenceKind)],
    context: &AnalysisContext,
) -> Vec<FileOutcome> {
    let trackers = net::trackers(context);
    let mut outcomes = Vec::with_capacity(files.len());
    let mut captures = Vec::new();
    let mut muds = Vec::new();
    for (i, (input, kind)) in files.iter().enumerate() {
        outcomes.push(match kind {
            EvidenceKind::NetworkCapture => Some(net::read_capture(input, None).map(|report| {
                let found = net::capture_findings(input.name, &report, &trackers);
                captures.push((i, report));
                found
            })),
            EvidenceKind::Mud => {
                if input.bytes.len() <= net::MAX_MUD_BYTES
                    && let Ok(profile) = iotmark_net::parse_mud(input.name, input.bytes)
                {
                    muds.push((input.name, profile));
                }
                Some(net::mud_file_findings(input))
            }
            other => analyser_for(*other).map(|a| a.analyse(input, context)),
        });
    }
    for (i, report) in &captures {
        let name = files[*i].0.name;
        let extra: Vec<Finding> = muds
            .iter()
            .flat_map(|(mud_name, mud)| net::mud_findings(name, report, mud_name, mud))
            .collect();
        if let Some(Some(Ok(found))) = outcomes.get_mut(*i) {
            found.extend(extra);
        }
    }
    outcomes
}

/// Guess the kind of an evidence file from its name and content.
///
/// A security.txt is recognised by its file name (`security.txt`, `*.stxt`,
/// or any `*.txt` whose name contains `security`, case-insensitively) or by
/// its content: a line that starts with `Contact:` (field names are
/// case-insensitive) or the OpenPGP cleartext header
/// `-----BEGIN PGP SIGNED MESSAGE-----`. An SBOM by its name (`*.cdx.json`,
/// `*.spdx.json`, `bom.*`, `*sbom*`) or its format's marker; a capture by
/// `*.pcap`, `*.pcapng` or the formats' magic numbers; a MUD file by
/// `*.mud.json` or an `ietf-mud:mud` object.
pub fn detect_kind(name: &str, bytes: &[u8]) -> Option<EvidenceKind> {
    let file_name = name.rsplit(['/', '\\']).next().unwrap_or(name);
    let lower = file_name.to_ascii_lowercase();
    if lower == "security.txt"
        || lower.ends_with(".stxt")
        || (lower.ends_with(".txt") && lower.contains("security"))
    {
        return Some(EvidenceKind::SecurityTxt);
    }
    if lower.ends_with(".cdx.json")
        || lower.ends_with(".cdx.xml")
        || lower.ends_with(".spdx")
        || lower.ends_with(".spdx.json")
        || lower.starts_with("bom.")
        || lower.contains("sbom")
    {
        return Some(EvidenceKind::Sbom);
    }
    if lower.ends_with(".pcap") || lower.ends_with(".pcapng") || net::looks_like_capture(bytes) {
        return Some(EvidenceKind::NetworkCapture);
    }
    if lower.ends_with(".mud.json") || net::looks_like_mud(bytes) {
        return Some(EvidenceKind::Mud);
    }
    let start = &bytes[..bytes.len().min(4096)];
    let text = String::from_utf8_lossy(start);
    if text.contains("\"bomFormat\"")
        || text.contains("\"spdxVersion\"")
        || text.contains("http://cyclonedx.org/schema/bom")
        || text.lines().any(|l| l.starts_with("SPDXVersion:"))
    {
        return Some(EvidenceKind::Sbom);
    }
    let head = &bytes[..bytes.len().min(securitytxt::MAX_BYTES)];
    let looks_like_security_txt = head.split(|&b| b == b'\n').any(|line| {
        let line = line.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(line);
        line.get(..8)
            .is_some_and(|start| start.eq_ignore_ascii_case(b"contact:"))
            || line.starts_with(securitytxt::PGP_SIGNED_HEADER.as_bytes())
    });
    looks_like_security_txt.then_some(EvidenceKind::SecurityTxt)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_round_trip_through_str_and_serde() {
        for kind in EvidenceKind::ALL {
            assert_eq!(kind.as_str().parse::<EvidenceKind>(), Ok(kind));
            let json = serde_json::to_string(&kind).unwrap_or_default();
            assert_eq!(json, format!("\"{}\"", kind.as_str()));
        }
        assert!("SecurityTxt".parse::<EvidenceKind>().is_err());
    }

    #[test]
    fn registry_covers_every_file_kind_but_reports_and_others() {
        for kind in EvidenceKind::ALL {
            let analyser = analyser_for(kind);
            assert_eq!(
                analyser.is_some(),
                !matches!(kind, EvidenceKind::TestReport | EvidenceKind::Other)
            );
            if let Some(a) = analyser {
                assert_eq!(a.kind(), kind);
            }
        }
    }

    #[test]
    fn detects_security_txt_by_name_and_content() {
        let st = Some(EvidenceKind::SecurityTxt);
        assert_eq!(detect_kind("security.txt", b""), st);
        assert_eq!(detect_kind("dir/.well-known/SECURITY.TXT", b""), st);
        assert_eq!(detect_kind("github_com.stxt", b""), st);
        assert_eq!(detect_kind("acme-security-policy.txt", b""), st);
        assert_eq!(
            detect_kind("notes.txt", b"# x\ncontact: mailto:a@b.c\n"),
            st
        );
        assert_eq!(
            detect_kind("x", b"-----BEGIN PGP SIGNED MESSAGE-----\nHash: SHA256\n"),
            st
        );
        assert_eq!(detect_kind("notes.txt", b"nothing here\n"), None);
        assert_eq!(detect_kind("security.json", b"{}"), None);
        assert_eq!(detect_kind("x", b"Contacts: many\n"), None);
    }
}
