//! The security.txt analyser against RFC 9116's examples, hand-made
//! malformed files and the shared corpus (`$IOTMARK_CORPUS`, else
//! `../shared/corpus` beside the repository).

use std::fs;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use iotmark_evidence::{
    AnalyserError, AnalysisContext, EvidenceInput, EvidenceKind, analyser_for, detect_kind,
    securitytxt::MAX_BYTES,
};
use iotmark_model::{Finding, FindingKind};
use iotmark_testkit::require_corpus;
use proptest::prelude::*;

/// What one file should give.
#[derive(Debug)]
enum Expect<'a> {
    Valid {
        contacts: &'a [&'a str],
        signed: bool,
    },
    Expired {
        contacts: &'a [&'a str],
    },
    /// `securitytxt.invalid` whose problem contains the text, on the line.
    Invalid {
        problem: &'a str,
        line: Option<usize>,
    },
    /// An analyser error whose message contains the text.
    Error(&'a str),
}

fn date(s: &str) -> NaiveDate {
    s.parse().expect("a test date is YYYY-MM-DD")
}

/// Run the registered security.txt analyser, as a caller would.
fn analyse(name: &str, bytes: &[u8], on: &str) -> Result<Vec<Finding>, AnalyserError> {
    let analyser = analyser_for(EvidenceKind::SecurityTxt).expect("security.txt has an analyser");
    let context = AnalysisContext {
        assessment_date: date(on),
        vulndb: None,
        trackers: None,
    };
    analyser.analyse(&EvidenceInput { name, bytes }, &context)
}

/// The single finding for a file that is text.
fn one(name: &str, bytes: &[u8], on: &str) -> Finding {
    let findings = match analyse(name, bytes, on) {
        Ok(findings) => findings,
        Err(e) => panic!("{name}: unexpected error: {e}"),
    };
    assert_eq!(findings.len(), 1, "{name}: {findings:#?}");
    let finding = findings.into_iter().next().expect("one finding");
    assert_eq!(finding.evidence, name);
    let m = &finding.message;
    assert!(
        m.ends_with('.') && !m.contains('\n') && !m[..m.len() - 1].contains(". "),
        "{name}: message is not one sentence: {m:?}"
    );
    finding
}

/// The one helper every case goes through.
fn check(name: &str, bytes: &[u8], on: &str, expect: Expect<'_>) -> Option<Finding> {
    if let Expect::Error(text) = expect {
        match analyse(name, bytes, on) {
            Err(e) => assert!(e.to_string().contains(text), "{name}: error {e:?}"),
            Ok(f) => panic!("{name}: expected an error containing {text:?}, got {f:#?}"),
        }
        return None;
    }
    let finding = one(name, bytes, on);
    match (&expect, &finding.kind) {
        (
            Expect::Valid { contacts, signed },
            FindingKind::SecuritytxtValid {
                contacts: got,
                signed: got_signed,
                ..
            },
        ) => {
            assert_eq!(got, contacts, "{name}: contacts");
            assert_eq!(got_signed, signed, "{name}: signed");
        }
        (Expect::Expired { contacts }, FindingKind::SecuritytxtExpired { contacts: got, .. }) => {
            assert_eq!(got, contacts, "{name}: contacts");
        }
        (Expect::Invalid { problem, line }, FindingKind::SecuritytxtInvalid { problem: got }) => {
            assert!(got.contains(problem), "{name}: problem {got:?}");
            assert!(finding.message.contains(got.as_str()), "{name}: message");
            assert_eq!(finding.line, *line, "{name}: line");
        }
        _ => panic!("{name}: expected {expect:?}, got {finding:#?}"),
    }
    Some(finding)
}

fn corpus_dir(test: &str, sub: &str) -> Option<PathBuf> {
    let dir = require_corpus(test)?.join("securitytxt").join(sub);
    assert!(dir.is_dir(), "{} is missing from the corpus", dir.display());
    Some(dir)
}

fn files_in(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut paths: Vec<PathBuf> = fs::read_dir(dir)
        .expect("corpus directory is readable")
        .map(|entry| entry.expect("corpus entry").path())
        .filter(|p| p.is_file())
        .collect();
    paths.sort();
    paths
        .into_iter()
        .map(|p| {
            let name = p
                .file_name()
                .expect("a file name")
                .to_string_lossy()
                .into_owned();
            (name, fs::read(&p).expect("corpus file is readable"))
        })
        .collect()
}

