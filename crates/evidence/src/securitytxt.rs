//! The [RFC 9116](https://www.rfc-editor.org/rfc/rfc9116) security.txt
//! analyser.
//!
//! Every file that is text gives exactly one finding:
//!
//! - `securitytxt.valid` — the file conforms to RFC 9116 and has not expired
//!   at the assessment date; carries the Contact, Policy and Canonical URIs,
//!   the Expires instant (RFC 3339, UTC) and whether the file is wrapped in an
//!   OpenPGP cleartext signature.
//! - `securitytxt.expired` — the file conforms but its Expires instant lies
//!   before the assessment date.
//! - `securitytxt.invalid` — the file does not conform; `problem` names the
//!   first problem found and [`Finding::line`] the line, where there is one.
//!
//! A file that is not text at all (not UTF-8, or containing NUL bytes) or is
//! larger than [`MAX_BYTES`] is an [`AnalyserError`], not a finding.
//!
//! # When a file has expired
//!
//! The assessment is for a whole day, so a file is **expired** when its
//! Expires instant is strictly before the start of the assessment date
//! (00:00:00 UTC). A file that expires at any moment during the assessment
//! day, or later, is still valid on that day.
//!
//! # What comes from `sectxtlib` and what is added here
//!
//! The grammar, the field rules (one Expires, at least one Contact, at most
//! one Preferred-Languages, URIs that parse, no `http:` web URIs) and the
//! OpenPGP cleartext framing come from the
//! [`sectxtlib`](https://docs.rs/sectxtlib) crate, whose Expires parser
//! (chrono's relaxed RFC 3339) already accepts real-world spellings such as
//! a lower-case `z` or a space between date and time. This module adds what
//! it lacks:
//!
//! - Expiry against a given date: `sectxtlib` rejects an expired file as a
//!   parse error and keeps nothing of it, so it is run with "now" at the
//!   beginning of time and expiry is judged here. (Its options constructor
//!   reads the system clock, but that value is overwritten before use and
//!   never influences a finding.)
//! - Line numbers for problems other than syntax errors, and a sentence that
//!   says what is wrong with a malformed line.
//! - Tolerance of a UTF-8 byte-order mark and of a missing final newline.
//! - A clear problem for a signed file that has no signature block, and for
//!   an `HTTP:` (upper-case) web URI, which `sectxtlib` lets through.
//!
//! Signatures are never verified: `signed: true` means only that the file is
//! a well-formed OpenPGP cleartext signed message.

use chrono::{DateTime, NaiveDate, NaiveTime, SecondsFormat, Utc};
use iotmark_model::{Finding, FindingKind};
use sectxtlib::{ParseError, SecurityTxt, SecurityTxtOptions};

use crate::{Analyser, AnalyserError, AnalysisContext, EvidenceInput, EvidenceKind};

/// The largest security.txt analysed: 64 KiB. Larger files are an error.
pub const MAX_BYTES: usize = 64 * 1024;

/// The first line of an OpenPGP cleartext signed message (RFC 4880 §7).
pub const PGP_SIGNED_HEADER: &str = "-----BEGIN PGP SIGNED MESSAGE-----";
const PGP_SIGNATURE_HEADER: &str = "-----BEGIN PGP SIGNATURE-----";

/// The longest field value quoted in a problem, in characters.
const QUOTE_LIMIT: usize = 80;

/// The RFC 9116 security.txt analyser (see the [module docs](self)).
#[derive(Clone, Copy, Debug, Default)]
pub struct SecurityTxtAnalyser;

impl Analyser for SecurityTxtAnalyser {
    fn name(&self) -> &'static str {
        "securitytxt"
    }

    fn kind(&self) -> EvidenceKind {
        EvidenceKind::SecurityTxt
    }

    fn analyse(
        &self,
        evidence: &EvidenceInput<'_>,
        context: &AnalysisContext,
    ) -> Result<Vec<Finding>, AnalyserError> {
        analyse(evidence.name, evidence.bytes, context.assessment_date).map(|f| vec![f])
    }
}

