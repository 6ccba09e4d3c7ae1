//! C2SP signed notes (<https://c2sp.org/signed-note>), Ed25519 keys.
//!
//! A signed note is a text ending in a newline, a blank line, and one or more
//! signature lines `— <key name> base64(key ID || signature)` (the dash is
//! U+2014 EM DASH). Only Ed25519 keys (signature type `0x01`) sign and
//! verify here; signature lines of other types or keys are parsed and
//! ignored, as the spec requires.
//!
//! - key ID = the first four bytes (big-endian) of
//!   `SHA-256(key name || 0x0A || 0x01 || 32-byte public key)`;
//! - verifier key (vkey) = `<name>+<hex key ID>+base64(0x01 || public key)`.
//!
//! ```
//! use ed25519_dalek::SigningKey;
//! use iotmark_tlog::note::{NoteSigner, NoteVerifier, open_note};
//! let signer = NoteSigner::new("example.com/log", SigningKey::from_bytes(&[7; 32])).unwrap();
//! let signed = signer.sign("hello\n").unwrap();
//! let verifier = NoteVerifier::parse(&signer.verifier().to_vkey()).unwrap();
//! let note = open_note(signed.as_bytes(), &verifier).unwrap();
//! assert_eq!(note.text, "hello\n");
//! ```
//!
//! Signatures are checked with ed25519-dalek's `verify_strict` (RFC 8032
//! verification that also refuses small-order keys and `R` values), and
//! verifier keys with a small-order public key are refused when parsed.
//!
//! Parsing is strict and never panics: the note must be UTF-8 without ASCII
//! control characters other than newline, the text is separated from the
//! signatures by the last blank line, and every line after it must be a
//! well-formed signature line.

use std::fmt;

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as BASE64;
use ed25519_dalek::{Signature, Signer as _, SigningKey, VerifyingKey};
use sha2::{Digest, Sha256};

/// The signature type byte of Ed25519 signed-note keys.
pub const ED25519_TYPE: u8 = 0x01;

/// The start of every signature line: U+2014 EM DASH and a space.
pub const SIGNATURE_PREFIX: &str = "\u{2014} ";

/// The most signature lines a note may carry (the spec asks verifiers to
/// accept at least 16).
pub const MAX_SIGNATURES: usize = 100;

/// What went wrong with a key name, a verifier key, a note or a signature.
#[derive(Debug, thiserror::Error, Clone, PartialEq, Eq)]
pub enum NoteError {
    /// A key name that the spec forbids.
    #[error("invalid key name {name:?}: {reason}")]
    InvalidKeyName { name: String, reason: &'static str },
    /// A verifier key that is not `name+hex8+base64(0x01 || key)`.
    #[error("invalid verifier key {vkey:?}: {reason}")]
    InvalidVerifierKey { vkey: String, reason: String },
    /// Text to sign that would not make a valid note.
    #[error("cannot sign: {reason}")]
    InvalidText { reason: String },
    /// The note is not UTF-8.
    #[error("note is not valid UTF-8: invalid byte at offset {offset}")]
    NotUtf8 { offset: usize },
    /// An ASCII control character other than newline.
    #[error("note line {line}: control character U+{code:04X} is not allowed")]
    ControlCharacter { line: usize, code: u32 },
    /// The note does not end with a newline.
    #[error("note does not end with a newline")]
    MissingFinalNewline,
    /// No blank line separates the text from signatures, or nothing follows
    /// it.
    #[error(
        "note has no signatures: expected the text, a blank line and '— <name> <signature>' lines"
    )]
    NoSignatures,
    /// A line after the last blank line that is not a signature line.
    #[error("signature line {line}: {reason}")]
    MalformedSignature { line: usize, reason: String },
    /// More signature lines than [`MAX_SIGNATURES`].
    #[error("note has {count} signature lines, more than the {max} accepted")]
    TooManySignatures { count: usize, max: usize },
    /// No signature line is by the verifier's key (name and key ID).
    #[error("note is not signed by {name} (key id {key_id:08x}){}", describe_unknown(.lines))]
    UnknownKey {
        name: String,
        key_id: u32,
        /// Why each signature line did not match, e.g. "signature line 2:
        /// key id 1a2b3c4d does not match key example.com/log".
        lines: Vec<String>,
    },
    /// A signature by the verifier's key that does not verify.
    #[error("signature line {line}: signature by {name} (key id {key_id:08x}) {reason}")]
    BadSignature {
        line: usize,
        name: String,
        key_id: u32,
        reason: String,
    },
}

