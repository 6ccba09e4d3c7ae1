//! Ed25519 signing keys of certification bodies and logs, on disk.
//!
//! A key is two files:
//!
//! - `FILE`: the private key as PKCS#8 PEM (`-----BEGIN PRIVATE KEY-----`),
//!   created exclusively with mode `0600` — [`generate`] never overwrites a
//!   file, and [`load`] refuses a private key that group or others could
//!   read or write (`mode & 0o077 != 0`);
//! - `FILE.pub`: one line, the C2SP signed-note verifier key
//!   `name+hash+base64(0x01 || public key)` (see [`public_key_path`]).
//!
//! The key's name lives in the `.pub` file; loading checks that the `.pub`
//! belongs to the private key beside it.
//!
//! A [`NamedKey`] signs both DSSE envelopes (certificates and status events,
//! [`crate::dsse`]) and, through [`NamedKey::note_signer`], signed notes
//! (checkpoints); [`load_signer`] gives the note signer alone.

use std::fmt;
use std::fs::{self, File, OpenOptions};
use std::io::{Read as _, Write as _};
use std::path::{Path, PathBuf};

use ed25519_dalek::pkcs8::spki::der::pem::LineEnding;
use ed25519_dalek::pkcs8::{DecodePrivateKey as _, EncodePrivateKey as _};
use ed25519_dalek::{Signature, Signer as _, SigningKey};
use iotmark_tlog::note::{NoteError, NoteSigner, NoteVerifier};

/// An Ed25519 signing key with its C2SP key name.
pub struct NamedKey {
    key: SigningKey,
    note: NoteSigner,
}

impl fmt::Debug for NamedKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("NamedKey")
            .field("name", &self.name())
            .field("key_id", &format_args!("{:08x}", self.key_id()))
            .finish_non_exhaustive()
    }
}

impl NamedKey {
    /// A named key; the name follows the signed-note rules (not empty, no
    /// `+`, no whitespace).
    pub fn new(name: &str, key: SigningKey) -> Result<NamedKey, KeyError> {
        let note = NoteSigner::new(name, key.clone()).map_err(|source| KeyError::BadName {
            name: name.to_owned(),
            source,
        })?;
        Ok(NamedKey { key, note })
    }

    /// A fresh key from the operating system's randomness.
    pub fn generate(name: &str) -> Result<NamedKey, KeyError> {
        let mut seed = [0u8; 32];
        getrandom::fill(&mut seed).map_err(KeyError::Random)?;
        let key = SigningKey::from_bytes(&seed);
        seed.fill(0);
        NamedKey::new(name, key)
    }

    /// The key name.
    pub fn name(&self) -> &str {
        self.note.name()
    }

    /// The C2SP key id.
    pub fn key_id(&self) -> u32 {
        self.note.key_id()
    }

    /// The verifier (public) key.
    pub fn verifier(&self) -> NoteVerifier {
        self.note.verifier()
    }

    /// The verifier key line, `name+hash+base64`.
    pub fn verifier_key(&self) -> String {
        self.note.verifier().to_vkey()
    }

    /// The signed-note signer of this key (for checkpoints).
    pub fn note_signer(&self) -> &NoteSigner {
        &self.note
    }

    /// The signed-note signer, consuming the key.
    pub fn into_note_signer(self) -> NoteSigner {
        self.note
    }

    /// An Ed25519 signature over `message`.
    pub fn sign(&self, message: &[u8]) -> Signature {
        self.key.sign(message)
    }
}

