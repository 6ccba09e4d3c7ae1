//! Durability: the file store, group commit, recovery, audits and crashes.
//!
//! The crash test re-executes this test binary as a child process
//! (`durable::crash_child`, ignored when run on its own) that appends to a
//! log until it is killed with SIGKILL, many times over on one directory.
//! `IOTMARK_CRASH_ROUNDS` sets the number of kills (default 200); the log
//! directory is reused for `IOTMARK_CRASH_ROUNDS_PER_DIR` kills (default
//! 250) before a new one is started, which bounds the time a long run spends
//! reopening an ever larger log in a debug build.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::fs;
use std::io::{BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::{Arc, mpsc};
use std::thread;
use std::time::{Duration, Instant};

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as BASE64;
use ed25519_dalek::SigningKey;

use iotmark_tlog::audit::audit;
use iotmark_tlog::checkpoint::Checkpoint;
use iotmark_tlog::file::{FileStore, open_log};
use iotmark_tlog::hash::{Hash, leaf_hash};
use iotmark_tlog::log::{Log, LogError, Sequencer};
use iotmark_tlog::note::{NoteSigner, NoteVerifier};
use iotmark_tlog::proof::{verify_consistency, verify_inclusion};
use iotmark_tlog::store::{LogStore, MemoryStore, StoreError};
use iotmark_tlog::tile::{entries_path, entry_bundle, tile_data, tile_path, tiles_for};
use iotmark_tlog::tree::MemoryTree;

const ORIGIN: &str = "iotmark.test/durable";
const KEY_NAME: &str = "iotmark.test/durable-key";

fn signer() -> NoteSigner {
    NoteSigner::new(KEY_NAME, SigningKey::from_bytes(&[7u8; 32])).expect("test key")
}

fn other_signer() -> NoteSigner {
    NoteSigner::new(KEY_NAME, SigningKey::from_bytes(&[8u8; 32])).expect("test key")
}

fn verifier() -> NoteVerifier {
    signer().verifier()
}

/// splitmix64: a small deterministic generator for test data and timings.
#[derive(Clone, Debug)]
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `lo..=hi`.
    fn range(&mut self, lo: u64, hi: u64) -> u64 {
        lo + self.next() % (hi - lo + 1)
    }
}

/// Entry `i`: deterministic bytes, 12 to about 170 bytes long.
fn entry_bytes(i: u64) -> Vec<u8> {
    let mut rng = Rng(i ^ 0x5EED);
    let len = rng.range(0, 160) as usize;
    let mut bytes = format!("entry {i}:").into_bytes();
    bytes.extend((0..len).map(|_| rng.next() as u8));
    bytes
}

fn entries(range: std::ops::Range<u64>) -> Vec<Vec<u8>> {
    range.map(entry_bytes).collect()
}

/// A new log in `dir` (which must not exist or be empty).
fn create_log(dir: &Path) -> Log<FileStore> {
    let store = FileStore::create(dir, ORIGIN, &verifier(), Path::new("/keys/durable.pem"))
        .expect("creating the log");
    Log::open(store, ORIGIN, signer()).expect("opening the log")
}

/// Every file under `dir` with its bytes.
fn snapshot(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    fn walk(dir: &Path, out: &mut BTreeMap<PathBuf, Vec<u8>>) {
        for item in fs::read_dir(dir).expect("reading a directory") {
            let path = item.expect("reading a directory").path();
            if path.is_dir() {
                walk(&path, out);
            } else {
                out.insert(path.clone(), fs::read(&path).expect("reading a file"));
            }
        }
    }
    let mut out = BTreeMap::new();
    walk(dir, &mut out);
    out
}

/// The byte offset of each record in an `entries` or `checkpoints` file.
fn record_offsets(file: &Path) -> Vec<u64> {
    let bytes = fs::read(file).expect("reading a record file");
    let mut offsets = Vec::new();
    let mut at = 0usize;
    while at < bytes.len() {
        offsets.push(at as u64);
        let len = u32::from_be_bytes(bytes[at..at + 4].try_into().expect("4 bytes")) as usize;
        at += 8 + len;
    }
    offsets
}

fn flip_byte(file: &Path, at: u64) {
    let mut bytes = fs::read(file).expect("reading the file to alter");
    bytes[at as usize] ^= 0x20;
    fs::write(file, bytes).expect("writing the altered file");
}

fn open_checkpoint(note: &[u8]) -> Checkpoint {
    Checkpoint::open(note, &verifier()).expect("a checkpoint signed by the test key")
}