/// Analyse one security.txt: exactly one finding, or an error when the file
/// is not text or is over [`MAX_BYTES`].
pub fn analyse(
    name: &str,
    bytes: &[u8],
    assessment_date: NaiveDate,
) -> Result<Finding, AnalyserError> {
    let text = read_text(name, bytes)?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let finding = |line: Option<usize>, kind: FindingKind, message: String| Finding {
        evidence: name.to_owned(),
        line,
        kind,
        message,
    };
    let invalid = |line: Option<usize>, problem: String| {
        let at = line.map(|n| format!(" (line {n})")).unwrap_or_default();
        let message = format!("{name} is not a valid RFC 9116 security.txt: {problem}{at}.");
        finding(line, FindingKind::SecuritytxtInvalid { problem }, message)
    };

    if text.trim().is_empty() {
        return Ok(invalid(None, "the file is empty".to_owned()));
    }
    let with_newline;
    let text = if text.ends_with('\n') {
        text
    } else {
        with_newline = format!("{text}\n");
        &with_newline
    };
    let signed = text.starts_with(PGP_SIGNED_HEADER);
    if signed && !text.lines().any(|l| l.starts_with(PGP_SIGNATURE_HEADER)) {
        return Ok(invalid(
            None,
            format!(
                "the file opens an OpenPGP signed message but has no signature block (`{PGP_SIGNATURE_HEADER}`)"
            ),
        ));
    }

    let parsed = match SecurityTxt::parse_with(text, &options()) {
        Ok(parsed) => parsed,
        Err(err) => {
            let (problem, line) = describe(&err, text);
            return Ok(invalid(line, problem));
        }
    };
    if let Some((field, line, value)) = insecure_uri(&parsed, text) {
        return Ok(invalid(
            line,
            format!(
                "the {field} URI `{}` uses http:, but RFC 9116 requires https: for web URIs",
                quote(value)
            ),
        ));
    }

    let expires_at = parsed.expires.datetime;
    let expires = expires_at.to_rfc3339_opts(SecondsFormat::AutoSi, true);
    let contacts: Vec<String> = parsed.contact.iter().map(|c| c.uri.to_string()).collect();
    let start_of_day = assessment_date.and_time(NaiveTime::MIN).and_utc();
    if expires_at < start_of_day {
        let line = field_lines(text)
            .into_iter()
            .find(|f| f.name.eq_ignore_ascii_case("expires"))
            .map(|f| f.line);
        let message = format!(
            "{name} is a well-formed RFC 9116 security.txt but it expired at {expires}, before the assessment date {assessment_date}."
        );
        return Ok(finding(
            line,
            FindingKind::SecuritytxtExpired { contacts, expires },
            message,
        ));
    }

    let plural = if contacts.len() == 1 { "" } else { "s" };
    let signature = if parsed.is_signed {
        ", in an OpenPGP signed message whose signature was not verified"
    } else {
        ""
    };
    let message = format!(
        "{name} is a valid RFC 9116 security.txt with {} contact{plural}, valid until {expires}{signature}.",
        contacts.len()
    );
    Ok(finding(
        None,
        FindingKind::SecuritytxtValid {
            contacts,
            policies: parsed.policy.iter().map(|p| p.uri.to_string()).collect(),
            canonical: parsed.canonical.iter().map(|c| c.uri.to_string()).collect(),
            expires,
            signed: parsed.is_signed,
        },
        message,
    ))
}

/// The file as text, or why it is not text.
fn read_text<'a>(name: &str, bytes: &'a [u8]) -> Result<&'a str, AnalyserError> {
    if bytes.len() > MAX_BYTES {
        return Err(AnalyserError::TooLarge {
            name: name.to_owned(),
            kind: EvidenceKind::SecurityTxt,
            size: bytes.len(),
            limit: MAX_BYTES,
        });
    }
    let line_at = |offset: usize| bytes[..offset].iter().filter(|&&b| b == b'\n').count() + 1;
    let text = std::str::from_utf8(bytes).map_err(|e| AnalyserError::NotUtf8 {
        name: name.to_owned(),
        offset: e.valid_up_to(),
        line: line_at(e.valid_up_to()),
    })?;
    if let Some(offset) = bytes.iter().position(|&b| b == 0) {
        return Err(AnalyserError::Binary {
            name: name.to_owned(),
            offset,
            line: line_at(offset),
        });
    }
    Ok(text)
}

/// Parse options under which `sectxtlib` never rejects a file as expired:
/// expiry is judged against the assessment date in [`analyse`].
fn options() -> SecurityTxtOptions {
    SecurityTxtOptions::default().with_now(DateTime::<Utc>::MIN_UTC)
}

/// One `Name: value` line of the (clear)text, with its 1-based line number
/// in the whole file.
#[derive(Debug)]
struct FieldLine<'a> {
    line: usize,
    name: &'a str,
    value: &'a str,
}

/// The field lines of a security.txt, in file order. In a signed file only
/// the signed cleartext counts, with dash-escaping (`- `) removed.
fn field_lines(text: &str) -> Vec<FieldLine<'_>> {
    let regions = SignedRegions::of(text);
    text.lines()
        .enumerate()
        .map(|(i, raw)| (i + 1, raw))
        .filter(|&(n, _)| regions.is_none_or(|r| r.in_cleartext(n)))
        .filter_map(|(line, raw)| {
            let raw = if regions.is_some() {
                raw.strip_prefix("- ").unwrap_or(raw)
            } else {
                raw
            };
            let (name, value) = raw.split_once(':')?;
            let is_name = !name.is_empty() && name.chars().all(is_ftext);
            is_name.then(|| FieldLine {
                line,
                name,
                value: value.trim(),
            })
        })
        .collect()
}