/// What went wrong with a key file. Every message names the file.
#[derive(Debug, thiserror::Error)]
pub enum KeyError {
    /// The file to create already exists.
    #[error("`{}` already exists: refusing to overwrite a key file", path.display())]
    Exists {
        /// The existing file.
        path: PathBuf,
    },
    /// Reading or writing failed.
    #[error("cannot {action} `{}`: {source}", path.display())]
    Io {
        /// What was being done (`create`, `read`, …).
        action: &'static str,
        /// The file.
        path: PathBuf,
        /// The operating system's error.
        #[source]
        source: std::io::Error,
    },
    /// No randomness for a new key.
    #[error("the operating system gave no randomness for a new key: {0}")]
    Random(#[source] getrandom::Error),
    /// PKCS#8 encoding failed.
    #[error("cannot encode the key as PKCS#8 PEM: {0}")]
    Encode(String),
    /// The private key file is not PEM.
    #[error("`{}` is not a PEM file (expected a `-----BEGIN PRIVATE KEY-----` block)", path.display())]
    NotPem {
        /// The file.
        path: PathBuf,
    },
    /// The private key file is PEM but not a PKCS#8 Ed25519 key.
    #[error("`{}` is not a PKCS#8 Ed25519 private key: {detail}", path.display())]
    NotEd25519 {
        /// The file.
        path: PathBuf,
        /// What was found instead.
        detail: String,
    },
    /// Group or others may read or write the private key.
    #[error(
        "{} is readable by others (mode {mode:04o}): run chmod 600 {}",
        path.display(),
        path.display()
    )]
    ReadableByOthers {
        /// The private key file.
        path: PathBuf,
        /// Its permission bits.
        mode: u32,
    },
    /// The `.pub` file beside the private key is missing.
    #[error(
        "`{}` is missing: expected the verifier key line (name+hash+base64) of `{}` beside it",
        public.display(),
        private.display()
    )]
    MissingPublic {
        /// The missing `.pub` file.
        public: PathBuf,
        /// The private key file.
        private: PathBuf,
    },
    /// The `.pub` file is not a verifier key line.
    #[error("`{}` is not a C2SP verifier key line (name+hash+base64): {source}", path.display())]
    BadPublic {
        /// The file.
        path: PathBuf,
        /// Why.
        #[source]
        source: NoteError,
    },
    /// The `.pub` file belongs to another key.
    #[error(
        "`{}` does not match the private key `{}`: it holds `{found}`, the private key's verifier key is `{expected}`",
        public.display(),
        private.display()
    )]
    Mismatch {
        /// The `.pub` file.
        public: PathBuf,
        /// The private key file.
        private: PathBuf,
        /// The verifier key the private key gives.
        expected: String,
        /// The verifier key in the `.pub` file.
        found: String,
    },
    /// The key name breaks the signed-note rules.
    #[error("`{name}` cannot be a key name (not empty, no `+`, no spaces): {source}")]
    BadName {
        /// The name.
        name: String,
        /// Why.
        #[source]
        source: NoteError,
    },
}

fn io_error(action: &'static str, path: &Path) -> impl FnOnce(std::io::Error) -> KeyError {
    let path = path.to_owned();
    move |source| KeyError::Io {
        action,
        path,
        source,
    }
}

/// The verifier key file of the private key file `path`: `path` with `.pub`
/// appended (`key.pem` → `key.pem.pub`).
pub fn public_key_path(path: &Path) -> PathBuf {
    let mut os = path.as_os_str().to_owned();
    os.push(".pub");
    PathBuf::from(os)
}

/// The C2SP verifier key line of `key` under `name`:
/// `NoteSigner::new(name, key).verifier().to_vkey()`.
pub fn verifier_key(name: &str, key: &SigningKey) -> Result<String, KeyError> {
    Ok(NamedKey::new(name, key.clone())?.verifier_key())
}

fn create_exclusive(path: &Path, mode: u32) -> Result<File, KeyError> {
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt as _;
        options.mode(mode);
    }
    #[cfg(not(unix))]
    let _ = mode;
    options.open(path).map_err(|source| {
        if source.kind() == std::io::ErrorKind::AlreadyExists {
            KeyError::Exists {
                path: path.to_owned(),
            }
        } else {
            KeyError::Io {
                action: "create",
                path: path.to_owned(),
                source,
            }
        }
    })
}

