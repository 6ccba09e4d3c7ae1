//! The in-toto Statement v1 and the iotmark certificate predicate.
//!
//! A certificate is an [in-toto Statement v1] whose subjects are the files
//! the certification body looked at — the declaration, each evidence file
//! and the assessment report, in that order — and whose predicate
//! ([`CertificatePredicate`], type [`CERTIFICATE_PREDICATE_TYPE`]) says what
//! the body certifies about them: which product and firmware, which catalog
//! version, the mark level and area grades, who certified it and for how
//! long. [`issue`] builds one from plain inputs ([`CertificateInput`]),
//! checks every rule in [`CertificateStatement::validate`] and signs it into
//! a DSSE envelope ([`crate::dsse`]).
//!
//! The validity window never runs past the declared end of security support
//! and never more than [`MAX_VALIDITY_MONTHS`] months after issuance: `issue`
//! refuses such inputs (it does not clamp them), and a verifier rejects a
//! signed certificate that breaks either rule.
//!
//! The field-by-field format is documented in `docs/certificate-format.md`.
//!
//! [in-toto Statement v1]: https://github.com/in-toto/attestation/blob/main/spec/v1/statement.md

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::str::FromStr;

use chrono::{Months, NaiveDate};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use sha2::Digest as _;

use crate::dsse::{self, Envelope, IN_TOTO_PAYLOAD_TYPE};
use crate::key::NamedKey;

/// The `_type` of every in-toto Statement v1.
pub const STATEMENT_TYPE: &str = "https://in-toto.io/Statement/v1";

/// The `predicateType` of an iotmark certificate.
pub const CERTIFICATE_PREDICATE_TYPE: &str = "https://iotmark.org/attestation/certificate/v1";

/// The longest validity window, counted from the issue date: three years,
/// after which a product needs a new assessment.
pub const MAX_VALIDITY_MONTHS: u32 = 36;

/// A SHA-256 digest, written as 64 lowercase hexadecimal digits in JSON.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Sha256Digest(pub [u8; 32]);

impl Sha256Digest {
    /// The SHA-256 digest of `bytes`.
    pub fn of(bytes: &[u8]) -> Sha256Digest {
        Sha256Digest(sha2::Sha256::digest(bytes).into())
    }

    /// The lowercase hexadecimal form.
    pub fn to_hex(&self) -> String {
        hex::encode(self.0)
    }
}

impl fmt::Display for Sha256Digest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_hex())
    }
}

impl fmt::Debug for Sha256Digest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Sha256Digest({})", self.to_hex())
    }
}

/// Why a string is not a SHA-256 digest.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("`{0}` is not a SHA-256 digest (expected 64 lowercase hexadecimal digits)")]
pub struct InvalidDigest(pub String);

impl FromStr for Sha256Digest {
    type Err = InvalidDigest;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        // Lowercase only, so that one digest has exactly one spelling.
        if s.len() != 64 || !s.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f')) {
            return Err(InvalidDigest(s.to_owned()));
        }
        let mut out = [0u8; 32];
        hex::decode_to_slice(s, &mut out).map_err(|_| InvalidDigest(s.to_owned()))?;
        Ok(Sha256Digest(out))
    }
}

impl Serialize for Sha256Digest {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.to_hex())
    }
}

impl<'de> Deserialize<'de> for Sha256Digest {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let s = String::deserialize(deserializer)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

/// An in-toto Statement v1 with a predicate of type `P`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Statement<P> {
    /// Always [`STATEMENT_TYPE`].
    #[serde(rename = "_type")]
    pub statement_type: String,
    /// The artifacts the statement is about.
    pub subject: Vec<Subject>,
    /// What kind of predicate follows, a URI.
    #[serde(rename = "predicateType")]
    pub predicate_type: String,
    /// What is said about the subjects.
    pub predicate: P,
}

/// One artifact of a statement: a name and its digest.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Subject {
    /// The artifact's name (a file name for certificates, the certificate id
    /// for status events).
    pub name: String,
    /// The artifact's digests; iotmark uses SHA-256 only.
    pub digest: DigestSet,
}

