//! DSSE envelopes signed with Ed25519.
//!
//! [DSSE] (Dead Simple Signing Envelope) wraps a payload and its type; the
//! signature covers the pre-authentication encoding ([`pae`])
//!
//! ```text
//! "DSSEv1" SP LEN(type) SP type SP LEN(body) SP body
//! ```
//!
//! where `LEN` is the byte length as ASCII decimal without leading zeros.
//! iotmark envelopes always carry an in-toto statement
//! ([`IN_TOTO_PAYLOAD_TYPE`]) and are serialised as compact JSON with the
//! fields in the order `payloadType`, `payload`, `signatures` and each
//! signature as `keyid`, `sig` ([`Envelope::to_bytes`]): that exact byte
//! string is what goes into the transparency log and what digests are taken
//! of.
//!
//! **Key ids.** A signature's `keyid` is the signer's C2SP signed-note key
//! name and key id, joined by `+`, the id as 8 lowercase hex digits:
//! `cb.example.org+1a2b3c4d` ([`key_id`]). It is the first two parts of the
//! verifier key line (`name+hash+base64`), so a verifier key names which
//! signatures are its own. The `keyid` is a hint, not signed: verification
//! also checks the signature itself.
//!
//! ```
//! assert_eq!(
//!     iotmark_cert::dsse::pae("http://example.com/HelloWorld", b"hello world"),
//!     b"DSSEv1 29 http://example.com/HelloWorld 11 hello world"
//! );
//! ```
//!
//! [DSSE]: https://github.com/secure-systems-lab/dsse/blob/master/protocol.md

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use ed25519_dalek::Signature;
use iotmark_tlog::note::NoteVerifier;
use serde::{Deserialize, Serialize};

use crate::key::NamedKey;

/// The DSSE payload type of an in-toto statement.
pub const IN_TOTO_PAYLOAD_TYPE: &str = "application/vnd.in-toto+json";

/// The DSSE pre-authentication encoding of a payload and its type: what a
/// DSSE signature signs.
pub fn pae(payload_type: &str, payload: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(payload_type.len() + payload.len() + 32);
    out.extend_from_slice(b"DSSEv1 ");
    out.extend_from_slice(payload_type.len().to_string().as_bytes());
    out.push(b' ');
    out.extend_from_slice(payload_type.as_bytes());
    out.push(b' ');
    out.extend_from_slice(payload.len().to_string().as_bytes());
    out.push(b' ');
    out.extend_from_slice(payload);
    out
}

/// The DSSE `keyid` of a key: `name+xxxxxxxx`, its C2SP key name and key id
/// in 8 lowercase hex digits.
pub fn key_id(verifier: &NoteVerifier) -> String {
    format!("{}+{:08x}", verifier.name(), verifier.key_id())
}

/// A DSSE envelope.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Envelope {
    /// The payload's media type; [`IN_TOTO_PAYLOAD_TYPE`] for iotmark.
    #[serde(rename = "payloadType")]
    pub payload_type: String,
    /// The payload, base64 (standard alphabet, padded).
    pub payload: String,
    /// The signatures over [`pae`]`(payload_type, payload)`.
    pub signatures: Vec<EnvelopeSignature>,
}

/// One signature of an envelope.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EnvelopeSignature {
    /// Which key signed ([`key_id`]).
    pub keyid: String,
    /// The Ed25519 signature, base64 (standard alphabet, padded).
    pub sig: String,
}

/// Why an envelope cannot be read or does not verify.
#[derive(Debug, thiserror::Error)]
pub enum DsseError {
    /// The bytes are not the JSON of a DSSE envelope.
    #[error("not a DSSE envelope: {0}")]
    Json(#[source] serde_json::Error),
    /// The envelope is not in the compact form iotmark writes, so its bytes
    /// would not match the log entry.
    #[error(
        "the DSSE envelope is not in canonical form (compact JSON, fields payloadType, payload, signatures; keyid, sig)"
    )]
    NotCanonical,
    /// `payload` is not standard padded base64.
    #[error("the envelope's payload is not standard base64: {0}")]
    Payload(#[source] base64::DecodeError),
    /// No signature carries the expected key id.
    #[error("{}", no_signature_message(expected, found))]
    WrongKey {
        /// The key id that was expected.
        expected: String,
        /// The key ids the envelope carries.
        found: Vec<String>,
    },
    /// The signature with the expected key id does not verify.
    #[error("the signature by `{keyid}` does not verify: {reason}")]
    BadSignature {
        /// The signature's key id.
        keyid: String,
        /// Why (not base64, wrong length, or does not match the payload).
        reason: String,
    },
}