fn describe_unknown(lines: &[String]) -> String {
    if lines.is_empty() {
        String::new()
    } else {
        format!(": {}", lines.join("; "))
    }
}

/// Checks a key name: non-empty, no Unicode white space, no `+` (and, since
/// it goes into a note, no ASCII control characters).
pub fn check_key_name(name: &str) -> Result<(), NoteError> {
    let reason = if name.is_empty() {
        Some("it is empty")
    } else if name.contains('+') {
        Some("it contains '+'")
    } else if name.chars().any(char::is_whitespace) {
        Some("it contains white space")
    } else if name.chars().any(|c| c < ' ') {
        Some("it contains an ASCII control character")
    } else {
        None
    };
    match reason {
        Some(reason) => Err(NoteError::InvalidKeyName {
            name: name.to_owned(),
            reason,
        }),
        None => Ok(()),
    }
}

/// The key ID of an Ed25519 key:
/// `SHA-256(name || 0x0A || 0x01 || public key)[:4]`, big-endian.
pub fn ed25519_key_id(name: &str, key: &VerifyingKey) -> u32 {
    let mut hasher = Sha256::new();
    hasher.update(name.as_bytes());
    hasher.update([b'\n', ED25519_TYPE]);
    hasher.update(key.as_bytes());
    let digest = hasher.finalize();
    u32::from_be_bytes([digest[0], digest[1], digest[2], digest[3]])
}

/// Signs notes with an Ed25519 key under a key name.
#[derive(Clone)]
pub struct NoteSigner {
    name: String,
    key_id: u32,
    key: SigningKey,
}

impl fmt::Debug for NoteSigner {
    /// Shows the name and key ID, never the private key.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("NoteSigner")
            .field("name", &self.name)
            .field("key_id", &format_args!("{:08x}", self.key_id))
            .finish_non_exhaustive()
    }
}

impl NoteSigner {
    /// A signer named `name` (checked per the spec).
    pub fn new(name: &str, key: SigningKey) -> Result<Self, NoteError> {
        check_key_name(name)?;
        let key_id = ed25519_key_id(name, &key.verifying_key());
        Ok(Self {
            name: name.to_owned(),
            key_id,
            key,
        })
    }

    /// The key name.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The key ID.
    pub fn key_id(&self) -> u32 {
        self.key_id
    }

    /// The verifier of this signer's signatures.
    pub fn verifier(&self) -> NoteVerifier {
        NoteVerifier {
            name: self.name.clone(),
            key_id: self.key_id,
            key: self.key.verifying_key(),
        }
    }

    /// Signs `text` (which must end in a newline and contain no control
    /// characters but newlines) and returns the signed note: the text, a
    /// blank line and one signature line.
    pub fn sign(&self, text: &str) -> Result<String, NoteError> {
        check_text(text)?;
        let signature = self.key.sign(text.as_bytes());
        let mut payload = [0u8; 4 + Signature::BYTE_SIZE];
        payload[..4].copy_from_slice(&self.key_id.to_be_bytes());
        payload[4..].copy_from_slice(&signature.to_bytes());
        let encoded = BASE64.encode(payload);
        let mut note = String::with_capacity(text.len() + self.name.len() + encoded.len() + 8);
        note.push_str(text);
        note.push('\n');
        note.push_str(SIGNATURE_PREFIX);
        note.push_str(&self.name);
        note.push(' ');
        note.push_str(&encoded);
        note.push('\n');
        Ok(note)
    }
}

/// Checks that `text` can be the text of a signed note.
fn check_text(text: &str) -> Result<(), NoteError> {
    if !text.ends_with('\n') {
        return Err(NoteError::InvalidText {
            reason: "the text must end with a newline".to_owned(),
        });
    }
    if let Some((offset, c)) = text.char_indices().find(|&(_, c)| is_forbidden_control(c)) {
        return Err(NoteError::InvalidText {
            reason: format!(
                "the text contains control character U+{:04X} at byte {offset}",
                u32::from(c)
            ),
        });
    }
    Ok(())
}

/// ASCII control characters other than newline are not allowed in notes.
fn is_forbidden_control(c: char) -> bool {
    c < ' ' && c != '\n'
}

/// Verifies Ed25519 signatures of one key, identified by name and key ID.
#[derive(Clone, PartialEq, Eq)]
pub struct NoteVerifier {
    name: String,
    key_id: u32,
    key: VerifyingKey,
}