/// The in-toto digest set, restricted to SHA-256.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DigestSet {
    /// The SHA-256 digest.
    pub sha256: Sha256Digest,
}

/// The predicate of a certificate (`predicateType`
/// [`CERTIFICATE_PREDICATE_TYPE`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CertificatePredicate {
    /// The certificate's id, chosen by the registry (1 to 64 characters of
    /// `A-Z a-z 0-9 . _ -`, starting with a letter or digit).
    pub certificate_id: String,
    /// The certified product and firmware.
    pub product: Product,
    /// The subject name of the declaration (the first subject).
    pub declaration: String,
    /// The subject names of the evidence files, in subject order.
    pub evidence: Vec<String>,
    /// The subject name of the assessment report (the last subject).
    pub assessment: String,
    /// The catalog the assessment was made against.
    pub catalog: CatalogRef,
    /// The mark level: 1 baseline, 2 trusted, 3 exemplary.
    pub level: u8,
    /// The grade of each area, by area id (`SEC` → `A`).
    pub grades: BTreeMap<String, String>,
    /// Who certifies.
    pub certification_body: CertificationBody,
    /// The assessor who reviewed the submission.
    pub assessor: String,
    /// The day the certificate was signed.
    pub issued_on: NaiveDate,
    /// The first day the certificate is valid.
    pub valid_from: NaiveDate,
    /// The last day the certificate is valid (inclusive).
    pub valid_until: NaiveDate,
    /// The declared last day of security support; `valid_until` is never
    /// later.
    pub support_end: NaiveDate,
}

/// The certified product.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Product {
    /// The registry product id (`iotmark_model::product_id` of manufacturer
    /// and model: ten characters of lowercase Crockford base 32).
    pub id: String,
    /// The manufacturer, as declared.
    pub manufacturer: String,
    /// The model, as declared.
    pub model: String,
    /// The firmware version the certificate covers.
    pub firmware_version: String,
}

/// A catalog version and the digest of its contents.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CatalogRef {
    /// The catalog version, e.g. `2026.1`.
    pub version: String,
    /// The SHA-256 over the catalog's files, as the assessment records it.
    pub sha256: Sha256Digest,
}

/// The certification body that signed a certificate.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CertificationBody {
    /// The body's name for people.
    pub name: String,
    /// The DSSE key id of the signing key ([`dsse::key_id`]: `name+8hex`);
    /// repeated inside the signed statement because a DSSE `keyid` is not
    /// itself signed.
    pub key: String,
}

/// A certificate statement.
pub type CertificateStatement = Statement<CertificatePredicate>;

/// Why a statement is not a valid iotmark certificate (or status event).
#[derive(Debug, thiserror::Error)]
pub enum StatementError {
    /// The payload is not the JSON of a statement of the expected shape.
    #[error("the statement is not valid JSON of the expected shape: {0}")]
    Json(#[source] serde_json::Error),
    /// `_type` is not in-toto Statement v1.
    #[error("`_type` is `{0}`, expected `{STATEMENT_TYPE}`")]
    StatementType(String),
    /// `predicateType` is not the expected one.
    #[error("`predicateType` is `{found}`, expected `{expected}`")]
    PredicateType {
        /// The predicate type required here.
        expected: &'static str,
        /// The predicate type found.
        found: String,
    },
    /// A field breaks a rule of the format.
    #[error("`{field}`: {message}")]
    Invalid {
        /// The JSON path of the field, e.g. `predicate.level`.
        field: String,
        /// What is wrong and what was expected.
        message: String,
    },
    /// The validity window runs past the declared end of security support.
    #[error(
        "the certificate would be valid until {valid_until}, after the declared end of security support on {support_end}: a certificate never outlives security support (set valid_until to {support_end} or earlier)"
    )]
    BeyondSupport {
        /// The requested last valid day.
        valid_until: NaiveDate,
        /// The declared end of security support.
        support_end: NaiveDate,
    },
    /// The validity window is longer than three years after issuance.
    #[error(
        "the certificate would be valid until {valid_until}, more than {MAX_VALIDITY_MONTHS} months after it was issued on {issued_on}: the latest allowed is {latest} (a longer period needs a new assessment)"
    )]
    TooLong {
        /// The requested last valid day.
        valid_until: NaiveDate,
        /// The issue date.
        issued_on: NaiveDate,
        /// The latest allowed last valid day.
        latest: NaiveDate,
    },
}