/// Checks every tile file of a tree of `size` leaves against hashes computed
/// independently from the entries.
fn check_tiles(dir: &Path, all: &[Vec<u8>], size: u64) {
    let leaves: Vec<Hash> = all[..size as usize].iter().map(|e| leaf_hash(e)).collect();
    let tree = MemoryTree::from_leaves(leaves.iter().copied());
    for (level, index, width) in tiles_for(size) {
        let path = tile_path(level, index, width);
        let data = fs::read(dir.join(&path)).unwrap_or_else(|e| panic!("{path}: {e}"));
        assert_eq!(data, tile_data(&tree, level, index, width), "{path}");
        assert_eq!(data.len() as u64, width * 32, "{path}");
        // Each hash is the root of its 256^level leaves, computed afresh.
        let span = 1usize << (8 * u32::from(level));
        for (j, hash) in data.chunks(32).enumerate() {
            let start = (index as usize * 256 + j) * span;
            let sub = MemoryTree::from_leaves(leaves[start..start + span].iter().copied());
            assert_eq!(hash, sub.root(), "{path}: hash {j}");
        }
        if level == 0 {
            let path = entries_path(index, width);
            let bundle = fs::read(dir.join(&path)).unwrap_or_else(|e| panic!("{path}: {e}"));
            let start = index as usize * 256;
            let refs: Vec<&[u8]> = all[start..start + width as usize]
                .iter()
                .map(Vec::as_slice)
                .collect();
            assert_eq!(bundle, entry_bundle(&refs), "{path}");
        }
    }
}

#[test]
fn append_reopen_tiles_and_checkpoints() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("log");
    let mut log = create_log(&dir);
    assert_eq!(log.size(), 0);
    let empty = open_checkpoint(log.checkpoint().unwrap());
    assert_eq!((empty.size, empty.origin.as_str()), (0, ORIGIN));

    let mut all = Vec::new();
    let mut sizes = vec![0];
    for n in [1u64, 5, 250, 1, 300, 700, 3, 255, 1] {
        let first = all.len() as u64;
        let batch = entries(first..first + n);
        let (start, note) = log.append_batch(&batch).unwrap();
        assert_eq!(start, first);
        all.extend(batch);
        let checkpoint = open_checkpoint(&note);
        assert_eq!(checkpoint.size, all.len() as u64);
        assert_eq!(checkpoint.root, log.tree().root());
        assert_eq!(log.checkpoint(), Some(note.as_slice()));
        sizes.push(checkpoint.size);
    }
    let size = log.size();
    let root = log.tree().root();
    let note = log.checkpoint().unwrap().to_vec();
    // An empty batch changes nothing.
    assert_eq!(log.append_batch(&[]).unwrap(), (size, note.clone()));
    drop(log);

    let log = open_log(&dir, signer()).unwrap();
    assert_eq!(log.size(), size);
    assert_eq!(log.tree().root(), root);
    assert_eq!(log.checkpoint(), Some(note.as_slice()));
    for (i, entry) in all.iter().enumerate() {
        assert_eq!(&log.entry(i as u64).unwrap(), entry, "entry {i}");
    }
    assert!(matches!(
        log.entry(size),
        Err(LogError::Store(StoreError::NoEntry { .. }))
    ));
    // The history holds every published checkpoint, in order.
    let history = log.store().checkpoints().unwrap();
    let history_sizes: Vec<u64> = history.iter().map(|n| open_checkpoint(n).size).collect();
    assert_eq!(history_sizes, sizes);
    // Inclusion proofs against the latest checkpoint.
    let latest = open_checkpoint(&note);
    for i in [0, 1, 255, 256, 1000, size - 1] {
        let proof = log.tree().inclusion_proof(i, size).unwrap();
        verify_inclusion(i, size, &leaf_hash(&all[i as usize]), &proof, &latest.root).unwrap();
    }
    drop(log);

    // The tiles of the latest size, and the partial tiles of every size.
    check_tiles(&dir, &all, size);
    for &s in &sizes {
        for (level, index, width) in tiles_for(s).into_iter().filter(|t| t.2 < 256) {
            assert!(dir.join(tile_path(level, index, width)).is_file());
        }
    }
    let report = audit(&dir, &verifier()).unwrap();
    assert_eq!(report.entries, size);
    assert_eq!(report.latest_size, Some(size));
    assert_eq!(report.latest_root, root);
    assert_eq!(report.checkpoints, sizes.len() as u64);
    assert_eq!(report.unpublished, 0);
    assert!(!report.live);
}

#[test]
fn tiles_above_level_one() {
    // 66,000 entries: full level-1 tile, partial level-2 tile.
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("log");
    let mut log = create_log(&dir);
    let all: Vec<Vec<u8>> = (0..66_000u64).map(|i| i.to_be_bytes().to_vec()).collect();
    for chunk in all.chunks(16_500) {
        log.append_batch(chunk).unwrap();
    }
    assert_eq!(log.size(), 66_000);
    drop(log);
    assert!(dir.join("tile/1/000").is_file());
    assert!(dir.join("tile/2/000.p/1").is_file());
    check_tiles(&dir, &all, 66_000);
    audit(&dir, &verifier()).unwrap();
}

#[test]
fn memory_store_publishes_the_same_tiles() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("log");
    let mut on_disk = create_log(&dir);
    let mut in_memory = Log::open(MemoryStore::new(), ORIGIN, signer()).unwrap();
    for n in [3u64, 300, 1, 500] {
        let first = on_disk.size();
        let batch = entries(first..first + n);
        let a = on_disk.append_batch(&batch).unwrap();
        let b = in_memory.append_batch(&batch).unwrap();
        assert_eq!(a, b);
    }
    drop(on_disk);
    let files = snapshot(&dir.join("tile"));
    let tiles = in_memory.store().tiles();
    assert_eq!(files.len(), tiles.len());
    for (path, data) in tiles {
        assert_eq!(files.get(&dir.join(path)), Some(data), "{path}");
    }
}

