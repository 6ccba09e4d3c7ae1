//! `iotmark key` and `iotmark log`: signing keys and transparency logs
//! operated from the command line.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result, anyhow, bail};
use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as B64;
use clap::{Subcommand, ValueEnum};
use iotmark_tlog::checkpoint::Checkpoint;
use iotmark_tlog::file::{CHECKPOINT_FILE, FileStore, LogConfig};
use iotmark_tlog::hash::{Hash, leaf_hash};
use iotmark_tlog::log::Log;
use iotmark_tlog::note::NoteVerifier;
use iotmark_tlog::proof::{verify_consistency, verify_inclusion};

use crate::Outcome;

#[derive(Subcommand, Debug)]
pub(crate) enum KeyCommand {
    /// Create an Ed25519 signing key: FILE (PKCS#8 PEM, readable by its
    /// owner only) and FILE.pub (the C2SP verifier key, printed too).
    Generate {
        /// The key's name, as signatures show it (e.g. a certification
        /// body's domain: `cb.example.org`).
        #[arg(long)]
        name: String,
        /// Where to write the private key.
        #[arg(long, short = 'o')]
        output: PathBuf,
    },
    /// Make a new certification body key with the same name and log the
    /// rotation (a key event signed by the old and the new key): from then
    /// on, certify with the new key; the old one still signs status changes
    /// of the certificates it issued. Verifiers given the old key follow the
    /// rotation in the log (`iotmark verify --log`).
    Rotate {
        /// The key in use (PEM).
        #[arg(long)]
        key: PathBuf,
        /// Where to write the new private key.
        #[arg(long, short = 'o')]
        output: PathBuf,
        /// The log to record the rotation in.
        #[arg(long)]
        log: PathBuf,
        /// The day it takes effect (default: today).
        #[arg(long)]
        date: Option<chrono::NaiveDate>,
    },
    /// Log that a retired key was lost or exposed: certificates it signed
    /// stop verifying for anyone following the log.
    Withdraw {
        /// The key withdrawn: its verifier key (text or .pub file).
        withdrawn: String,
        /// The key in use, which signs the withdrawal (PEM).
        #[arg(long)]
        key: PathBuf,
        /// Why.
        #[arg(long)]
        reason: String,
        /// The log to record it in.
        #[arg(long)]
        log: PathBuf,
        /// The day it takes effect (default: today).
        #[arg(long)]
        date: Option<chrono::NaiveDate>,
    },
}