fn invalid(field: impl Into<String>, message: impl Into<String>) -> StatementError {
    StatementError::Invalid {
        field: field.into(),
        message: message.into(),
    }
}

/// Checks a certificate id: 1 to 64 characters of `A-Z a-z 0-9 . _ -`,
/// starting with a letter or digit (ids appear in URLs and file names).
pub fn check_certificate_id(id: &str) -> Result<(), String> {
    let ok = (1..=64).contains(&id.len())
        && id.as_bytes()[0].is_ascii_alphanumeric()
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-'));
    if ok {
        Ok(())
    } else {
        Err(format!(
            "`{id}` is not a certificate id (expected 1 to 64 characters of letters, digits, `.`, `_` and `-`, starting with a letter or digit)"
        ))
    }
}

fn check_text(field: &str, value: &str) -> Result<(), StatementError> {
    if value.trim().is_empty() {
        return Err(invalid(field, "must not be empty"));
    }
    if value.chars().any(char::is_control) {
        return Err(invalid(field, "must not contain control characters"));
    }
    Ok(())
}

impl<P> Statement<P> {
    /// Checks `_type` and `predicateType`.
    fn check_types(&self, predicate_type: &'static str) -> Result<(), StatementError> {
        if self.statement_type != STATEMENT_TYPE {
            return Err(StatementError::StatementType(self.statement_type.clone()));
        }
        if self.predicate_type != predicate_type {
            return Err(StatementError::PredicateType {
                expected: predicate_type,
                found: self.predicate_type.clone(),
            });
        }
        Ok(())
    }
}

impl CertificateStatement {
    /// Parses a certificate statement (a DSSE payload) and checks every rule
    /// of [`validate`](Self::validate).
    pub fn parse(payload: &[u8]) -> Result<CertificateStatement, StatementError> {
        // The types first, so that a status event is reported as the wrong
        // predicate type rather than as a missing field.
        let raw: Statement<serde_json::Value> =
            serde_json::from_slice(payload).map_err(StatementError::Json)?;
        raw.check_types(CERTIFICATE_PREDICATE_TYPE)?;
        let statement: CertificateStatement =
            serde_json::from_slice(payload).map_err(StatementError::Json)?;
        statement.validate()?;
        Ok(statement)
    }

    /// The statement as JSON bytes (the DSSE payload), fields in a fixed
    /// order.
    pub fn to_bytes(&self) -> Vec<u8> {
        serde_json::to_vec(self)
            .expect("a statement of strings, numbers and maps always serialises")
    }

    /// The subject named `name`, if any.
    pub fn subject(&self, name: &str) -> Option<&Subject> {
        self.subject.iter().find(|s| s.name == name)
    }

    /// Whether `date` is inside the validity window (both ends inclusive).
    pub fn is_valid_on(&self, date: NaiveDate) -> bool {
        self.predicate.valid_from <= date && date <= self.predicate.valid_until
    }