// ---------------------------------------------------------------------------
// RFC 9116's own examples.

/// The smallest conforming file: one Contact and one Expires.
const RFC_MINIMAL: &str =
    "Contact: mailto:security@example.com\nExpires: 2021-12-31T18:37:07.000Z\n";

/// The field examples of RFC 9116 section 2.5, every field in one file.
const RFC_FULL: &str = "\
# Contact (2.5.3), in order of preference
Contact: mailto:security@example.com
Contact: tel:+1-201-555-0123
Contact: https://example.com/security-contact.html
Acknowledgments: https://example.com/hall-of-fame.html
Canonical: https://www.example.com/.well-known/security.txt
Canonical: https://someserver.example.com/.well-known/security.txt
Encryption: https://example.com/pgp-key.txt
Encryption: dns:5d2d37ab76d47d36._openpgpkey.example.com?type=OPENPGPKEY
Encryption: openpgp4fpr:5f2de5521c63a801ab59ccb603d49de44b29100f
Expires: 2021-12-31T18:37:07.000Z
Hiring: https://example.com/jobs.html
Policy: https://example.com/disclose.html
Preferred-Languages: en, es, fr
";

/// RFC 9116's commented example file.
const RFC_COMMENTED: &str = "\
# Our security address
Contact: mailto:security@example.com

# Our OpenPGP key
Encryption: https://example.com/pgp-key.txt

# Our security policy
Policy: https://example.com/security-policy.html

# Our security acknowledgments page
Acknowledgments: https://example.com/hall-of-fame.html

Expires: 2021-12-31T18:37:07.000Z
";

/// The commented example in an OpenPGP cleartext signature (not a real one).
const RFC_SIGNED: &str = "\
-----BEGIN PGP SIGNED MESSAGE-----
Hash: SHA256

# Canonical URI
Canonical: https://example.com/.well-known/security.txt

# Our security address
Contact: mailto:security@example.com

# Our security policy
Policy: https://example.com/security-policy.html

Expires: 2021-12-31T18:37:07.000Z
-----BEGIN PGP SIGNATURE-----
Version: GnuPG v2.2

iHUEARYKAB0WIQSsP2kEdoKDVFpSg6u3rK+YCkjapwUCY9qRaQAKCRC3rK+YCkja
pwALAP9LEHSYMDW4h8QRHg4MwCzUdnbjBLIvpq4QTo3dIqCUPwEA31MsEf95OKCh
MTHYHajOzjwpwlQVrjkK419igx4imgk=
=KONn
-----END PGP SIGNATURE-----
";

#[test]
fn rfc_minimal_example() {
    let contacts = &["mailto:security@example.com"];
    let finding = check(
        "minimal.txt",
        RFC_MINIMAL.as_bytes(),
        "2021-06-01",
        Expect::Valid {
            contacts,
            signed: false,
        },
    );
    let Some(Finding {
        kind: FindingKind::SecuritytxtValid { expires, .. },
        line: None,
        ..
    }) = finding
    else {
        panic!("a valid finding without a line");
    };
    assert_eq!(expires, "2021-12-31T18:37:07Z");
}

#[test]
fn rfc_full_example_reports_every_list() {
    let contacts = &[
        "mailto:security@example.com",
        "tel:+1-201-555-0123",
        "https://example.com/security-contact.html",
    ];
    let finding = check(
        "full.txt",
        RFC_FULL.as_bytes(),
        "2021-06-01",
        Expect::Valid {
            contacts,
            signed: false,
        },
    )
    .expect("a finding");
    let FindingKind::SecuritytxtValid {
        policies,
        canonical,
        ..
    } = finding.kind
    else {
        panic!("valid");
    };
    assert_eq!(policies, ["https://example.com/disclose.html"]);
    assert_eq!(
        canonical,
        [
            "https://www.example.com/.well-known/security.txt",
            "https://someserver.example.com/.well-known/security.txt"
        ]
    );
}

