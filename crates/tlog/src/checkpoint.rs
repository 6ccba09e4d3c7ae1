//! C2SP transparency log checkpoints (<https://c2sp.org/tlog-checkpoint>):
//! the signed tree head, as the text of a [signed note](crate::note).
//!
//! ```text
//! example.com/behind-the-sofa                      origin
//! 20852163                                         tree size, decimal, no leading zeros
//! CsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=     base64 root hash
//!                                                  optional non-empty extension lines
//! ```
//!
//! The origin is independent of the signing key's name: a log records both
//! (its verifier key names the key).
//!
//! ```
//! use ed25519_dalek::SigningKey;
//! use iotmark_tlog::{checkpoint::Checkpoint, hash::empty_root, note::NoteSigner};
//! let signer = NoteSigner::new("example.com/log", SigningKey::from_bytes(&[1; 32])).unwrap();
//! let checkpoint = Checkpoint { origin: "example.com/log".into(), size: 0, root: empty_root(), extensions: vec![] };
//! let signed = checkpoint.sign(&signer).unwrap();
//! assert_eq!(Checkpoint::open(signed.as_bytes(), &signer.verifier()).unwrap(), checkpoint);
//! ```

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as BASE64;

use crate::hash::Hash;
use crate::note::{NoteError, NoteSigner, NoteVerifier, open_note};

/// A log's tree head: origin, size, root hash and opaque extension lines.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Checkpoint {
    /// The log's identity, e.g. `example.com/log42`.
    pub origin: String,
    /// The number of leaves.
    pub size: u64,
    /// The RFC 6962 root hash of the first `size` leaves.
    pub root: Hash,
    /// Extension lines (each non-empty, without its newline).
    pub extensions: Vec<String>,
}

/// What is wrong with a checkpoint text or its signature.
#[derive(Debug, thiserror::Error, Clone, PartialEq, Eq)]
pub enum CheckpointError {
    /// The signed note did not open (syntax, unknown key, bad signature).
    #[error(transparent)]
    Note(#[from] NoteError),
    /// The text does not end with a newline.
    #[error("checkpoint text does not end with a newline")]
    MissingFinalNewline,
    /// Fewer than the three mandatory lines.
    #[error(
        "checkpoint text has {lines} lines, expected at least 3 (origin, tree size, root hash)"
    )]
    TooFewLines { lines: usize },
    /// A line that does not read as its field.
    #[error("checkpoint line {line} ({field}): {reason}")]
    Malformed {
        line: usize,
        field: &'static str,
        reason: String,
    },
}

impl Checkpoint {
    /// The checkpoint text: `origin\nsize\nbase64(root)\n` and the extension
    /// lines, each followed by a newline.
    pub fn to_text(&self) -> String {
        let mut text = String::with_capacity(self.origin.len() + 70);
        text.push_str(&self.origin);
        text.push('\n');
        text.push_str(&self.size.to_string());
        text.push('\n');
        text.push_str(&BASE64.encode(self.root));
        text.push('\n');
        for line in &self.extensions {
            text.push_str(line);
            text.push('\n');
        }
        text
    }

    /// Parses a checkpoint text strictly (never panics).
    pub fn parse_text(text: &str) -> Result<Self, CheckpointError> {
        let Some(body) = text.strip_suffix('\n') else {
            return Err(if text.is_empty() {
                CheckpointError::TooFewLines { lines: 0 }
            } else {
                CheckpointError::MissingFinalNewline
            });
        };
        let lines: Vec<&str> = body.split('\n').collect();
        if lines.len() < 3 {
            return Err(CheckpointError::TooFewLines { lines: lines.len() });
        }
        for (i, line) in lines.iter().enumerate() {
            if let Some(c) = line.chars().find(|&c| c < ' ') {
                return Err(CheckpointError::Malformed {
                    line: i + 1,
                    field: field_name(i),
                    reason: format!("control character U+{:04X} is not allowed", u32::from(c)),
                });
            }
            if line.is_empty() {
                return Err(CheckpointError::Malformed {
                    line: i + 1,
                    field: field_name(i),
                    reason: "the line is empty".to_owned(),
                });
            }
        }
        let malformed = |line: usize, reason: String| CheckpointError::Malformed {
            line,
            field: field_name(line - 1),
            reason,
        };
        let origin = lines[0].to_owned();
        let size = parse_size(lines[1]).map_err(|reason| malformed(2, reason))?;
        let root = parse_root(lines[2]).map_err(|reason| malformed(3, reason))?;
        let extensions = lines[3..].iter().map(|&line| line.to_owned()).collect();
        Ok(Self {
            origin,
            size,
            root,
            extensions,
        })
    }

    /// Signs the checkpoint text and returns the signed note.
    pub fn sign(&self, signer: &NoteSigner) -> Result<String, CheckpointError> {
        let text = self.to_text();
        let parsed = Self::parse_text(&text)?;
        if parsed != *self {
            // Only a newline inside the origin or an extension gets here.
            return Err(CheckpointError::Malformed {
                line: 1,
                field: "origin",
                reason: "the origin and the extension lines must not contain newlines".to_owned(),
            });
        }
        Ok(signer.sign(&text)?)
    }

    /// Verifies that `note` is signed by `verifier` and parses its text.
    /// The origin is not compared with the key name: check it against the
    /// log's configuration.
    pub fn open(note: &[u8], verifier: &NoteVerifier) -> Result<Checkpoint, CheckpointError> {
        let note = open_note(note, verifier)?;
        Self::parse_text(&note.text)
    }
}

fn field_name(index: usize) -> &'static str {
    match index {
        0 => "origin",
        1 => "tree size",
        2 => "root hash",
        _ => "extension",
    }
}

fn parse_size(line: &str) -> Result<u64, String> {
    if !line.bytes().all(|b| b.is_ascii_digit()) {
        return Err(format!("{line:?} is not a decimal number"));
    }
    if line.len() > 1 && line.starts_with('0') {
        return Err(format!("{line:?} has a leading zero"));
    }
    line.parse()
        .map_err(|_| format!("{line:?} does not fit in 64 bits"))
}

fn parse_root(line: &str) -> Result<Hash, String> {
    let bytes = BASE64
        .decode(line)
        .map_err(|e| format!("{line:?} is not valid base64: {e}"))?;
    let len = bytes.len();
    bytes
        .try_into()
        .map_err(|_| format!("the root hash has {len} bytes, expected 32"))
}