fn no_signature_message(expected: &str, found: &[String]) -> String {
    if found.is_empty() {
        format!("the envelope has no signature (expected one by `{expected}`)")
    } else {
        let found: Vec<String> = found.iter().map(|k| format!("`{k}`")).collect();
        format!(
            "signed by {}, not by the expected key `{expected}`",
            found.join(", ")
        )
    }
}

impl Envelope {
    /// Signs `payload` of type `payload_type` with `key`.
    pub fn sign(payload_type: &str, payload: &[u8], key: &NamedKey) -> Envelope {
        Envelope::sign_by(payload_type, payload, &[key])
    }

    /// Signs `payload` of type `payload_type` with each of `keys`, the
    /// signatures in that order.
    pub fn sign_by(payload_type: &str, payload: &[u8], keys: &[&NamedKey]) -> Envelope {
        let message = pae(payload_type, payload);
        Envelope {
            payload_type: payload_type.to_owned(),
            payload: STANDARD.encode(payload),
            signatures: keys
                .iter()
                .map(|key| EnvelopeSignature {
                    keyid: key_id(&key.verifier()),
                    sig: STANDARD.encode(key.sign(&message).to_bytes()),
                })
                .collect(),
        }
    }

    /// Parses an envelope from JSON, in any formatting.
    pub fn from_json(bytes: &[u8]) -> Result<Envelope, DsseError> {
        serde_json::from_slice(bytes).map_err(DsseError::Json)
    }

    /// Parses an envelope and requires the canonical form
    /// ([`to_bytes`](Self::to_bytes) gives `bytes` back): how log entries
    /// are read.
    pub fn parse_canonical(bytes: &[u8]) -> Result<Envelope, DsseError> {
        let envelope = Self::from_json(bytes)?;
        if envelope.to_bytes() != bytes {
            return Err(DsseError::NotCanonical);
        }
        Ok(envelope)
    }

    /// The canonical bytes: compact JSON, fields in declaration order. This is
    /// the log entry, and what a status event's subject digest is taken of.
    pub fn to_bytes(&self) -> Vec<u8> {
        serde_json::to_vec(self).expect("an envelope of strings always serialises")
    }

    /// The decoded payload (not verified).
    pub fn payload_bytes(&self) -> Result<Vec<u8>, DsseError> {
        STANDARD.decode(&self.payload).map_err(DsseError::Payload)
    }

    /// The key ids of the signatures.
    pub fn key_ids(&self) -> Vec<String> {
        self.signatures.iter().map(|s| s.keyid.clone()).collect()
    }

    /// Verifies the signature of `verifier` (found by its [`key_id`]) and
    /// returns the payload.
    pub fn verify(&self, verifier: &NoteVerifier) -> Result<Vec<u8>, DsseError> {
        let expected = key_id(verifier);
        let mut mine = self
            .signatures
            .iter()
            .filter(|s| s.keyid == expected)
            .peekable();
        if mine.peek().is_none() {
            return Err(DsseError::WrongKey {
                expected,
                found: self.key_ids(),
            });
        }
        let payload = self.payload_bytes()?;
        let message = pae(&self.payload_type, &payload);
        // Every signature claiming to be ours must verify.
        for s in mine {
            let bad = |reason: &str| DsseError::BadSignature {
                keyid: s.keyid.clone(),
                reason: reason.to_owned(),
            };
            let bytes = STANDARD
                .decode(&s.sig)
                .map_err(|_| bad("`sig` is not standard base64"))?;
            let signature = Signature::from_slice(&bytes)
                .map_err(|_| bad("`sig` is not a 64-byte Ed25519 signature"))?;
            verifier
                .verifying_key()
                .verify_strict(&message, &signature)
                .map_err(|_| {
                    bad("the payload or the signature was altered, or another key signed")
                })?;
        }
        Ok(payload)
    }
}