#[test]
fn rfc_commented_and_signed_examples() {
    let contacts = &["mailto:security@example.com"];
    check(
        "commented.txt",
        RFC_COMMENTED.as_bytes(),
        "2021-06-01",
        Expect::Valid {
            contacts,
            signed: false,
        },
    );
    check(
        "signed.txt",
        RFC_SIGNED.as_bytes(),
        "2021-06-01",
        Expect::Valid {
            contacts,
            signed: true,
        },
    );
    // The same signed file with CRLF line ends and a dash-escaped field.
    let crlf = RFC_SIGNED
        .replace("Contact:", "- Contact:")
        .replace('\n', "\r\n");
    check(
        "signed-crlf.txt",
        crlf.as_bytes(),
        "2021-06-01",
        Expect::Valid {
            contacts,
            signed: true,
        },
    );
    // Once expired, the signed example keeps its contacts and its Expires line.
    let expired = check(
        "signed.txt",
        RFC_SIGNED.as_bytes(),
        "2022-01-01",
        Expect::Expired { contacts },
    )
    .expect("a finding");
    assert_eq!(expired.line, Some(13));
}

#[test]
fn real_world_tolerance() {
    let contacts = &["mailto:security@example.com"];
    let valid = Expect::Valid {
        contacts,
        signed: false,
    };
    // A byte-order mark, CRLF line ends and no final newline.
    let text = "\u{feff}Contact: mailto:security@example.com\r\nExpires: 2030-01-01T00:00:00Z";
    check("bom.txt", text.as_bytes(), "2029-01-01", valid);
    // RFC 3339 allows a space for `T` and a lower-case `z` (section 5.6).
    for expires in [
        "2030-01-01 00:00:00+00:00",
        "2030-01-01t00:00:00z",
        "2030-01-01T01:00:00+01:00",
    ] {
        let text = format!("Contact: mailto:security@example.com\nExpires: {expires}\n");
        let finding = one("dates.txt", text.as_bytes(), "2029-01-01");
        let FindingKind::SecuritytxtValid { expires, .. } = finding.kind else {
            panic!("{expires} should be accepted: {finding:?}");
        };
        assert_eq!(expires, "2030-01-01T00:00:00Z");
    }
}

// ---------------------------------------------------------------------------
// Expiry is judged against the assessment date, at the start of that day UTC.

#[test]
fn expiry_follows_the_assessment_date() {
    let contacts = &["mailto:security@example.com"];
    let text = "Contact: mailto:security@example.com\nExpires: 2030-01-01T00:00:00Z\n".as_bytes();
    let valid = || Expect::Valid {
        contacts,
        signed: false,
    };
    check("a.txt", text, "2029-12-31", valid());
    // Expires at the very start of the assessment day: not before it, so valid.
    check("a.txt", text, "2030-01-01", valid());
    check("a.txt", text, "2030-01-02", Expect::Expired { contacts });

    let text = "Contact: mailto:security@example.com\nExpires: 2029-12-31T23:59:59Z\n".as_bytes();
    check("b.txt", text, "2029-12-31", valid());
    let expired =
        check("b.txt", text, "2030-01-01", Expect::Expired { contacts }).expect("a finding");
    assert_eq!(expired.line, Some(2));
    let FindingKind::SecuritytxtExpired { expires, .. } = expired.kind else {
        panic!("expired");
    };
    assert_eq!(expires, "2029-12-31T23:59:59Z");
    assert!(expired.message.contains("2030-01-01"));
}

#[test]
fn same_corpus_file_valid_before_and_expired_after() {
    let Some(dir) = corpus_dir(
        "same_corpus_file_valid_before_and_expired_after",
        "valid_unsigned",
    ) else {
        return;
    };
    // github_com.stxt: `Expires: 2023-04-10T22:38:09z` on line 7.
    let bytes = fs::read(dir.join("github_com.stxt")).expect("github_com.stxt");
    let contacts = &["https://hackerone.com/github"];
    for on in ["2023-01-01", "2023-04-10"] {
        let valid = Expect::Valid {
            contacts,
            signed: false,
        };
        check("github_com.stxt", &bytes, on, valid);
    }
    let expired = check(
        "github_com.stxt",
        &bytes,
        "2023-04-11",
        Expect::Expired { contacts },
    )
    .expect("a finding");
    assert_eq!(expired.line, Some(7));
}