    /// Checks every rule of the format: the types; the subjects are exactly
    /// the declaration, the evidence files and the assessment, in that order,
    /// with distinct names; the certificate id, product id, level, grades and
    /// texts are well formed; and
    /// `issued_on <= valid_from <= valid_until <= support_end` with
    /// `valid_until` at most [`MAX_VALIDITY_MONTHS`] after `issued_on`.
    pub fn validate(&self) -> Result<(), StatementError> {
        self.check_types(CERTIFICATE_PREDICATE_TYPE)?;
        let p = &self.predicate;
        check_certificate_id(&p.certificate_id)
            .map_err(|m| invalid("predicate.certificate_id", m))?;
        check_product_id(&p.product.id).map_err(|m| invalid("predicate.product.id", m))?;
        check_text("predicate.product.manufacturer", &p.product.manufacturer)?;
        check_text("predicate.product.model", &p.product.model)?;
        check_text(
            "predicate.product.firmware_version",
            &p.product.firmware_version,
        )?;
        check_text("predicate.catalog.version", &p.catalog.version)?;
        check_text(
            "predicate.certification_body.name",
            &p.certification_body.name,
        )?;
        check_text(
            "predicate.certification_body.key",
            &p.certification_body.key,
        )?;
        check_text("predicate.assessor", &p.assessor)?;

        // Subjects: declaration, evidence…, assessment.
        let expected: Vec<&str> = std::iter::once(p.declaration.as_str())
            .chain(p.evidence.iter().map(String::as_str))
            .chain(std::iter::once(p.assessment.as_str()))
            .collect();
        let mut seen = BTreeSet::new();
        for (i, subject) in self.subject.iter().enumerate() {
            check_text(&format!("subject[{i}].name"), &subject.name)?;
            if !seen.insert(subject.name.as_str()) {
                return Err(invalid(
                    format!("subject[{i}].name"),
                    format!(
                        "`{}` names two subjects; subject names must be distinct",
                        subject.name
                    ),
                ));
            }
        }
        let names: Vec<&str> = self.subject.iter().map(|s| s.name.as_str()).collect();
        if names != expected {
            return Err(invalid(
                "subject",
                format!(
                    "the subjects are {names:?} but the predicate names {expected:?} (the declaration, then each evidence file, then the assessment)"
                ),
            ));
        }

        if !(1..=3).contains(&p.level) {
            return Err(invalid(
                "predicate.level",
                format!(
                    "{} is not a certifiable mark level (expected 1, 2 or 3)",
                    p.level
                ),
            ));
        }
        for (area, grade) in &p.grades {
            if area.len() != 3 || !area.bytes().all(|b| b.is_ascii_uppercase()) {
                return Err(invalid(
                    format!("predicate.grades.{area}"),
                    "an area id is three capital letters, like `SEC`",
                ));
            }
            if grade.len() != 1 || !grade.bytes().all(|b| b.is_ascii_uppercase()) {
                return Err(invalid(
                    format!("predicate.grades.{area}"),
                    format!("`{grade}` is not a grade (expected one capital letter, like `A`)"),
                ));
            }
        }

        if p.valid_from < p.issued_on {
            return Err(invalid(
                "predicate.valid_from",
                format!(
                    "{} is before the issue date {}: a certificate cannot be valid before it exists",
                    p.valid_from, p.issued_on
                ),
            ));
        }
        if p.valid_until < p.valid_from {
            return Err(invalid(
                "predicate.valid_until",
                format!("{} is before valid_from {}", p.valid_until, p.valid_from),
            ));
        }
        if p.valid_until > p.support_end {
            return Err(StatementError::BeyondSupport {
                valid_until: p.valid_until,
                support_end: p.support_end,
            });
        }
        let latest = p
            .issued_on
            .checked_add_months(Months::new(MAX_VALIDITY_MONTHS))
            .unwrap_or(NaiveDate::MAX);
        if p.valid_until > latest {
            return Err(StatementError::TooLong {
                valid_until: p.valid_until,
                issued_on: p.issued_on,
                latest,
            });
        }
        Ok(())
    }
}

/// Checks a registry product id: ten characters of lowercase Crockford base
/// 32 (`0-9 a-z` without `i l o u`).
pub fn check_product_id(id: &str) -> Result<(), String> {
    const CROCKFORD: &[u8] = b"0123456789abcdefghjkmnpqrstvwxyz";
    if id.len() == 10 && id.bytes().all(|b| CROCKFORD.contains(&b)) {
        Ok(())
    } else {
        Err(format!(
            "`{id}` is not a product id (expected ten characters of lowercase Crockford base 32, as iotmark_model::product_id gives)"
        ))
    }
}

/// A file the certificate covers: its name and SHA-256 digest.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Artifact {
    /// The subject name (the file's name, without directories).
    pub name: String,
    /// The SHA-256 of the file's bytes.
    pub sha256: Sha256Digest,
}

impl Artifact {
    /// An artifact from a file's name and contents.
    pub fn of(name: impl Into<String>, bytes: &[u8]) -> Artifact {
        Artifact {
            name: name.into(),
            sha256: Sha256Digest::of(bytes),
        }
    }
}