/// Where the parts of an OpenPGP cleartext signed message are, by 1-based
/// line number.
#[derive(Clone, Copy, Debug)]
struct SignedRegions {
    /// The first line of the cleartext (after the header and blank line).
    cleartext_start: usize,
    /// The `-----BEGIN PGP SIGNATURE-----` line, if any.
    signature_start: Option<usize>,
}

impl SignedRegions {
    fn of(text: &str) -> Option<SignedRegions> {
        if !text.starts_with(PGP_SIGNED_HEADER) {
            return None;
        }
        let blank = text
            .lines()
            .enumerate()
            .map(|(i, l)| (i + 1, l))
            .skip(1)
            .find(|(_, l)| l.trim().is_empty())
            .map(|(n, _)| n);
        let cleartext_start = blank.map_or(usize::MAX, |n| n + 1);
        let signature_start = text
            .lines()
            .enumerate()
            .skip(cleartext_start.saturating_sub(1))
            .find(|(_, l)| l.starts_with(PGP_SIGNATURE_HEADER))
            .map(|(i, _)| i + 1);
        Some(SignedRegions {
            cleartext_start,
            signature_start,
        })
    }

    fn in_cleartext(self, line: usize) -> bool {
        line >= self.cleartext_start && self.signature_start.is_none_or(|s| line < s)
    }
}

/// A problem sentence fragment and its line for a `sectxtlib` error.
fn describe(err: &ParseError, text: &str) -> (String, Option<usize>) {
    let nth_named = |name: &str, nth: usize| {
        field_lines(text)
            .into_iter()
            .filter(|f| f.name.eq_ignore_ascii_case(name))
            .nth(nth)
            .map(|f| f.line)
    };
    match err {
        ParseError::Malformed { line } => (describe_malformed(text, *line), Some(*line)),
        ParseError::ContactFieldMissing => (
            "there is no Contact field, and RFC 9116 requires at least one".to_owned(),
            None,
        ),
        ParseError::ExpiresFieldMissing => (
            "there is no Expires field, and RFC 9116 requires exactly one".to_owned(),
            None,
        ),
        ParseError::ExpiresFieldMultiple => (
            "the Expires field appears more than once, and RFC 9116 allows exactly one".to_owned(),
            nth_named("expires", 1),
        ),
        ParseError::PreferredLanguagesFieldMultiple => (
            "the Preferred-Languages field appears more than once, and RFC 9116 allows at most one"
                .to_owned(),
            nth_named("preferred-languages", 1),
        ),
        ParseError::InvalidUri { field, .. } => {
            let at = locate_field_error(err, text);
            let value = at.as_ref().map_or("", |f| f.value);
            (
                format!("the {field} value `{}` is not a valid URI", quote(value)),
                at.map(|f| f.line),
            )
        }
        ParseError::InsecureHTTP { field } => {
            let at = locate_field_error(err, text);
            let value = at.as_ref().map_or("", |f| f.value);
            (
                format!(
                    "the {field} URI `{}` uses http:, but RFC 9116 requires https: for web URIs",
                    quote(value)
                ),
                at.map(|f| f.line),
            )
        }
        ParseError::InvalidDatetime { .. } => {
            let at = locate_field_error(err, text);
            let value = at.as_ref().map_or("", |f| f.value);
            let what = if value.parse::<NaiveDate>().is_ok() {
                "is a date without a time"
            } else {
                "is not a date and time"
            };
            (
                format!(
                    "the Expires value `{}` {what}, but RFC 9116 requires an RFC 3339 date and time like 2030-12-31T23:59:59Z",
                    quote(value)
                ),
                at.map(|f| f.line),
            )
        }
        ParseError::InvalidLanguageTag { tag } => (
            format!(
                "the Preferred-Languages value `{}` is not a language tag",
                quote(tag)
            ),
            locate_field_error(err, text).map(|f| f.line),
        ),
        other => (other.to_string(), None),
    }
}

/// The field line that causes a field-level error: the first line that,
/// parsed on its own, gives the same error. (`sectxtlib` checks each field
/// as it meets it, before checking that Contact and Expires are present.)
fn locate_field_error<'a>(err: &ParseError, text: &'a str) -> Option<FieldLine<'a>> {
    let want = err.to_string();
    field_lines(text).into_iter().find(|f| {
        let alone = format!("{}: {}\n", f.name, f.value);
        SecurityTxt::parse_with(&alone, &options()).is_err_and(|e| e.to_string() == want)
    })
}