impl fmt::Debug for NoteVerifier {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("NoteVerifier")
            .field(&self.to_vkey())
            .finish()
    }
}

impl NoteVerifier {
    /// A verifier for an Ed25519 public key under a key name.
    pub fn new(name: &str, key: VerifyingKey) -> Result<Self, NoteError> {
        check_key_name(name)?;
        Ok(Self {
            name: name.to_owned(),
            key_id: ed25519_key_id(name, &key),
            key,
        })
    }

    /// Parses a verifier key `<name>+<hex key ID>+base64(0x01 || public
    /// key)` and checks that the key ID is the one the name and key give.
    pub fn parse(vkey: &str) -> Result<Self, NoteError> {
        let invalid = |reason: String| NoteError::InvalidVerifierKey {
            vkey: vkey.to_owned(),
            reason,
        };
        // The name has no '+', nor does the key id; the base64 key may.
        let mut parts = vkey.splitn(3, '+');
        let (Some(name), Some(id_hex), Some(key_b64)) = (parts.next(), parts.next(), parts.next())
        else {
            return Err(invalid(
                "expected three parts separated by '+': name, key id, key".to_owned(),
            ));
        };
        check_key_name(name).map_err(|e| invalid(e.to_string()))?;
        if id_hex.len() != 8
            || !id_hex
                .bytes()
                .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
        {
            return Err(invalid(format!(
                "key id {id_hex:?} is not 8 lowercase hex digits"
            )));
        }
        let key_id = u32::from_str_radix(id_hex, 16)
            .map_err(|e| invalid(format!("key id {id_hex:?}: {e}")))?;
        let key_bytes = BASE64
            .decode(key_b64)
            .map_err(|e| invalid(format!("the key is not valid base64: {e}")))?;
        let (&key_type, public) = key_bytes
            .split_first()
            .ok_or_else(|| invalid("the key is empty".to_owned()))?;
        if key_type != ED25519_TYPE {
            return Err(invalid(format!(
                "signature type 0x{key_type:02x} is not supported (only 0x01, Ed25519)"
            )));
        }
        let public: [u8; 32] = public.try_into().map_err(|_| {
            invalid(format!(
                "an Ed25519 public key has 32 bytes, got {}",
                public.len()
            ))
        })?;
        let key = VerifyingKey::from_bytes(&public)
            .map_err(|_| invalid("the Ed25519 public key is not a valid curve point".to_owned()))?;
        if key.is_weak() {
            return Err(invalid(
                "the Ed25519 public key is a small-order (weak) point".to_owned(),
            ));
        }
        let computed = ed25519_key_id(name, &key);
        if computed != key_id {
            return Err(invalid(format!(
                "key id {key_id:08x} does not match the name and key, which give {computed:08x}"
            )));
        }
        Ok(Self {
            name: name.to_owned(),
            key_id,
            key,
        })
    }

    /// The verifier key text, as [`NoteVerifier::parse`] reads it.
    pub fn to_vkey(&self) -> String {
        let mut material = [0u8; 33];
        material[0] = ED25519_TYPE;
        material[1..].copy_from_slice(self.key.as_bytes());
        format!(
            "{}+{:08x}+{}",
            self.name,
            self.key_id,
            BASE64.encode(material)
        )
    }

    /// The key name.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The key ID.
    pub fn key_id(&self) -> u32 {
        self.key_id
    }

    /// The Ed25519 public key.
    pub fn verifying_key(&self) -> &VerifyingKey {
        &self.key
    }

    /// Whether a signature line is by this key (same name and key ID).
    pub fn matches(&self, signature: &NoteSignature) -> bool {
        signature.name == self.name && signature.key_id == self.key_id
    }

    /// Verifies `signature` (without the key ID prefix) over `text`.
    fn verify(&self, text: &str, signature: &[u8]) -> Result<(), String> {
        let bytes: &[u8; Signature::BYTE_SIZE] = signature.try_into().map_err(|_| {
            format!(
                "has {} bytes, an Ed25519 signature has {}",
                signature.len(),
                Signature::BYTE_SIZE
            )
        })?;
        self.key
            .verify_strict(text.as_bytes(), &Signature::from_bytes(bytes))
            .map_err(|_| "does not verify over the note text".to_owned())
    }
}

impl fmt::Display for NoteVerifier {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_vkey())
    }
}

/// A parsed signed note. The signatures are not verified by
/// [`parse_note`]; use [`open_note`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Note {
    /// The text, with its final newline, without the separating blank line.
    pub text: String,
    /// The signature lines, in order.
    pub signatures: Vec<NoteSignature>,
}