// ---------------------------------------------------------------------------
// Files that do not conform are `securitytxt.invalid`, with the problem named.

const CONTACT: &str = "Contact: mailto:security@example.com\n";
const EXPIRES: &str = "Expires: 2030-01-01T00:00:00Z\n";

#[test]
fn malformed_files_name_their_problem() {
    let signed_without_signature =
        format!("-----BEGIN PGP SIGNED MESSAGE-----\nHash: SHA256\n\n{CONTACT}{EXPIRES}");
    let signed_without_hash = RFC_SIGNED.replace("Hash: SHA256\n", "");
    let cases: &[(&str, String, &str, Option<usize>)] = &[
        (
            "missing Contact",
            EXPIRES.to_owned(),
            "no Contact field",
            None,
        ),
        (
            "missing Expires",
            CONTACT.to_owned(),
            "no Expires field",
            None,
        ),
        (
            "duplicate Expires",
            format!("{CONTACT}{EXPIRES}# again\n{EXPIRES}"),
            "the Expires field appears more than once",
            Some(4),
        ),
        (
            "bad date",
            format!("{CONTACT}Expires: 31/12/2030 23:59\n"),
            "the Expires value `31/12/2030 23:59` is not a date and time, but RFC 9116 requires an RFC 3339 date and time",
            Some(2),
        ),
        (
            "date without time",
            format!("{CONTACT}Expires: 2030-12-31\n"),
            "the Expires value `2030-12-31` is a date without a time",
            Some(2),
        ),
        (
            "http Contact",
            format!("# x\nContact: http://example.com/security\n{EXPIRES}"),
            "the Contact URI `http://example.com/security` uses http:",
            Some(2),
        ),
        (
            "upper-case HTTP Policy",
            format!("{CONTACT}{EXPIRES}Policy: HTTP://example.com/policy\n"),
            "the Policy URI `HTTP://example.com/policy` uses http:",
            Some(3),
        ),
        (
            "http Canonical, second of two",
            format!(
                "{CONTACT}Canonical: https://example.com/a\nCanonical: http://example.com/b\n{EXPIRES}"
            ),
            "the Canonical URI `http://example.com/b` uses http:",
            Some(3),
        ),
        (
            "not a URI",
            format!("{CONTACT}Contact: not a uri\n{EXPIRES}"),
            "the Contact value `not a uri` is not a valid URI",
            Some(2),
        ),
        (
            "bad language tag",
            format!("{CONTACT}{EXPIRES}Preferred-Languages: en, !!\n"),
            "`!!` is not a language tag",
            Some(3),
        ),
        (
            "duplicate Preferred-Languages",
            format!("{CONTACT}{EXPIRES}Preferred-Languages: en\nPreferred-Languages: fr\n"),
            "Preferred-Languages field appears more than once",
            Some(4),
        ),
        ("empty file", String::new(), "the file is empty", None),
        (
            "blank lines only",
            "\n \r\n\t\n".to_owned(),
            "the file is empty",
            None,
        ),
        (
            "no space after the colon",
            format!("{CONTACT}Expires:2030-01-01T00:00:00Z\n"),
            "the Expires field has no space after the colon",
            Some(2),
        ),
        (
            "prose line",
            format!("{CONTACT}{EXPIRES}Please mail us\n"),
            "neither a `Name: value` field",
            Some(3),
        ),
        (
            "indented field",
            format!("{CONTACT}  {EXPIRES}"),
            "starts with white space",
            Some(2),
        ),
        (
            "non-ASCII value",
            format!("{CONTACT}{EXPIRES}Hiring: https://example.com/jobs/ingénieur\n"),
            "characters outside printable ASCII",
            Some(3),
        ),
        (
            "signed message without a signature block",
            signed_without_signature,
            "no signature block",
            None,
        ),
        (
            "signed message without a Hash header",
            signed_without_hash,
            "signed-message header is malformed",
            Some(2),
        ),
        (
            "signature header not on the first line",
            format!("\n{RFC_SIGNED}"),
            "must start with `-----BEGIN PGP SIGNED MESSAGE-----`",
            Some(2),
        ),
    ];
    for (name, text, problem, line) in cases {
        let expect = Expect::Invalid {
            problem,
            line: *line,
        };
        check(name, text.as_bytes(), "2029-01-01", expect);
    }
}