/// A problem fragment for the malformed line `line` (1-based).
fn describe_malformed(text: &str, line: usize) -> String {
    let Some(raw) = text.lines().nth(line.saturating_sub(1)) else {
        return "the file does not follow the RFC 9116 grammar at its end".to_owned();
    };
    let mut raw = raw;
    if let Some(regions) = SignedRegions::of(text) {
        raw = raw.strip_prefix("- ").unwrap_or(raw);
        if line < regions.cleartext_start {
            return "the OpenPGP signed-message header is malformed, as it needs `Hash:` lines followed by a blank line".to_owned();
        }
        if regions.signature_start.is_some_and(|s| line >= s) {
            return "the OpenPGP signature block is malformed".to_owned();
        }
    }
    let raw = raw.trim_end_matches(['\r', ' ', '\t']);
    if raw.chars().any(|c| c.is_control() && c != '\t') {
        return "a line contains a control character".to_owned();
    }
    if raw.starts_with("-----BEGIN PGP") {
        return format!(
            "an OpenPGP armour line appears, but a signed security.txt must start with `{PGP_SIGNED_HEADER}` on its first line"
        );
    }
    if raw.starts_with([' ', '\t']) {
        return "a line starts with white space, which RFC 9116 allows only on blank lines"
            .to_owned();
    }
    let Some((name, rest)) = raw.split_once(':') else {
        return "a line is neither a `Name: value` field, a `#` comment nor a blank line"
            .to_owned();
    };
    if name.is_empty() || !name.chars().all(is_ftext) {
        return format!(
            "`{}` is not a field name (field names are printable ASCII without spaces)",
            quote(name)
        );
    }
    if !rest.starts_with(' ') {
        return format!("the {name} field has no space after the colon");
    }
    if !rest.is_ascii() {
        return format!(
            "the {name} field's value has characters outside printable ASCII, which RFC 9116 does not allow"
        );
    }
    "a line does not follow the RFC 9116 grammar".to_owned()
}

/// The first web URI written with an upper- or mixed-case `http` scheme:
/// `sectxtlib` only rejects a lower-case `http:`, but schemes are
/// case-insensitive (RFC 3986 §3.1).
fn insecure_uri<'a>(
    parsed: &'a SecurityTxt,
    text: &'a str,
) -> Option<(&'static str, Option<usize>, &'a str)> {
    let is_http = |uri: &str| {
        uri.split_once(':')
            .is_some_and(|(scheme, _)| scheme.eq_ignore_ascii_case("http"))
    };
    let uris = parsed
        .acknowledgments
        .iter()
        .map(|f| ("Acknowledgments", f.uri.as_str()))
        .chain(
            parsed
                .canonical
                .iter()
                .map(|f| ("Canonical", f.uri.as_str())),
        )
        .chain(parsed.contact.iter().map(|f| ("Contact", f.uri.as_str())))
        .chain(parsed.csaf.iter().map(|f| ("CSAF", f.uri.as_str())))
        .chain(
            parsed
                .encryption
                .iter()
                .map(|f| ("Encryption", f.uri.as_str())),
        )
        .chain(parsed.hiring.iter().map(|f| ("Hiring", f.uri.as_str())))
        .chain(parsed.policy.iter().map(|f| ("Policy", f.uri.as_str())));
    let mut found = uris.filter(|(_, uri)| is_http(uri));
    let (field, value) = found.next()?;
    let line = field_lines(text)
        .into_iter()
        .find(|f| f.name.eq_ignore_ascii_case(field) && is_http(f.value))
        .map(|f| f.line);
    Some((field, line, value))
}

/// `ftext` of RFC 5322: printable ASCII except `:`.
fn is_ftext(c: char) -> bool {
    matches!(c, '\x21'..='\x39' | '\x3B'..='\x7E')
}

/// A value shortened for quoting in a one-line problem.
fn quote(value: &str) -> String {
    if value.chars().count() <= QUOTE_LIMIT {
        value.to_owned()
    } else {
        let mut short: String = value.chars().take(QUOTE_LIMIT).collect();
        short.push('…');
        short
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn field_lines_skip_signed_headers_and_signature() {
        let text = "-----BEGIN PGP SIGNED MESSAGE-----\nHash: SHA256\n\nContact: mailto:a@b.c\n- Expires: 2030-01-01T00:00:00Z\n-----BEGIN PGP SIGNATURE-----\nVersion: x\n\nAAAA\n-----END PGP SIGNATURE-----\n";
        let lines: Vec<_> = field_lines(text)
            .into_iter()
            .map(|f| (f.line, f.name))
            .collect();
        assert_eq!(lines, [(4, "Contact"), (5, "Expires")]);
    }

    #[test]
    fn quote_shortens_long_values() {
        assert_eq!(quote("abc"), "abc");
        let long = "x".repeat(200);
        assert_eq!(quote(&long).chars().count(), QUOTE_LIMIT + 1);
    }
}