#[test]
fn create_refuses_a_non_empty_directory() {
    let tmp = tempfile::tempdir().unwrap();
    fs::write(tmp.path().join("notes.txt"), "keep me").unwrap();
    let before = snapshot(tmp.path());
    let err = FileStore::create(tmp.path(), ORIGIN, &verifier(), Path::new("/k.pem")).unwrap_err();
    assert!(err.to_string().contains("not empty"), "{err}");
    assert_eq!(snapshot(tmp.path()), before);
    // An origin must be one line.
    let err = FileStore::create(
        &tmp.path().join("new"),
        "a\nb",
        &verifier(),
        Path::new("/k.pem"),
    )
    .unwrap_err();
    assert!(err.to_string().contains("origin"), "{err}");
}

#[test]
fn a_log_open_for_writing_is_locked() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("log");
    let log = create_log(&dir);
    let err = FileStore::open(&dir).unwrap_err();
    assert!(matches!(err, StoreError::Locked { .. }), "{err}");
    assert!(err.to_string().contains("locked"), "{err}");
    // An audit of a live log works on a snapshot.
    let report = audit(&dir, &verifier()).unwrap();
    assert!(report.live);
    drop(log);
    FileStore::open(&dir).unwrap();
}

/// A log with 40 entries in four batches, closed.
fn small_log(dir: &Path) -> Vec<Vec<u8>> {
    let mut log = create_log(dir);
    let mut all = Vec::new();
    for n in [10u64, 10, 10, 10] {
        let batch = entries(all.len() as u64..all.len() as u64 + n);
        log.append_batch(&batch).expect("appending");
        all.extend(batch);
    }
    all
}

/// Opening `dir` fails with a message containing every one of `needles`,
/// and changes no file.
fn open_fails(dir: &Path, needles: &[&str]) -> String {
    let before = snapshot(dir);
    let err = match open_log(dir, signer()) {
        Ok(_) => panic!("opening {} succeeded", dir.display()),
        Err(err) => err.to_string(),
    };
    for needle in needles {
        assert!(err.contains(needle), "{needle:?} not in: {err}");
    }
    assert_eq!(snapshot(dir), before, "opening altered the files ({err})");
    err
}

#[test]
fn bad_log_json() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("log");
    small_log(&dir);
    let config_path = dir.join("log.json");
    let good = fs::read_to_string(&config_path).unwrap();
    let value: serde_json::Value = serde_json::from_str(&good).unwrap();
    assert_eq!(value["format"], "iotmark-tlog");
    assert_eq!(value["version"], 1);
    assert_eq!(value["origin"], ORIGIN);
    assert_eq!(value["verifier_key"], verifier().to_vkey());
    assert_eq!(value["key_file"], "/keys/durable.pem");

    let with = |edit: &dyn Fn(&mut serde_json::Map<String, serde_json::Value>)| {
        let mut value = value.clone();
        edit(value.as_object_mut().unwrap());
        serde_json::to_string_pretty(&value).unwrap()
    };
    let cases: Vec<(String, Vec<&str>)> = vec![
        (
            "{\"format\": ".to_owned(),
            vec!["log.json", "not valid JSON"],
        ),
        ("[1, 2]".to_owned(), vec!["log.json", "not a JSON object"]),
        (
            with(&|m| {
                m.remove("origin");
            }),
            vec!["log.json", "field \"origin\"", "missing"],
        ),
        (
            with(&|m| {
                m.remove("verifier_key");
            }),
            vec!["log.json", "field \"verifier_key\"", "missing"],
        ),
        (
            with(&|m| {
                m.insert("version".into(), 2.into());
            }),
            vec![
                "log.json",
                "field \"version\"",
                "unsupported format version 2",
            ],
        ),
        (
            with(&|m| {
                m.insert("format".into(), "something-else".into());
            }),
            vec!["log.json", "field \"format\"", "something-else"],
        ),
        (
            with(&|m| {
                m.insert("verifier_key".into(), "not a key".into());
            }),
            vec!["log.json", "field \"verifier_key\"", "not a verifier key"],
        ),
        (
            with(&|m| {
                m.insert("key_file".into(), "relative.pem".into());
            }),
            vec!["log.json", "field \"key_file\"", "absolute"],
        ),
        (
            with(&|m| {
                m.insert("extra".into(), true.into());
            }),
            vec!["log.json", "field \"extra\"", "unknown field"],
        ),
    ];
    for (text, needles) in cases {
        fs::write(&config_path, &text).unwrap();
        open_fails(&dir, &needles);
    }
    fs::remove_file(&config_path).unwrap();
    open_fails(&dir, &["log.json", "missing"]);
    fs::write(&config_path, &good).unwrap();

    // Another key than the one log.json names.
    let before = snapshot(&dir);
    let err = open_log(&dir, other_signer()).unwrap_err().to_string();
    assert!(err.contains("log.json names"), "{err}");
    assert_eq!(snapshot(&dir), before);
    open_log(&dir, signer()).unwrap();
}