#[test]
fn signed_file_with_a_broken_signature_block() {
    let broken = RFC_SIGNED.replace("=KONn", "=KO?Nn");
    let expect = Expect::Invalid {
        problem: "the OpenPGP signature block is malformed",
        line: Some(20),
    };
    check("broken.txt", broken.as_bytes(), "2021-06-01", expect);
}

// ---------------------------------------------------------------------------
// Files that are not text at all are errors, not findings.

#[test]
fn files_that_are_not_text_are_errors() {
    let huge = "# padding padding padding padding padding padding padding padding\n"
        .repeat(MAX_BYTES / 66 + 1);
    let huge = format!("{CONTACT}{EXPIRES}{huge}");
    assert!(huge.len() > MAX_BYTES);
    let cases: &[(&str, &[u8], &str)] = &[
        (
            "latin-1",
            b"Contact: mailto:s\xe9curit\xe9@example.com\n",
            "not UTF-8 text",
        ),
        (
            "garbage",
            &[0x89, b'P', b'N', b'G', 0x0d, 0x0a, 0x1a, 0x0a, 0xff, 0x00],
            "not UTF-8",
        ),
        (
            "nul",
            b"Contact: mailto:a@example.com\n\0\0\0\n",
            "NUL byte at offset 30 (line 2)",
        ),
        ("huge", huge.as_bytes(), "over the 65536-byte limit"),
    ];
    for (name, bytes, error) in cases {
        check(name, bytes, "2029-01-01", Expect::Error(error));
    }
    let Err(AnalyserError::NotUtf8 { offset, line, .. }) =
        analyse("x", b"# ok\nContact: \xff\n", "2029-01-01")
    else {
        panic!("not UTF-8");
    };
    assert_eq!((offset, line), (14, 2));
}

#[test]
fn exactly_the_size_limit_is_analysed() {
    let head = format!("{CONTACT}{EXPIRES}");
    let pad = MAX_BYTES - head.len() - 1;
    let text = format!("{head}#{}", "x".repeat(pad));
    assert_eq!(text.len(), MAX_BYTES);
    let contacts = &["mailto:security@example.com"];
    let valid = Expect::Valid {
        contacts,
        signed: false,
    };
    check("limit.txt", text.as_bytes(), "2029-01-01", valid);
}

// ---------------------------------------------------------------------------
// The corpus.

#[test]
fn corpus_valid_files_are_valid_or_expired_with_signed_exactly_when_signed() {
    let test = "corpus_valid_files_are_valid_or_expired_with_signed_exactly_when_signed";
    for (sub, signed) in [("valid_unsigned", false), ("valid_signed", true)] {
        let Some(dir) = corpus_dir(test, sub) else {
            return;
        };
        let files = files_in(&dir);
        assert_eq!(files.len(), 4, "{sub}");
        for (name, bytes) in files {
            assert_eq!(detect_kind(&name, &bytes), Some(EvidenceKind::SecurityTxt));
            // Every file in the corpus expires between 2023 and 2025.
            for on in ["2023-01-01", "2026-01-01"] {
                let finding = one(&name, &bytes, on);
                match finding.kind {
                    FindingKind::SecuritytxtValid {
                        signed: got,
                        contacts,
                        ..
                    } => {
                        assert_eq!(on, "2023-01-01", "{name}");
                        assert_eq!(got, signed, "{name}: signed");
                        assert!(!contacts.is_empty(), "{name}");
                    }
                    FindingKind::SecuritytxtExpired { contacts, .. } => {
                        assert_eq!(on, "2026-01-01", "{name}");
                        assert!(!contacts.is_empty(), "{name}");
                    }
                    other => panic!("{name} on {on}: {other:?}"),
                }
            }
        }
    }
}