/// Everything a certificate states, as plain values: the input of [`issue`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CertificateInput {
    /// The certificate id (see [`check_certificate_id`]).
    pub certificate_id: String,
    /// The registry product id (`iotmark_model::product_id(manufacturer, model)`).
    pub product_id: String,
    /// The manufacturer.
    pub manufacturer: String,
    /// The model.
    pub model: String,
    /// The certified firmware version.
    pub firmware_version: String,
    /// The declaration file.
    pub declaration: Artifact,
    /// The evidence files, in the order they should be listed.
    pub evidence: Vec<Artifact>,
    /// The assessment report.
    pub assessment: Artifact,
    /// The catalog version.
    pub catalog_version: String,
    /// The catalog digest.
    pub catalog_sha256: Sha256Digest,
    /// The mark level (1 to 3).
    pub level: u8,
    /// Area grades by area id.
    pub grades: BTreeMap<String, String>,
    /// The certification body's name.
    pub certification_body: String,
    /// The assessor's name.
    pub assessor: String,
    /// The issue date (libraries read no clock: the caller says what day it is).
    pub issued_on: NaiveDate,
    /// The first valid day.
    pub valid_from: NaiveDate,
    /// The last valid day (inclusive); at most `support_end` and at most
    /// [`MAX_VALIDITY_MONTHS`] after `issued_on`.
    pub valid_until: NaiveDate,
    /// The declared end of security support.
    pub support_end: NaiveDate,
}

impl CertificateInput {
    /// The certificate statement these inputs describe, signed (in its
    /// `certification_body.key`) for `key`. Checked with
    /// [`CertificateStatement::validate`].
    pub fn statement(&self, key: &NamedKey) -> Result<CertificateStatement, StatementError> {
        let subject = std::iter::once(&self.declaration)
            .chain(&self.evidence)
            .chain(std::iter::once(&self.assessment))
            .map(|a| Subject {
                name: a.name.clone(),
                digest: DigestSet { sha256: a.sha256 },
            })
            .collect();
        let statement = Statement {
            statement_type: STATEMENT_TYPE.to_owned(),
            subject,
            predicate_type: CERTIFICATE_PREDICATE_TYPE.to_owned(),
            predicate: CertificatePredicate {
                certificate_id: self.certificate_id.clone(),
                product: Product {
                    id: self.product_id.clone(),
                    manufacturer: self.manufacturer.clone(),
                    model: self.model.clone(),
                    firmware_version: self.firmware_version.clone(),
                },
                declaration: self.declaration.name.clone(),
                evidence: self.evidence.iter().map(|a| a.name.clone()).collect(),
                assessment: self.assessment.name.clone(),
                catalog: CatalogRef {
                    version: self.catalog_version.clone(),
                    sha256: self.catalog_sha256,
                },
                level: self.level,
                grades: self.grades.clone(),
                certification_body: CertificationBody {
                    name: self.certification_body.clone(),
                    key: dsse::key_id(&key.verifier()),
                },
                assessor: self.assessor.clone(),
                issued_on: self.issued_on,
                valid_from: self.valid_from,
                valid_until: self.valid_until,
                support_end: self.support_end,
            },
        };
        statement.validate()?;
        Ok(statement)
    }
}

/// Builds the certificate statement from `input`, checks it, and signs it
/// with `key` into a DSSE envelope (payload type
/// [`IN_TOTO_PAYLOAD_TYPE`]). The envelope's [`Envelope::to_bytes`] is
/// the log entry that issues the certificate.
///
/// Refuses (never clamps) a validity window past `support_end` or longer
/// than [`MAX_VALIDITY_MONTHS`] months ([`StatementError::BeyondSupport`],
/// [`StatementError::TooLong`]).
pub fn issue(input: &CertificateInput, key: &NamedKey) -> Result<Envelope, StatementError> {
    let statement = input.statement(key)?;
    Ok(Envelope::sign(
        IN_TOTO_PAYLOAD_TYPE,
        &statement.to_bytes(),
        key,
    ))
}