#[test]
fn corrupt_entry_before_the_checkpoint() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("log");
    small_log(&dir);
    let path = dir.join("entries");
    let offsets = record_offsets(&path);
    assert_eq!(offsets.len(), 40);
    // A byte of entry 17's payload.
    flip_byte(&path, offsets[17] + 6);
    let err = open_fails(
        &dir,
        &[
            "entries",
            "record 17",
            &format!("byte offset {}", offsets[17]),
            "checksum mismatch",
        ],
    );
    assert!(err.contains(&path.display().to_string()), "{err}");
    // The audit names it too.
    let err = audit(&dir, &verifier()).unwrap_err().to_string();
    assert!(
        err.contains("entry 17") && err.contains(&format!("byte offset {}", offsets[17])),
        "{err}"
    );

    // A damaged length field in the middle.
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("log");
    small_log(&dir);
    let path = dir.join("entries");
    flip_byte(&path, offsets[25] + 1);
    open_fails(
        &dir,
        &[
            "entries",
            "record 25",
            &format!("byte offset {}", offsets[25]),
        ],
    );
}

#[test]
fn entries_shorter_than_the_checkpoint() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("log");
    small_log(&dir);
    let path = dir.join("entries");
    let offsets = record_offsets(&path);
    let bytes = fs::read(&path).unwrap();
    fs::write(&path, &bytes[..offsets[30] as usize]).unwrap();
    open_fails(&dir, &["entries", "holds 30 entries", "covers 40"]);
}

#[test]
fn checkpoint_that_does_not_match_the_entries() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("log");
    let all = small_log(&dir);
    let good = fs::read(dir.join("checkpoint")).unwrap();

    // A well-signed checkpoint with another root.
    let forged = Checkpoint {
        origin: ORIGIN.to_owned(),
        size: 40,
        root: [0x42; 32],
        extensions: Vec::new(),
    }
    .sign(&signer())
    .unwrap();
    fs::write(dir.join("checkpoint"), &forged).unwrap();
    open_fails(
        &dir,
        &["checkpoint (size 40)", "has root", "hash to", "altered"],
    );
    let err = audit(&dir, &verifier()).unwrap_err().to_string();
    assert!(
        err.contains("checkpoint") && err.contains("is not the root"),
        "{err}"
    );

    // Signed by another key.
    let other = Checkpoint::open(&good, &verifier())
        .unwrap()
        .sign(&other_signer())
        .unwrap();
    fs::write(dir.join("checkpoint"), &other).unwrap();
    open_fails(&dir, &["does not verify with the log's key"]);

    // Another origin.
    let elsewhere = Checkpoint {
        origin: "elsewhere.test/log".to_owned(),
        ..Checkpoint::open(&good, &verifier()).unwrap()
    }
    .sign(&signer())
    .unwrap();
    fs::write(dir.join("checkpoint"), &elsewhere).unwrap();
    open_fails(&dir, &["origin", "elsewhere.test/log"]);

    // Not a checkpoint at all.
    fs::write(dir.join("checkpoint"), b"garbage\n").unwrap();
    open_fails(&dir, &["checkpoint", "not a valid checkpoint"]);

    // An entry replaced by another valid record (checksum recomputed): the
    // root no longer matches.
    fs::write(dir.join("checkpoint"), &good).unwrap();
    let path = dir.join("entries");
    let mut bytes = Vec::new();
    for (i, entry) in all.iter().enumerate() {
        let entry = if i == 5 {
            b"forged".to_vec()
        } else {
            entry.clone()
        };
        bytes.extend_from_slice(&(entry.len() as u32).to_be_bytes());
        bytes.extend_from_slice(&entry);
        bytes.extend_from_slice(&sha2_prefix(&entry));
    }
    fs::write(&path, bytes).unwrap();
    open_fails(&dir, &["checkpoint (size 40)", "hash to"]);
    let err = audit(&dir, &verifier()).unwrap_err().to_string();
    assert!(err.contains("entry 5"), "{err}");
}

fn sha2_prefix(bytes: &[u8]) -> [u8; 4] {
    use sha2::Digest as _;
    let digest = sha2::Sha256::digest(bytes);
    [digest[0], digest[1], digest[2], digest[3]]
}

#[test]
fn oversized_entries_are_rejected() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("log");
    small_log(&dir);
    let mut log = open_log(&dir, signer()).unwrap();
    let before = snapshot(&dir);
    let batch = vec![b"fine".to_vec(), vec![0u8; 65_536]];
    let err = log.append_batch(&batch).unwrap_err();
    assert!(
        matches!(
            err,
            LogError::EntryTooLarge {
                index: 1,
                len: 65_536
            }
        ),
        "{err}"
    );
    let message = err.to_string();
    assert!(
        message.contains("65536 bytes") && message.contains("65,535"),
        "{message}"
    );
    assert_eq!(log.size(), 40);
    assert_eq!(snapshot(&dir), before);
    // The largest entry fits, and round-trips through an entry bundle.
    let (index, _) = log.append_batch(&[vec![0xAB; 65_535]]).unwrap();
    assert_eq!(index, 40);
    let sequencer = Sequencer::start(log, 16, Duration::ZERO);
    let err = sequencer.append(vec![0; 100_000]).unwrap_err();
    assert!(err.to_string().contains("65,535"), "{err}");
    let log = sequencer.shutdown().unwrap();
    assert_eq!(log.entry(40).unwrap(), vec![0xAB; 65_535]);
    drop(log);
    audit(&dir, &verifier()).unwrap();
}