#[derive(Subcommand, Debug)]
pub(crate) enum LogCommand {
    /// Create an empty log in DIR, its checkpoints signed with KEY.
    Init {
        dir: PathBuf,
        /// The private key that signs checkpoints (from `iotmark key generate`).
        #[arg(long)]
        key: PathBuf,
        /// The log's origin line, e.g. `log.cb.example.org/certificates`.
        #[arg(long)]
        origin: String,
    },
    /// Append each file's bytes as one entry, in one batch: one sync, one
    /// new checkpoint.
    Append {
        dir: PathBuf,
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Print the latest signed checkpoint.
    Checkpoint { dir: PathBuf },
    /// Print a proof from the log.
    Prove {
        #[command(subcommand)]
        proof: ProveCommand,
    },
    /// Audit a whole log: recompute every hash, check every published
    /// checkpoint and tile, and that each checkpoint is consistent with the
    /// next.
    Verify {
        dir: PathBuf,
        /// The verifier key the checkpoints must be signed with (default:
        /// the one recorded in the log's log.json).
        #[arg(long)]
        key: Option<String>,
    },
    /// Given an old and a newer checkpoint of a log, demand the
    /// consistency proof from the log and check it: the log only grew.
    Monitor {
        /// The log to demand the proof from.
        dir: PathBuf,
        /// The checkpoint seen before (a signed note file).
        old: PathBuf,
        /// The newer checkpoint (default: the log's latest).
        new: Option<PathBuf>,
        /// The log's verifier key (`name+hash+base64`, or a .pub file).
        #[arg(long)]
        key: String,
    },
}

#[derive(Subcommand, Debug)]
pub(crate) enum ProveCommand {
    /// That an entry is in the tree of a checkpoint.
    Inclusion {
        dir: PathBuf,
        /// The entry's index.
        #[arg(long, conflicts_with = "entry", required_unless_present = "entry")]
        index: Option<u64>,
        /// A file whose bytes are the entry (found by its hash).
        #[arg(long)]
        entry: Option<PathBuf>,
        /// The tree size to prove against (default: the latest checkpoint's).
        #[arg(long)]
        size: Option<u64>,
        #[arg(long, value_enum, default_value_t = ProofFormat::Text)]
        format: ProofFormat,
    },
    /// That the tree of size OLD is a prefix of the tree of size NEW.
    Consistency {
        dir: PathBuf,
        #[arg(long)]
        old: u64,
        /// Default: the latest checkpoint's size.
        #[arg(long)]
        new: Option<u64>,
        #[arg(long, value_enum, default_value_t = ProofFormat::Text)]
        format: ProofFormat,
    },
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ProofFormat {
    /// One base64 hash per line, after a header line (the C2SP tlog-proof
    /// style).
    Text,
    Json,
}

pub(crate) fn key(command: KeyCommand) -> Result<Outcome> {
    match command {
        KeyCommand::Generate { name, output } => {
            let verifier = iotmark_cert::key::generate(&name, &output)?;
            println!("{}", verifier.to_vkey());
            eprintln!(
                "wrote {} (private, mode 600) and {}.pub",
                output.display(),
                output.display()
            );
            Ok(Outcome::Ok)
        }
        KeyCommand::Rotate {
            key,
            output,
            log,
            date,
        } => {
            let previous = iotmark_cert::key::load(&key)?;
            let mut opened = open_log(&log)?;
            let verifier = iotmark_cert::key::generate(previous.name(), &output)?;
            let new = iotmark_cert::key::load(&output)?;
            let day = date.unwrap_or_else(|| chrono::Utc::now().date_naive());
            let event = iotmark_cert::keyevent::rotation_event(&previous, &new, day, "");
            let (index, _) = opened.append_batch(&[event.to_bytes()])?;
            println!("{}", verifier.to_vkey());
            eprintln!(
                "wrote {} and {}.pub; the rotation from {} is log entry {index}",
                output.display(),
                output.display(),
                iotmark_cert::dsse::key_id(&previous.verifier())
            );
            Ok(Outcome::Ok)
        }
        KeyCommand::Withdraw {
            withdrawn,
            key,
            reason,
            log,
            date,
        } => {
            if reason.trim().is_empty() {
                bail!("--reason must say why the key is withdrawn");
            }
            let withdrawn = verifier_arg(&withdrawn)?;
            let by = iotmark_cert::key::load(&key)?;
            if by.verifier_key() == withdrawn.to_vkey() {
                bail!("a key cannot withdraw itself: sign with the key now in use");
            }
            let mut opened = open_log(&log)?;
            let day = date.unwrap_or_else(|| chrono::Utc::now().date_naive());
            let event = iotmark_cert::keyevent::withdrawal_event(&withdrawn, &by, day, &reason);
            let (index, _) = opened.append_batch(&[event.to_bytes()])?;
            eprintln!(
                "withdrew {} at log entry {index}",
                iotmark_cert::dsse::key_id(&withdrawn)
            );
            Ok(Outcome::Ok)
        }
    }
}

/// A verifier key given inline (`name+hash+base64`) or as a file holding one.
pub(crate) fn verifier_arg(arg: &str) -> Result<NoteVerifier> {
    let text = if arg.contains('+') && !Path::new(arg).exists() {
        arg.to_owned()
    } else {
        std::fs::read_to_string(arg)
            .with_context(|| format!("cannot read the verifier key file {arg}"))?
    };
    NoteVerifier::parse(text.trim()).map_err(|e| anyhow!("verifier key {arg}: {e}"))
}

/// Opens a log for appending, with the signing key its log.json names.
pub(crate) fn open_log(dir: &Path) -> Result<Log<FileStore>> {
    let config = LogConfig::read(dir)?;
    let signer = iotmark_cert::key::load_signer(&config.key_file)?;
    Ok(iotmark_tlog::file::open_log(dir, signer)?)
}

/// The latest signed checkpoint of the log in `dir`, as published.
fn latest_checkpoint(dir: &Path) -> Result<Vec<u8>> {
    LogConfig::read(dir)?;
    let path = dir.join(CHECKPOINT_FILE);
    match std::fs::read(&path) {
        Ok(b) => Ok(b),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            bail!("{} has no checkpoint yet", dir.display())
        }
        Err(e) => Err(e).with_context(|| format!("cannot read {}", path.display())),
    }
}

pub(crate) fn log(command: LogCommand) -> Result<Outcome> {
    match command {
        LogCommand::Init { dir, key, origin } => {
            let signer = iotmark_cert::key::load_signer(&key)?;
            let key = std::fs::canonicalize(&key)
                .with_context(|| format!("cannot resolve {}", key.display()))?;
            let store = FileStore::create(&dir, &origin, &signer.verifier(), &key)?;
            let log = Log::open(store, &origin, signer)?;
            eprintln!("created the log {origin} in {}", dir.display());
            if let Some(c) = log.checkpoint() {
                print!("{}", String::from_utf8_lossy(c));
            }
            Ok(Outcome::Ok)
        }
        LogCommand::Append { dir, files } => {
            let mut entries = Vec::with_capacity(files.len());
            for f in &files {
                entries.push(
                    std::fs::read(f).with_context(|| format!("cannot read {}", f.display()))?,
                );
            }
            let mut log = open_log(&dir)?;
            let (first, checkpoint) = log.append_batch(&entries)?;
            for (i, f) in files.iter().enumerate() {
                eprintln!("{}\t{}", first + i as u64, f.display());
            }
            print!("{}", String::from_utf8_lossy(&checkpoint));
            Ok(Outcome::Ok)
        }
        LogCommand::Checkpoint { dir } => {
            let note = latest_checkpoint(&dir)?;
            print!("{}", String::from_utf8_lossy(&note));
            Ok(Outcome::Ok)
        }
        LogCommand::Prove { proof } => prove(proof),
        LogCommand::Verify { dir, key } => {
            let verifier = match key {
                Some(k) => verifier_arg(&k)?,
                None => LogConfig::read(&dir)?.verifier()?,
            };
            let r = iotmark_tlog::audit::audit(&dir, &verifier)?;
            println!(
                "verified: {} entries, {} checkpoints each consistent with the next, {} tiles",
                r.entries, r.checkpoints, r.tiles
            );
            match r.latest_size {
                Some(n) => println!(
                    "latest checkpoint: {n} entries, root {}",
                    B64.encode(r.latest_root)
                ),
                None => println!("no checkpoint published yet"),
            }
            if r.unpublished > 0 {
                println!(
                    "{} entries stored after the latest checkpoint (published when the log is next opened)",
                    r.unpublished
                );
            }
            Ok(Outcome::Ok)
        }
        LogCommand::Monitor { dir, old, new, key } => monitor(&dir, &old, new.as_deref(), &key),
    }
}

fn latest(log: &Log<FileStore>, dir: &Path) -> Result<u64> {
    if log.size() == 0 {
        bail!("{} is empty: there is nothing to prove", dir.display());
    }
    Ok(log.size())
}

fn print_proof(format: ProofFormat, header: serde_json::Value, hashes: &[Hash]) {
    match format {
        ProofFormat::Json => {
            let mut v = header;
            v["proof"] = hashes.iter().map(|h| B64.encode(h)).collect();
            println!("{v:#}");
        }
        ProofFormat::Text => {
            if let Some(o) = header.as_object() {
                for (k, v) in o {
                    match v {
                        serde_json::Value::String(s) => println!("{k} {s}"),
                        other => println!("{k} {other}"),
                    }
                }
            }
            println!();
            for h in hashes {
                println!("{}", B64.encode(h));
            }
        }
    }
}

fn prove(command: ProveCommand) -> Result<Outcome> {
    match command {
        ProveCommand::Inclusion {
            dir,
            index,
            entry,
            size,
            format,
        } => {
            let log = open_log(&dir)?;
            let size = match size {
                Some(s) => s,
                None => latest(&log, &dir)?,
            };
            let index = match (index, entry) {
                (Some(i), _) => i,
                (None, Some(f)) => {
                    let bytes = std::fs::read(&f)
                        .with_context(|| format!("cannot read {}", f.display()))?;
                    let h = leaf_hash(&bytes);
                    (0..log.size())
                        .find(|i| log.tree().leaf(*i) == Some(h))
                        .ok_or_else(|| {
                            anyhow!("{} is not an entry of {}", f.display(), dir.display())
                        })?
                }
                (None, None) => bail!("give --index or --entry"),
            };
            let proof = log.tree().inclusion_proof(index, size)?;
            let root = log.tree().root_at(size)?;
            let leaf = log
                .tree()
                .leaf(index)
                .ok_or_else(|| anyhow!("index {index} is past the end of the log"))?;
            verify_inclusion(index, size, &leaf, &proof, &root)?;
            print_proof(
                format,
                serde_json::json!({
                    "index": index,
                    "size": size,
                    "leaf_hash": B64.encode(leaf),
                    "root": B64.encode(root),
                }),
                &proof,
            );
            Ok(Outcome::Ok)
        }
        ProveCommand::Consistency {
            dir,
            old,
            new,
            format,
        } => {
            let log = open_log(&dir)?;
            let new = match new {
                Some(s) => s,
                None => latest(&log, &dir)?,
            };
            let proof = log.tree().consistency_proof(old, new)?;
            let (r1, r2) = (log.tree().root_at(old)?, log.tree().root_at(new)?);
            verify_consistency(old, new, &r1, &r2, &proof)?;
            print_proof(
                format,
                serde_json::json!({
                    "old_size": old,
                    "new_size": new,
                    "old_root": B64.encode(r1),
                    "new_root": B64.encode(r2),
                }),
                &proof,
            );
            Ok(Outcome::Ok)
        }
    }
}

fn read_checkpoint(path: &Path, verifier: &NoteVerifier) -> Result<Checkpoint> {
    let bytes = std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))?;
    Checkpoint::open(&bytes, verifier).map_err(|e| anyhow!("{}: {e}", path.display()))
}