/// One signature line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NoteSignature {
    /// The key name.
    pub name: String,
    /// The key ID (the first four bytes of the decoded signature).
    pub key_id: u32,
    /// The signature proper, after the key ID.
    pub signature: Vec<u8>,
}

/// Parses a signed note strictly, without verifying any signature.
pub fn parse_note(bytes: &[u8]) -> Result<Note, NoteError> {
    let note = std::str::from_utf8(bytes).map_err(|e| NoteError::NotUtf8 {
        offset: e.valid_up_to(),
    })?;
    if let Some(offset) = note.bytes().position(|b| b < b' ' && b != b'\n') {
        let line = 1 + note.as_bytes()[..offset]
            .iter()
            .filter(|&&b| b == b'\n')
            .count();
        return Err(NoteError::ControlCharacter {
            line,
            code: u32::from(note.as_bytes()[offset]),
        });
    }
    if !note.ends_with('\n') {
        return Err(NoteError::MissingFinalNewline);
    }
    // The text ends at the last blank line; the text keeps its final newline.
    let split = note.rfind("\n\n").ok_or(NoteError::NoSignatures)?;
    let text = &note[..=split];
    let block = &note[split + 2..];
    if block.is_empty() {
        return Err(NoteError::NoSignatures);
    }
    let lines: Vec<&str> = block[..block.len() - 1].split('\n').collect();
    if lines.len() > MAX_SIGNATURES {
        return Err(NoteError::TooManySignatures {
            count: lines.len(),
            max: MAX_SIGNATURES,
        });
    }
    let signatures = lines
        .iter()
        .enumerate()
        .map(|(i, line)| {
            parse_signature_line(line).map_err(|reason| NoteError::MalformedSignature {
                line: i + 1,
                reason,
            })
        })
        .collect::<Result<Vec<_>, _>>()?;
    Ok(Note {
        text: text.to_owned(),
        signatures,
    })
}

fn parse_signature_line(line: &str) -> Result<NoteSignature, String> {
    let rest = line
        .strip_prefix(SIGNATURE_PREFIX)
        .ok_or_else(|| format!("{line:?} does not start with an em dash (U+2014) and a space"))?;
    let (name, encoded) = rest
        .split_once(' ')
        .ok_or_else(|| format!("{line:?} is not '— <key name> <base64 signature>'"))?;
    check_key_name(name).map_err(|e| e.to_string())?;
    let decoded = BASE64
        .decode(encoded)
        .map_err(|e| format!("the signature of {name} is not valid base64: {e}"))?;
    if decoded.len() < 5 {
        return Err(format!(
            "the signature of {name} has {} bytes, expected a 4-byte key id and a signature",
            decoded.len()
        ));
    }
    let (id, signature) = decoded.split_at(4);
    Ok(NoteSignature {
        name: name.to_owned(),
        key_id: u32::from_be_bytes([id[0], id[1], id[2], id[3]]),
        signature: signature.to_vec(),
    })
}

/// Parses a signed note and requires a valid signature by `verifier`'s key
/// (same name and key ID). Signatures by other keys are ignored; a
/// signature by this key that fails is [`NoteError::BadSignature`]; no
/// signature by this key is [`NoteError::UnknownKey`].
pub fn open_note(bytes: &[u8], verifier: &NoteVerifier) -> Result<Note, NoteError> {
    let note = parse_note(bytes)?;
    let mut verified = false;
    for (i, signature) in note.signatures.iter().enumerate() {
        if verifier.matches(signature) {
            verifier
                .verify(&note.text, &signature.signature)
                .map_err(|reason| NoteError::BadSignature {
                    line: i + 1,
                    name: verifier.name.clone(),
                    key_id: verifier.key_id,
                    reason,
                })?;
            verified = true;
        }
    }
    if verified {
        return Ok(note);
    }
    let lines = note
        .signatures
        .iter()
        .enumerate()
        .map(|(i, s)| {
            if s.name == verifier.name {
                format!(
                    "signature line {}: key id {:08x} does not match key {} ({:08x})",
                    i + 1,
                    s.key_id,
                    verifier.name,
                    verifier.key_id
                )
            } else {
                format!(
                    "signature line {}: key {} ({:08x}) is another key",
                    i + 1,
                    s.name,
                    s.key_id
                )
            }
        })
        .collect();
    Err(NoteError::UnknownKey {
        name: verifier.name.clone(),
        key_id: verifier.key_id,
        lines,
    })
}