#[test]
fn torn_tails_are_cut_and_unpublished_entries_published() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("log");
    let all = small_log(&dir);
    let entries_file = dir.join("entries");
    let history_file = dir.join("checkpoints");
    let clean_entries = fs::read(&entries_file).unwrap();

    // A crash during a write: half a record after the last entry, and half a
    // record after the last checkpoint in the history.
    let mut torn = clean_entries.clone();
    torn.extend_from_slice(&[0, 0, 0, 50, 1, 2, 3]);
    fs::write(&entries_file, &torn).unwrap();
    let mut history = fs::read(&history_file).unwrap();
    let clean_history_len = history.len();
    history.extend_from_slice(&[0, 0, 1]);
    fs::write(&history_file, &history).unwrap();
    // An audit before the repair reports the torn tail.
    let err = audit(&dir, &verifier()).unwrap_err().to_string();
    assert!(
        err.contains("checkpoints") && err.contains("incomplete"),
        "{err}"
    );

    let mut log = open_log(&dir, signer()).unwrap();
    assert_eq!(log.size(), 40);
    let batch = entries(40..45);
    log.append_batch(&batch).unwrap();
    drop(log);
    let mut expected = clean_entries.clone();
    for entry in &batch {
        expected.extend_from_slice(&(entry.len() as u32).to_be_bytes());
        expected.extend_from_slice(entry);
        expected.extend_from_slice(&sha2_prefix(entry));
    }
    assert_eq!(fs::read(&entries_file).unwrap(), expected);
    assert_eq!(record_offsets(&history_file).len(), 6);
    assert!(fs::read(&history_file).unwrap().len() > clean_history_len);
    audit(&dir, &verifier()).unwrap();

    // A crash after entries were synced but before their checkpoint: they
    // are kept and published at open, extending the last checkpoint.
    let before = open_checkpoint(&fs::read(dir.join("checkpoint")).unwrap());
    let mut bytes = fs::read(&entries_file).unwrap();
    for entry in entries(45..50) {
        bytes.extend_from_slice(&(entry.len() as u32).to_be_bytes());
        bytes.extend_from_slice(&entry);
        bytes.extend_from_slice(&sha2_prefix(&entry));
    }
    fs::write(&entries_file, &bytes).unwrap();
    let report = audit(&dir, &verifier()).unwrap();
    assert_eq!(report.unpublished, 5);
    let log = open_log(&dir, signer()).unwrap();
    assert_eq!(log.size(), 50);
    let after = open_checkpoint(log.checkpoint().unwrap());
    assert_eq!(after.size, 50);
    let proof = log.tree().consistency_proof(45, 50).unwrap();
    verify_consistency(45, 50, &before.root, &after.root, &proof).unwrap();
    assert_eq!(log.entry(47).unwrap(), entry_bytes(47));
    assert_eq!(log.entry(3).unwrap(), all[3]);
    drop(log);
    audit(&dir, &verifier()).unwrap();
}