/// Writes a new key named `name` to `path` (PKCS#8 PEM, mode 0600) and its
/// verifier key line to `path.pub` (mode 0644). Refuses if either file
/// exists; never overwrites. Returns the verifier.
pub fn generate(name: &str, path: &Path) -> Result<NoteVerifier, KeyError> {
    let key = NamedKey::generate(name)?;
    let public = public_key_path(path);
    for p in [path, public.as_path()] {
        if fs::symlink_metadata(p).is_ok() {
            return Err(KeyError::Exists { path: p.to_owned() });
        }
    }
    let pem = key
        .key
        .to_pkcs8_pem(LineEnding::LF)
        .map_err(|e| KeyError::Encode(e.to_string()))?;

    let mut file = create_exclusive(path, 0o600)?;
    let written = file
        .write_all(pem.as_bytes())
        .and_then(|()| file.sync_all())
        .map_err(io_error("write", path));
    if let Err(e) = written {
        // The file is ours (created just now): leave no half-written key.
        let _ = fs::remove_file(path);
        return Err(e);
    }
    drop(file);

    let line = format!("{}\n", key.verifier_key());
    let public_written = create_exclusive(&public, 0o644).and_then(|mut f| {
        f.write_all(line.as_bytes())
            .and_then(|()| f.sync_all())
            .map_err(io_error("write", &public))
    });
    if let Err(e) = public_written {
        let _ = fs::remove_file(path);
        if !matches!(e, KeyError::Exists { .. }) {
            let _ = fs::remove_file(&public);
        }
        return Err(e);
    }
    Ok(key.verifier())
}

/// Reads a verifier key file (one line, `name+hash+base64`), such as
/// `key.pem.pub`.
pub fn load_verifier(path: &Path) -> Result<NoteVerifier, KeyError> {
    let text = fs::read_to_string(path).map_err(io_error("read", path))?;
    NoteVerifier::parse(text.trim_end_matches(['\n', '\r'])).map_err(|source| KeyError::BadPublic {
        path: path.to_owned(),
        source,
    })
}

fn read_private(path: &Path) -> Result<SigningKey, KeyError> {
    let mut file = File::open(path).map_err(io_error("open", path))?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        let mode = file
            .metadata()
            .map_err(io_error("inspect", path))?
            .permissions()
            .mode()
            & 0o7777;
        if mode & 0o077 != 0 {
            return Err(KeyError::ReadableByOthers {
                path: path.to_owned(),
                mode,
            });
        }
    }
    let mut bytes = Vec::new();
    file.read_to_end(&mut bytes)
        .map_err(io_error("read", path))?;
    let not_pem = || KeyError::NotPem {
        path: path.to_owned(),
    };
    let text = std::str::from_utf8(&bytes).map_err(|_| not_pem())?;
    let label = text
        .trim_start()
        .strip_prefix("-----BEGIN ")
        .and_then(|rest| rest.split_once("-----"))
        .map(|(label, _)| label)
        .ok_or_else(not_pem)?;
    if label != "PRIVATE KEY" {
        return Err(KeyError::NotEd25519 {
            path: path.to_owned(),
            detail: format!("it holds a `{label}` PEM block, not `PRIVATE KEY` (PKCS#8)"),
        });
    }
    SigningKey::from_pkcs8_pem(text.trim()).map_err(|e| KeyError::NotEd25519 {
        path: path.to_owned(),
        detail: e.to_string(),
    })
}

/// Reads the key at `path` with its name from `path.pub`.
///
/// Refuses a private key file whose mode gives group or others any access,
/// a file that is not a PKCS#8 Ed25519 PEM key, a missing or malformed
/// `.pub`, and a `.pub` of another key.
pub fn load(path: &Path) -> Result<NamedKey, KeyError> {
    let key = read_private(path)?;
    let public = public_key_path(path);
    if fs::symlink_metadata(&public).is_err() {
        return Err(KeyError::MissingPublic {
            public,
            private: path.to_owned(),
        });
    }
    let verifier = load_verifier(&public)?;
    let named = NamedKey::new(verifier.name(), key)?;
    let expected = named.verifier_key();
    let found = verifier.to_vkey();
    if expected != found {
        return Err(KeyError::Mismatch {
            public,
            private: path.to_owned(),
            expected,
            found,
        });
    }
    Ok(named)
}

/// Reads the key at `path` (see [`load`]) as a signed-note signer.
pub fn load_signer(path: &Path) -> Result<NoteSigner, KeyError> {
    load(path).map(NamedKey::into_note_signer)
}