#[test]
fn corpus_contacts_are_read_exactly() {
    let test = "corpus_contacts_are_read_exactly";
    let Some(signed) = corpus_dir(test, "valid_signed") else {
        return;
    };
    let Some(unsigned) = corpus_dir(test, "valid_unsigned") else {
        return;
    };
    let cases: &[(PathBuf, Expect<'_>)] = &[
        (
            signed.join("opera_com.stxt"),
            Expect::Valid {
                contacts: &[
                    "https://security.opera.com",
                    "https://bugcrowd.com/opera",
                    "mailto:security@opera.com",
                ],
                signed: true,
            },
        ),
        (
            signed.join("redhat.stxt"),
            Expect::Valid {
                contacts: &[
                    "https://access.redhat.com/security/team/contact/",
                    "mailto:secalert@redhat.com",
                ],
                signed: true,
            },
        ),
        (
            unsigned.join("www_gov_uk.stxt"),
            Expect::Valid {
                contacts: &[
                    "https://hackerone.com/44c348eb-e030-4273-b445-d4a2f6f83ba8/embedded_submissions/new",
                    "https://www.gov.uk/contact/govuk",
                ],
                signed: false,
            },
        ),
    ];
    for (path, expect) in cases {
        let bytes = fs::read(path).expect("corpus file");
        let name = path.display().to_string();
        let Expect::Valid { contacts, signed } = expect else {
            unreachable!()
        };
        let expect = Expect::Valid {
            contacts,
            signed: *signed,
        };
        check(&name, &bytes, "2023-01-01", expect);
    }
    // The full valid finding for one file, field by field.
    let bytes = fs::read(signed.join("securitytxt_org.stxt")).expect("securitytxt_org.stxt");
    let finding = one("securitytxt_org.stxt", &bytes, "2024-03-14");
    assert_eq!(
        finding.kind,
        FindingKind::SecuritytxtValid {
            contacts: vec!["https://hackerone.com/ed".into()],
            policies: vec!["https://hackerone.com/ed?type=team&view_policy=true".into()],
            canonical: vec!["https://securitytxt.org/.well-known/security.txt".into()],
            expires: "2024-03-14T00:00:00Z".into(),
            signed: true,
        }
    );
    let json = serde_json::to_value(&finding).expect("findings serialise");
    assert_eq!(json["kind"], "securitytxt.valid");
    assert!(json.get("line").is_none());
}

#[test]
fn corpus_generated_files_give_one_finding_each() {
    let Some(dir) = corpus_dir(
        "corpus_generated_files_give_one_finding_each",
        "gen_unsigned",
    ) else {
        return;
    };
    let files = files_in(&dir);
    assert_eq!(files.len(), 100);
    for (name, bytes) in &files {
        // `one` checks there is exactly one finding and no error. The files
        // are generated from RFC 9116's grammar and expire in 2030.
        let finding = one(name, bytes, "2023-01-01");
        assert_eq!(finding.name(), "securitytxt.valid", "{name}: {finding:?}");
        // Every file truncated anywhere still gives one finding or an error
        // (a cut can split a UTF-8 sequence), and never panics.
        for cut in (0..bytes.len()).step_by(7) {
            if let Ok(findings) = analyse(name, &bytes[..cut], "2023-01-01") {
                assert_eq!(findings.len(), 1, "{name} cut at {cut}");
            }
        }
    }
}

// ---------------------------------------------------------------------------
// Untrusted input never panics.

proptest! {
    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
        if let Ok(findings) = analyse("fuzz.txt", &bytes, "2025-01-01") {
            prop_assert_eq!(findings.len(), 1);
        }
    }

    #[test]
    fn security_txt_shaped_text_never_panics(
        lines in proptest::collection::vec(
            prop_oneof![
                Just("Contact: mailto:a@example.com".to_owned()),
                Just("Expires: 2030-01-01T00:00:00Z".to_owned()),
                Just("-----BEGIN PGP SIGNED MESSAGE-----".to_owned()),
                Just("Hash: SHA256".to_owned()),
                Just("-----BEGIN PGP SIGNATURE-----".to_owned()),
                Just("-----END PGP SIGNATURE-----".to_owned()),
                Just(String::new()),
                "[A-Za-z-]{1,12}: [ -~]{0,30}",
                "# [^\n\0]{0,20}",
                "[ -~\t\r]{0,40}",
            ],
            0..16,
        ),
        crlf in any::<bool>(),
    ) {
        let eol = if crlf { "\r\n" } else { "\n" };
        let text = lines.join(eol);
        let findings = analyse("fuzz.txt", text.as_bytes(), "2025-01-01");
        let findings = findings.map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(findings.len(), 1);
    }
}