#[test]
fn audit_finds_every_altered_byte() {
    let build = |tmp: &tempfile::TempDir| {
        let dir = tmp.path().join("log");
        let mut log = create_log(&dir);
        for n in [100u64, 200, 7] {
            let first = log.size();
            log.append_batch(&entries(first..first + n)).unwrap();
        }
        dir
    };
    let tmp = tempfile::tempdir().unwrap();
    let dir = build(&tmp);
    let report = audit(&dir, &verifier()).unwrap();
    assert_eq!(report.entries, 307);
    assert_eq!(report.checkpoints, 4);
    assert!(report.tiles >= 6, "{report:?}");
    // The wrong key.
    let err = audit(&dir, &other_signer().verifier())
        .unwrap_err()
        .to_string();
    assert!(err.contains("verifier_key"), "{err}");

    // One byte in entries.
    let tmp = tempfile::tempdir().unwrap();
    let dir = build(&tmp);
    let offsets = record_offsets(&dir.join("entries"));
    flip_byte(&dir.join("entries"), offsets[123] + 20);
    let err = audit(&dir, &verifier()).unwrap_err().to_string();
    assert!(
        err.contains("entries")
            && err.contains("entry 123")
            && err.contains(&format!("byte offset {}", offsets[123])),
        "{err}"
    );

    // One byte in the latest checkpoint (its text, its signature).
    for at in [2u64, 60] {
        let tmp = tempfile::tempdir().unwrap();
        let dir = build(&tmp);
        flip_byte(&dir.join("checkpoint"), at);
        let err = audit(&dir, &verifier()).unwrap_err().to_string();
        let path = dir.join("checkpoint").display().to_string();
        assert!(err.starts_with(&format!("{path}: ")), "{err}");
    }

    // One byte in a checkpoint of the history.
    let tmp = tempfile::tempdir().unwrap();
    let dir = build(&tmp);
    let offsets = record_offsets(&dir.join("checkpoints"));
    flip_byte(&dir.join("checkpoints"), offsets[2] + 30);
    let err = audit(&dir, &verifier()).unwrap_err().to_string();
    assert!(
        err.contains("checkpoints")
            && err.contains(&format!(
                "checkpoint 2 (record at byte offset {})",
                offsets[2]
            )),
        "{err}"
    );

    // One byte in each kind of tile.
    for (tile, needle) in [
        ("tile/0/000", "byte 4000 differs"),
        ("tile/0/001.p/51", "byte 100 differs"),
        ("tile/1/000.p/1", "byte 3 differs"),
        ("tile/entries/000", "byte 500 differs"),
        ("tile/entries/001.p/51", "byte 7 differs"),
        ("tile/0/000.p/100", "byte 0 differs"),
    ] {
        let tmp = tempfile::tempdir().unwrap();
        let dir = build(&tmp);
        let at: u64 = needle
            .trim_start_matches("byte ")
            .trim_end_matches(" differs")
            .parse()
            .unwrap();
        flip_byte(&dir.join(tile), at);
        let err = audit(&dir, &verifier()).unwrap_err().to_string();
        assert!(err.contains(tile) && err.contains(needle), "{tile}: {err}");
        if tile.starts_with("tile/0/000") && !tile.contains(".p") {
            assert!(err.contains("entry 125"), "{err}");
        }
    }

    // A tile that is missing, and a file that is not a tile.
    let tmp = tempfile::tempdir().unwrap();
    let dir = build(&tmp);
    fs::remove_file(dir.join("tile/0/001.p/51")).unwrap();
    let err = audit(&dir, &verifier()).unwrap_err().to_string();
    assert!(
        err.contains("tile/0/001.p/51") && err.contains("missing"),
        "{err}"
    );
    let tmp = tempfile::tempdir().unwrap();
    let dir = build(&tmp);
    fs::write(dir.join("tile/0/junk"), b"x").unwrap();
    let err = audit(&dir, &verifier()).unwrap_err().to_string();
    assert!(
        err.contains("tile/0/junk") && err.contains("not a tile path"),
        "{err}"
    );
}