fn monitor(dir: &Path, old: &Path, new: Option<&Path>, key: &str) -> Result<Outcome> {
    let verifier = verifier_arg(key)?;
    let old = read_checkpoint(old, &verifier)?;
    let new = match new {
        Some(p) => read_checkpoint(p, &verifier)?,
        None => {
            let note = latest_checkpoint(dir)?;
            Checkpoint::open(&note, &verifier)
                .map_err(|e| anyhow!("{}: latest checkpoint: {e}", dir.display()))?
        }
    };
    if old.origin != new.origin {
        bail!(
            "the checkpoints are of different logs: {:?} and {:?}",
            old.origin,
            new.origin
        );
    }
    if new.size < old.size {
        bail!(
            "the newer checkpoint is smaller ({} entries) than the old one ({}): the log went back",
            new.size,
            old.size
        );
    }
    let log = open_log(dir)?;
    let proof = log.tree().consistency_proof(old.size, new.size)?;
    verify_consistency(old.size, new.size, &old.root, &new.root, &proof).map_err(|e| {
        anyhow!(
            "the log is NOT consistent: the tree of {} entries does not extend the checkpoint of {}: {e}",
            new.size,
            old.size
        )
    })?;
    println!(
        "consistent: {} grew from {} to {} entries (a proof of {} hashes checked)",
        new.origin,
        old.size,
        new.size,
        proof.len()
    );
    Ok(Outcome::Ok)
}