#[test]
fn sequencer_batches_many_writers() {
    const THREADS: u64 = 8;
    const PER_THREAD: u64 = 500;
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("log");
    let log = create_log(&dir);
    let sequencer = Sequencer::start(log, 256, Duration::from_millis(2));
    let payload = |t: u64, k: u64| format!("writer {t} entry {k}").into_bytes();
    let answers: Vec<Vec<(u64, Arc<Vec<u8>>)>> = thread::scope(|s| {
        let handles: Vec<_> = (0..THREADS)
            .map(|t| {
                let sequencer = &sequencer;
                s.spawn(move || {
                    (0..PER_THREAD)
                        .map(|k| sequencer.append(payload(t, k)).unwrap())
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    let log = sequencer.shutdown().unwrap();
    let total = THREADS * PER_THREAD;
    assert_eq!(log.size(), total);

    let mut indices = HashSet::new();
    let mut by_size: HashMap<u64, Checkpoint> = HashMap::new();
    let final_root = log.tree().root();
    for (t, answers) in answers.iter().enumerate() {
        let mut last_size = 0;
        for (k, (index, note)) in answers.iter().enumerate() {
            assert!(indices.insert(*index), "index {index} given twice");
            let entry = payload(t as u64, k as u64);
            assert_eq!(log.entry(*index).unwrap(), entry);
            let checkpoint = open_checkpoint(note);
            assert!(checkpoint.size > *index);
            assert!(checkpoint.size >= last_size, "checkpoints went backwards");
            last_size = checkpoint.size;
            // One checkpoint per size, and it is the root of the entries.
            let known = by_size
                .entry(checkpoint.size)
                .or_insert_with(|| checkpoint.clone());
            assert_eq!(known, &checkpoint);
            assert_eq!(
                log.tree().root_at(checkpoint.size).unwrap(),
                checkpoint.root
            );
            let proof = log.tree().inclusion_proof(*index, checkpoint.size).unwrap();
            verify_inclusion(
                *index,
                checkpoint.size,
                &leaf_hash(&entry),
                &proof,
                &checkpoint.root,
            )
            .unwrap();
        }
    }
    assert_eq!(indices.len() as u64, total);
    assert_eq!(*indices.iter().max().unwrap(), total - 1);
    let batches = by_size.len() as u64;
    assert!(
        batches * 3 < total,
        "{batches} checkpoints for {total} entries: no batching"
    );
    // Every checkpoint answered is consistent with the final tree.
    for (size, checkpoint) in &by_size {
        let proof = log.tree().consistency_proof(*size, total).unwrap();
        verify_consistency(*size, total, &checkpoint.root, &final_root, &proof).unwrap();
    }
    let history = log.store().checkpoints().unwrap().len() as u64;
    assert!(
        history > batches && history <= batches + 2,
        "{history} vs {batches}"
    );
    eprintln!("sequencer: {total} entries in {batches} batches");
    drop(log);
    audit(&dir, &verifier()).unwrap();
}

// ---------------------------------------------------------------------------
// The crash test.

const CRASH_DIR_ENV: &str = "IOTMARK_CRASH_DIR";
const CRASH_SEED_ENV: &str = "IOTMARK_CRASH_SEED";
const READY: &str = "@@ready ";
const ACK: &str = "@@ack ";

/// The child: opens the log in `$IOTMARK_CRASH_DIR` and appends batches of
/// `entry_bytes(i)` until killed, printing `@@ack <size> <base64 checkpoint>`
/// after each acknowledged batch. Does nothing without the variable.
#[test]
#[ignore = "a child process of crash_many_times"]
fn crash_child() {
    let Some(dir) = std::env::var_os(CRASH_DIR_ENV) else {
        return;
    };
    let seed = std::env::var(CRASH_SEED_ENV)
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let mut rng = Rng(seed);
    let mut log = open_log(Path::new(&dir), signer()).expect("child: opening the log");
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    writeln!(out, "\n{READY}{}", log.size()).unwrap();
    out.flush().unwrap();
    // A child that is never killed stops by itself.
    let deadline = Instant::now() + Duration::from_secs(30);
    while Instant::now() < deadline {
        let first = log.size();
        let n = if rng.range(0, 15) == 0 {
            rng.range(100, 400)
        } else {
            rng.range(1, 40)
        };
        let batch = entries(first..first + n);
        let (start, note) = log.append_batch(&batch).expect("child: appending");
        assert_eq!(start, first);
        writeln!(out, "\n{ACK}{} {}", first + n, BASE64.encode(&note)).unwrap();
        out.flush().unwrap();
    }
}

/// What one child printed before it was killed.
struct ChildRun {
    ready: bool,
    acks: Vec<(u64, Vec<u8>)>,
}

/// Runs the child on `dir`, kills it `delay` after it reports ready (or
/// after it starts, if `wait_ready` is false), and returns what it printed.
fn run_child(dir: &Path, seed: u64, wait_ready: bool, delay: Duration) -> ChildRun {
    // This very binary: /proc/self/exe still runs it if a rebuild replaced
    // the file meanwhile.
    let exe = Path::new("/proc/self/exe");
    let exe = if exe.exists() {
        exe.to_path_buf()
    } else {
        std::env::current_exe().expect("the test binary")
    };
    let mut child = Command::new(exe)
        .args([
            "--exact",
            "durable::crash_child",
            "--ignored",
            "--nocapture",
            "--test-threads=1",
        ])
        .env(CRASH_DIR_ENV, dir)
        .env(CRASH_SEED_ENV, seed.to_string())
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("starting the child");
    let stdout = child.stdout.take().expect("piped stdout");
    let mut stderr = child.stderr.take().expect("piped stderr");
    let (lines_tx, lines) = mpsc::channel::<String>();
    let reader = thread::spawn(move || {
        let mut reader = BufReader::new(stdout);
        let mut line = Vec::new();
        loop {
            line.clear();
            match reader.read_until(b'\n', &mut line) {
                Ok(0) | Err(_) => break,
                // A line cut by the kill has no newline: not acknowledged.
                Ok(_) if line.last() != Some(&b'\n') => break,
                Ok(_) => {
                    let text = String::from_utf8_lossy(&line).trim_end().to_owned();
                    if lines_tx.send(text).is_err() {
                        break;
                    }
                }
            }
        }
    });
    let errors = thread::spawn(move || {
        let mut text = String::new();
        let _ = stderr.read_to_string(&mut text);
        text
    });
    let mut collected = Vec::new();
    let started = Instant::now();
    if wait_ready {
        while let Ok(line) = lines.recv_timeout(Duration::from_secs(60)) {
            let ready = line.contains(READY);
            collected.push(line);
            if ready {
                break;
            }
        }
        thread::sleep(delay);
    } else {
        thread::sleep(delay.saturating_sub(started.elapsed()));
    }
    child.kill().expect("killing the child");
    let status = child.wait().expect("waiting for the child");
    reader.join().expect("the stdout reader");
    collected.extend(lines.try_iter());
    let stderr = errors.join().expect("the stderr reader");
    use std::os::unix::process::ExitStatusExt as _;
    assert_eq!(
        status.signal(),
        Some(9),
        "the child was not killed but ended with {status}:\n{}\n{stderr}",
        collected.join("\n")
    );
    let mut run = ChildRun {
        ready: false,
        acks: Vec::new(),
    };
    for line in collected {
        if line.contains(READY) {
            run.ready = true;
        } else if let Some(at) = line.find(ACK) {
            let mut parts = line[at + ACK.len()..].split(' ');
            let size: u64 = parts
                .next()
                .expect("an ack line has a size")
                .parse()
                .expect("the size is a number");
            let note = BASE64
                .decode(parts.next().expect("an ack line has a checkpoint"))
                .expect("the checkpoint is base64");
            run.acks.push((size, note));
        }
    }
    run
}

#[test]
fn crash_many_times() {
    let env = |name: &str, default: u64| {
        std::env::var(name)
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or(default)
    };
    let rounds = env("IOTMARK_CRASH_ROUNDS", 200);
    let per_dir = env("IOTMARK_CRASH_ROUNDS_PER_DIR", 250).max(1);
    let started = Instant::now();
    let tmp = tempfile::tempdir().unwrap();
    let mut totals = CrashTotals::default();
    let mut kills = 0u64;
    let mut round = 0u64;
    let mut dirs = 0u64;
    while kills < rounds {
        let dir = tmp.path().join(format!("log-{dirs}"));
        dirs += 1;
        let target = (kills + per_dir).min(rounds);
        crash_one_directory(&dir, &mut kills, target, &mut round, &mut totals);
    }
    eprintln!(
        "crash test: {kills} kills in {round} rounds on {dirs} director{} ({} killed before the \
         log was open), {} acknowledged batches ({} distinct checkpoints), {} reopenings \
         published unacknowledged entries, {} entries in all, {:.1} s",
        if dirs == 1 { "y" } else { "ies" },
        totals.killed_before_ready,
        totals.acks,
        totals.checkpoints,
        totals.recoveries,
        totals.entries,
        started.elapsed().as_secs_f64()
    );
    assert!(totals.acks > 0, "no batch was ever acknowledged");
}

#[derive(Default)]
struct CrashTotals {
    killed_before_ready: u64,
    acks: u64,
    checkpoints: u64,
    recoveries: u64,
    entries: u64,
}

/// Kill children appending to one log in `dir` until `kills` reaches
/// `target`, checking the log after every round.
fn crash_one_directory(
    dir: &Path,
    kills: &mut u64,
    target: u64,
    round: &mut u64,
    totals: &mut CrashTotals,
) {
    drop(create_log(dir));
    // Every checkpoint acknowledged so far on this log, by size.
    let mut acknowledged: BTreeMap<u64, Hash> = BTreeMap::new();
    let mut max_acked = 0u64;
    let mut checked = 0u64; // entries [0, checked) verified byte for byte
    let mut last_size = 0u64;
    while *kills < target {
        let r = *round;
        let mut rng = Rng(r.wrapping_mul(0x1234_5678_9ABC_DEF1) ^ 0xC0FFEE);
        let mut runs = Vec::new();
        // Every fourth round, kill a child soon after it starts (often while
        // it opens and recovers the log), then run another one on the same
        // directory.
        if r % 4 == 3 && *kills + 1 < target {
            let delay = Duration::from_millis(rng.range(1, 30));
            runs.push(run_child(dir, rng.next(), false, delay));
            *kills += 1;
        }
        let delay = Duration::from_millis(rng.range(1, 30));
        runs.push(run_child(dir, rng.next(), true, delay));
        *kills += 1;
        *round += 1;

        for run in &runs {
            if !run.ready {
                totals.killed_before_ready += 1;
            }
            for (size, note) in &run.acks {
                let checkpoint = Checkpoint::open(note, &verifier())
                    .unwrap_or_else(|e| panic!("round {r}: acknowledged checkpoint: {e}"));
                assert_eq!(checkpoint.size, *size);
                assert_eq!(checkpoint.origin, ORIGIN);
                let known = acknowledged.entry(*size).or_insert(checkpoint.root);
                assert_eq!(
                    *known, checkpoint.root,
                    "round {r}: two roots for size {size}"
                );
                max_acked = max_acked.max(*size);
                totals.acks += 1;
            }
        }

        // Reopen (which recovers) and check.
        let published = open_checkpoint(
            &fs::read(dir.join("checkpoint")).expect("reading the latest checkpoint"),
        )
        .size;
        let log = open_log(dir, signer())
            .unwrap_or_else(|e| panic!("round {r}: reopening after the kill: {e}"));
        let size = log.size();
        if size > published {
            totals.recoveries += 1;
        }
        assert!(
            size >= max_acked,
            "round {r}: the log has {size} entries, {max_acked} were acknowledged"
        );
        assert!(
            size >= last_size,
            "round {r}: the log shrank from {last_size} to {size}"
        );
        last_size = size;
        for i in checked..size {
            assert_eq!(
                log.entry(i).expect("reading an entry"),
                entry_bytes(i),
                "round {r}: entry {i}"
            );
        }
        checked = size;
        let root = log.tree().root();
        let latest = open_checkpoint(log.checkpoint().expect("the log has a checkpoint"));
        assert_eq!((latest.size, latest.root), (size, root));
        for (&old, old_root) in &acknowledged {
            let proof = log
                .tree()
                .consistency_proof(old, size)
                .expect("a consistency proof");
            verify_consistency(old, size, old_root, &root, &proof).unwrap_or_else(|e| {
                panic!("round {r}: acknowledged checkpoint {old} is not consistent: {e}")
            });
        }
    }
    // The whole directory, once more, by the auditor.
    let report = audit(dir, &verifier()).expect("the audit of the crashed log");
    assert_eq!(report.entries, last_size);
    assert_eq!(report.unpublished, 0);
    totals.checkpoints += acknowledged.len() as u64;
    totals.entries += last_size;
}
