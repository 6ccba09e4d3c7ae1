//! The core modules — hash, tree, proof, note, checkpoint, tile — against
//! official vectors (transparency-dev/merkle testdata, the RFC 6962 reference
//! leaves, the C2SP and Go sumdb note examples), properties, an independent
//! Python verifier and a naive tile reader.

use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as BASE64;
use ed25519_dalek::SigningKey;
use iotmark_tlog::checkpoint::{Checkpoint, CheckpointError};
use iotmark_tlog::hash::{Hash, empty_root, leaf_hash, node_hash, to_hex};
use iotmark_tlog::note::{
    Note, NoteError, NoteSigner, NoteVerifier, check_key_name, open_note, parse_note,
};
use iotmark_tlog::proof::{
    ProofError, consistency_proof_len, inclusion_proof_len, root_from_inclusion,
    verify_consistency, verify_inclusion,
};
use iotmark_tlog::tile::{
    BundleError, Kind, bundles_for, entries_path, entry_bundle, parse_entry_bundle,
    parse_tile_path, tile_data, tile_path, tiles_between, tiles_for, try_entry_bundle,
};
use iotmark_tlog::tree::MemoryTree;
use proptest::prelude::*;
use serde_json::Value;
use sha2::{Digest, Sha256};

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

fn hex_hash(hex: &str) -> Hash {
    let bytes = hex_bytes(hex);
    bytes.try_into().expect("a 32-byte hash")
}

fn hex_bytes(hex: &str) -> Vec<u8> {
    assert!(hex.len().is_multiple_of(2), "odd hex {hex:?}");
    (0..hex.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&hex[i..i + 2], 16).expect("hex digits"))
        .collect()
}

/// The largest power of two smaller than `n` (`n > 1`), RFC 6962's `k`.
fn split_point(n: usize) -> usize {
    let mut k = 1;
    while k * 2 < n {
        k *= 2;
    }
    k
}

/// RFC 6962 section 2.1 MTH, straight from the definition.
fn naive_mth(leaves: &[Hash]) -> Hash {
    match leaves.len() {
        0 => empty_root(),
        1 => leaves[0],
        n => {
            let k = split_point(n);
            node_hash(&naive_mth(&leaves[..k]), &naive_mth(&leaves[k..]))
        }
    }
}

/// RFC 6962 section 2.1.1 PATH(m, D[n]), straight from the definition.
fn naive_path(m: usize, leaves: &[Hash]) -> Vec<Hash> {
    let n = leaves.len();
    if n <= 1 {
        return Vec::new();
    }
    let k = split_point(n);
    if m < k {
        let mut path = naive_path(m, &leaves[..k]);
        path.push(naive_mth(&leaves[k..]));
        path
    } else {
        let mut path = naive_path(m - k, &leaves[k..]);
        path.push(naive_mth(&leaves[..k]));
        path
    }
}

/// RFC 6962 section 2.1.2 PROOF(m, D[n]) = SUBPROOF(m, D[n], true).
fn naive_subproof(m: usize, leaves: &[Hash], complete: bool) -> Vec<Hash> {
    let n = leaves.len();
    if m == n {
        return if complete {
            Vec::new()
        } else {
            vec![naive_mth(leaves)]
        };
    }
    let k = split_point(n);
    if m <= k {
        let mut proof = naive_subproof(m, &leaves[..k], complete);
        proof.push(naive_mth(&leaves[k..]));
        proof
    } else {
        let mut proof = naive_subproof(m - k, &leaves[k..], false);
        proof.push(naive_mth(&leaves[..k]));
        proof
    }
}

const BIG: u64 = 4096;

/// A tree of `BIG` distinct entries, built once, and its leaf hashes.
fn big_tree() -> &'static (MemoryTree, Vec<Hash>) {
    static TREE: OnceLock<(MemoryTree, Vec<Hash>)> = OnceLock::new();
    TREE.get_or_init(|| {
        let leaves: Vec<Hash> = (0..BIG)
            .map(|i| leaf_hash(format!("entry {i}").as_bytes()))
            .collect();
        (MemoryTree::from_leaves(leaves.iter().copied()), leaves)
    })
}

fn flip_bit(hash: &mut Hash, bit: usize) {
    hash[bit / 8 % 32] ^= 1 << (bit % 8);
}

fn signer(name: &str, seed: u8) -> NoteSigner {
    NoteSigner::new(name, SigningKey::from_bytes(&[seed; 32])).expect("a valid key name")
}

fn in_ci() -> bool {
    std::env::var("CI").is_ok_and(|v| v == "true")
}

/// Every regular file under `dir`, sorted.
fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).expect("readable corpus directory") {
            let path = entry.expect("directory entry").path();
            if path.is_dir() {
                stack.push(path);
            } else {
                files.push(path);
            }
        }
    }
    files.sort();
    files
}

fn merkle_testdata(test: &str) -> Option<PathBuf> {
    let corpus = iotmark_testkit::require_corpus(test)?;
    let dir = corpus.join("tlog").join("merkle-testdata");
    assert!(
        dir.is_dir(),
        "{test}: the corpus is at {} but has no tlog/merkle-testdata",
        corpus.display()
    );
    Some(dir)
}

/// The C2SP specs, beside the corpus in `shared/reference/c2sp`.
fn c2sp_reference(test: &str) -> Option<PathBuf> {
    let corpus = iotmark_testkit::require_corpus(test)?;
    let dir = corpus
        .parent()
        .expect("the corpus has a parent directory")
        .join("reference")
        .join("c2sp");
    assert!(
        dir.is_dir(),
        "{test}: the shared directory has no reference/c2sp at {}",
        dir.display()
    );
    Some(dir)
}

/// The contents of the ``` fenced blocks of a markdown file, each line with
/// its newline.
fn fenced_blocks(markdown: &str) -> Vec<String> {
    let mut blocks = Vec::new();
    let mut current: Option<String> = None;
    for line in markdown.lines() {
        if line.trim_start().starts_with("```") {
            match current.take() {
                Some(block) => blocks.push(block),
                None => current = Some(String::new()),
            }
        } else if let Some(block) = current.as_mut() {
            block.push_str(line);
            block.push('\n');
        }
    }
    blocks
}

// ---------------------------------------------------------------------------
// 1. transparency-dev/merkle testdata, one case per file
// ---------------------------------------------------------------------------

/// A leaf or proof hash must be 32 bytes: transparency-dev/merkle rejects a
/// leaf hash of another size, and a proof element of another size can only
/// lead to a wrong root.
fn strict_hash(value: &Value, field: &str) -> Result<Hash, String> {
    let text = value
        .as_str()
        .ok_or_else(|| format!("{field} is not a string"))?;
    let bytes = BASE64
        .decode(text)
        .map_err(|e| format!("{field} is not base64: {e}"))?;
    let len = bytes.len();
    bytes
        .try_into()
        .map_err(|_| format!("{field} has {len} bytes, not 32"))
}

/// Roots are compared as opaque byte strings by transparency-dev/merkle
/// (some vectors use "don't care" roots that are not 32 bytes). A root that
/// is not 32 bytes stands here for a distinct value no tree can produce:
/// the SHA-256 of a tag and its bytes. Equal strings stay equal, so the
/// "equal sizes, equal roots" cases keep their meaning.
fn opaque_root(value: &Value, field: &str) -> Result<Hash, String> {
    let text = value
        .as_str()
        .ok_or_else(|| format!("{field} is not a string"))?;
    let bytes = BASE64
        .decode(text)
        .map_err(|e| format!("{field} is not base64: {e}"))?;
    Ok(match <[u8; 32]>::try_from(bytes.as_slice()) {
        Ok(hash) => hash,
        Err(_) => {
            let mut hasher = Sha256::new();
            hasher.update(b"not a 32-byte root: ");
            hasher.update(&bytes);
            hasher.finalize().into()
        }
    })
}

fn proof_hashes(value: &Value) -> Result<Vec<Hash>, String> {
    match value {
        Value::Null => Ok(Vec::new()),
        Value::Array(items) => items
            .iter()
            .enumerate()
            .map(|(i, item)| strict_hash(item, &format!("proof[{i}]")))
            .collect(),
        _ => Err("proof is neither null nor an array".to_owned()),
    }
}

fn u64_field(case: &Value, field: &str) -> u64 {
    case[field]
        .as_u64()
        .unwrap_or_else(|| panic!("{field} is not an unsigned integer"))
}

/// Runs one inclusion case: Ok(()) when verification succeeded, Err(why)
/// when our code rejected it.
fn run_inclusion_case(case: &Value) -> Result<(), String> {
    let index = u64_field(case, "leafIdx");
    let size = u64_field(case, "treeSize");
    let leaf = strict_hash(&case["leafHash"], "leafHash")?;
    let root = opaque_root(&case["root"], "root")?;
    let proof = proof_hashes(&case["proof"])?;
    verify_inclusion(index, size, &leaf, &proof, &root).map_err(|e| e.to_string())
}

fn run_consistency_case(case: &Value) -> Result<(), String> {
    let size1 = u64_field(case, "size1");
    let size2 = u64_field(case, "size2");
    let root1 = opaque_root(&case["root1"], "root1")?;
    let root2 = opaque_root(&case["root2"], "root2")?;
    let proof = proof_hashes(&case["proof"])?;
    verify_consistency(size1, size2, &root1, &root2, &proof).map_err(|e| e.to_string())
}

/// Vectors whose expectation iotmark deliberately does not share, with the
/// reason. They are still run: each must come out the other way, so that a
/// change of behaviour is noticed.
const DEVIATIONS: &[(&str, &str)] = &[(
    "consistency/additional/size1-is-zero-and-size2-is-not-zero.json",
    "transparency-dev/merkle (since 2023) rejects every consistency proof from size 0 as \
     meaningless; the iotmark contract (tlog-api.md) keeps RFC 9162's view that every tree \
     extends the empty tree (empty proof, old root SHA-256(\"\")), so that a log whose first \
     checkpoint has size 0 stays auditable",
)];

/// Runs every file of `kind` (inclusion or consistency); returns the files
/// checked and the failures.
fn run_testdata(dir: &Path, kind: &str) -> (usize, Vec<String>) {
    let root = dir.join(kind);
    let files = files_under(&root);
    let mut checked = 0;
    let mut failures = Vec::new();
    for path in &files {
        let name = path.strip_prefix(dir).unwrap_or(path).display().to_string();
        let text = std::fs::read_to_string(path).expect("readable test vector");
        let case: Value = match serde_json::from_str(&text) {
            Ok(case) => case,
            Err(e) => {
                failures.push(format!("{name}: not JSON: {e}"));
                continue;
            }
        };
        let want_err = case["wantErr"]
            .as_bool()
            .unwrap_or_else(|| panic!("{name}: wantErr is not a boolean"));
        let outcome = match kind {
            "inclusion" => run_inclusion_case(&case),
            _ => run_consistency_case(&case),
        };
        checked += 1;
        if let Some((_, reason)) = DEVIATIONS.iter().find(|(file, _)| *file == name) {
            if outcome.is_err() == want_err {
                failures.push(format!(
                    "{name}: listed as a deliberate deviation but now agrees with the vector"
                ));
            } else {
                eprintln!("{name}: deliberate deviation: {reason}");
            }
            continue;
        }
        match (outcome, want_err) {
            (Ok(()), true) => failures.push(format!(
                "{name}: {:?} should be rejected but verified",
                case["desc"].as_str().unwrap_or("")
            )),
            (Err(e), false) => failures.push(format!(
                "{name}: {:?} should verify but was rejected: {e}",
                case["desc"].as_str().unwrap_or("")
            )),
            _ => {}
        }
    }
    assert_eq!(
        checked,
        files.len(),
        "{kind}: checked {checked} files of the {} on disk",
        files.len()
    );
    (checked, failures)
}

#[test]
fn merkle_testdata_inclusion() {
    let Some(dir) = merkle_testdata("merkle_testdata_inclusion") else {
        return;
    };
    let (checked, failures) = run_testdata(&dir, "inclusion");
    assert!(checked > 0, "no inclusion vectors under {}", dir.display());
    assert!(
        failures.is_empty(),
        "{} of {checked} inclusion files failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
    eprintln!("merkle testdata: {checked} inclusion files checked");
}

#[test]
fn merkle_testdata_consistency() {
    let Some(dir) = merkle_testdata("merkle_testdata_consistency") else {
        return;
    };
    let (checked, failures) = run_testdata(&dir, "consistency");
    assert!(
        checked > 0,
        "no consistency vectors under {}",
        dir.display()
    );
    assert!(
        failures.is_empty(),
        "{} of {checked} consistency files failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
    eprintln!("merkle testdata: {checked} consistency files checked");
}

// ---------------------------------------------------------------------------
// 2. RFC 6962 reference vectors
// ---------------------------------------------------------------------------

/// The eight leaves of the certificate-transparency reference tests (also
/// used by transparency-dev/merkle and its testdata).
const RFC_LEAVES: [&str; 8] = [
    "",
    "00",
    "10",
    "2021",
    "3031",
    "40414243",
    "5051525354555657",
    "606162636465666768696a6b6c6d6e6f",
];

/// MTH of the first 1..=8 leaves (certificate-transparency / transparency-dev
/// reference values).
const RFC_ROOTS: [&str; 8] = [
    "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
    "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
    "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
    "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
    "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
    "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
    "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
    "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
];

/// (index, size, proof) inclusion vectors of the reference tests.
const RFC_INCLUSION: [(u64, u64, &[&str]); 5] = [
    (0, 1, &[]),
    (
        0,
        8,
        &[
            "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
            "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
            "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4",
        ],
    ),
    (
        5,
        8,
        &[
            "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
            "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
        ],
    ),
    (
        2,
        3,
        &["fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125"],
    ),
    (
        1,
        5,
        &[
            "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
            "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
            "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
        ],
    ),
];

/// (old size, new size, proof) consistency vectors of the reference tests.
const RFC_CONSISTENCY: [(u64, u64, &[&str]); 5] = [
    (1, 1, &[]),
    (
        1,
        8,
        &[
            "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
            "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
            "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4",
        ],
    ),
    (
        6,
        8,
        &[
            "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
            "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
        ],
    ),
    (
        2,
        5,
        &[
            "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
            "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
        ],
    ),
    (
        6,
        7,
        &[
            "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
            "b08693ec2e721597130641e8211e7eedccb4c26413963eee6c1e2ed16ffb1a5f",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
        ],
    ),
];

fn rfc_tree() -> MemoryTree {
    let mut tree = MemoryTree::new();
    for leaf in RFC_LEAVES {
        tree.push_entry(&hex_bytes(leaf));
    }
    tree
}

#[test]
fn rfc6962_roots_for_sizes_1_to_8() {
    let tree = rfc_tree();
    assert_eq!(tree.root_at(0).expect("size 0"), empty_root());
    assert_eq!(
        to_hex(&empty_root()),
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
    );
    for (i, root) in RFC_ROOTS.iter().enumerate() {
        let size = i as u64 + 1;
        assert_eq!(
            to_hex(&tree.root_at(size).expect("size in range")),
            *root,
            "root of the first {size} leaves"
        );
        let mut prefix = MemoryTree::new();
        for leaf in &RFC_LEAVES[..=i] {
            prefix.push_entry(&hex_bytes(leaf));
        }
        assert_eq!(to_hex(&prefix.root()), *root, "root of a tree of {size}");
    }
}

#[test]
fn rfc6962_reference_proofs() {
    let tree = rfc_tree();
    for (index, size, proof) in RFC_INCLUSION {
        let expected: Vec<Hash> = proof.iter().map(|h| hex_hash(h)).collect();
        assert_eq!(
            tree.inclusion_proof(index, size).expect("in range"),
            expected,
            "inclusion proof of {index} in {size}"
        );
        let root = hex_hash(RFC_ROOTS[size as usize - 1]);
        let leaf = tree.leaf(index).expect("leaf");
        verify_inclusion(index, size, &leaf, &expected, &root).expect("reference proof verifies");
    }
    for (old, new, proof) in RFC_CONSISTENCY {
        let expected: Vec<Hash> = proof.iter().map(|h| hex_hash(h)).collect();
        assert_eq!(
            tree.consistency_proof(old, new).expect("in range"),
            expected,
            "consistency proof from {old} to {new}"
        );
        let old_root = hex_hash(RFC_ROOTS[old as usize - 1]);
        let new_root = hex_hash(RFC_ROOTS[new as usize - 1]);
        verify_consistency(old, new, &old_root, &new_root, &expected)
            .expect("reference proof verifies");
    }
}

/// The testdata's happy paths use the same eight leaves: their roots must be
/// the reference roots, and our generated proofs must be theirs.
#[test]
fn rfc6962_roots_agree_with_testdata() {
    let Some(dir) = merkle_testdata("rfc6962_roots_agree_with_testdata") else {
        return;
    };
    let tree = rfc_tree();
    let root_of = |size: u64| hex_hash(RFC_ROOTS[size as usize - 1]);
    let mut compared = 0;
    for kind in ["inclusion", "consistency"] {
        for path in files_under(&dir.join(kind)) {
            let numbered = path
                .parent()
                .and_then(Path::file_name)
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.bytes().all(|b| b.is_ascii_digit()));
            if !numbered || path.file_name().and_then(|n| n.to_str()) != Some("happy-path.json") {
                continue;
            }
            let case: Value =
                serde_json::from_str(&std::fs::read_to_string(&path).expect("readable"))
                    .expect("JSON");
            let proof = proof_hashes(&case["proof"]).expect("valid proof hashes");
            let name = path.display();
            if kind == "inclusion" {
                let (index, size) = (u64_field(&case, "leafIdx"), u64_field(&case, "treeSize"));
                let root = strict_hash(&case["root"], "root").expect("root");
                let leaf = strict_hash(&case["leafHash"], "leafHash").expect("leaf");
                assert_eq!(root, root_of(size), "{name}: root");
                assert_eq!(leaf, tree.leaf(index).expect("leaf"), "{name}: leaf");
                assert_eq!(
                    tree.inclusion_proof(index, size),
                    Ok(proof),
                    "{name}: proof"
                );
            } else {
                let (old, new) = (u64_field(&case, "size1"), u64_field(&case, "size2"));
                assert_eq!(
                    strict_hash(&case["root1"], "root1"),
                    Ok(root_of(old)),
                    "{name}"
                );
                assert_eq!(
                    strict_hash(&case["root2"], "root2"),
                    Ok(root_of(new)),
                    "{name}"
                );
                assert_eq!(tree.consistency_proof(old, new), Ok(proof), "{name}: proof");
            }
            compared += 1;
        }
    }
    assert_eq!(compared, 10, "five happy paths of each kind");
}

// ---------------------------------------------------------------------------
// 3. Properties of the tree and the proofs
// ---------------------------------------------------------------------------

#[test]
fn hashes_are_the_rfc6962_definitions() {
    let entry = b"some entry";
    let mut direct = Sha256::new();
    direct.update([0u8]);
    direct.update(entry);
    assert_eq!(leaf_hash(entry), <Hash>::from(direct.finalize()));
    let (left, right) = (leaf_hash(b"l"), leaf_hash(b"r"));
    let mut concatenated = vec![1u8];
    concatenated.extend_from_slice(&left);
    concatenated.extend_from_slice(&right);
    assert_eq!(
        node_hash(&left, &right),
        <Hash>::from(Sha256::digest(&concatenated))
    );
}

#[test]
fn empty_tree() {
    let tree = MemoryTree::new();
    assert_eq!(tree.size(), 0);
    assert_eq!(tree.root(), empty_root());
    assert_eq!(tree.leaf(0), None);
    assert_eq!(tree.level(0), &[] as &[Hash]);
    assert_eq!(
        tree.inclusion_proof(0, 0),
        Err(ProofError::IndexOutOfRange { index: 0, size: 0 })
    );
    assert_eq!(
        tree.root_at(1),
        Err(ProofError::SizeOutOfRange {
            size: 1,
            available: 0
        })
    );
    assert_eq!(tree.consistency_proof(0, 0), Ok(vec![]));
    assert_eq!(
        verify_inclusion(0, 0, &leaf_hash(b""), &[], &empty_root()),
        Err(ProofError::IndexOutOfRange { index: 0, size: 0 })
    );
    verify_consistency(0, 0, &empty_root(), &empty_root(), &[]).expect("empty is consistent");
    let tree = MemoryTree::with_capacity(1000);
    assert_eq!(tree, MemoryTree::new());
}

/// Every inclusion and consistency proof of every small tree is the one
/// RFC 6962's recursive definitions give, and the roots are MTH.
#[test]
fn proofs_equal_the_recursive_definitions() {
    let (tree, leaves) = big_tree();
    for size in 0..=64usize {
        let prefix = &leaves[..size];
        assert_eq!(
            tree.root_at(size as u64),
            Ok(naive_mth(prefix)),
            "root of {size}"
        );
        for index in 0..size {
            assert_eq!(
                tree.inclusion_proof(index as u64, size as u64),
                Ok(naive_path(index, prefix)),
                "inclusion proof of {index} in {size}"
            );
        }
        for old in 1..size {
            assert_eq!(
                tree.consistency_proof(old as u64, size as u64),
                Ok(naive_subproof(old, prefix, true)),
                "consistency proof from {old} to {size}"
            );
        }
    }
}

#[test]
fn every_inclusion_proof_verifies_in_small_trees() {
    let (tree, leaves) = big_tree();
    for size in 1..=300u64 {
        let root = tree.root_at(size).expect("size in range");
        for index in 0..size {
            let proof = tree.inclusion_proof(index, size).expect("in range");
            assert_eq!(Some(proof.len()), inclusion_proof_len(index, size));
            let leaf = leaves[index as usize];
            if let Err(e) = verify_inclusion(index, size, &leaf, &proof, &root) {
                panic!("leaf {index} in a tree of {size}: {e}");
            }
        }
    }
}

#[test]
fn every_consistency_proof_verifies_up_to_256() {
    let (tree, _) = big_tree();
    let roots: Vec<Hash> = (0..=256)
        .map(|size| tree.root_at(size).expect("size in range"))
        .collect();
    for new in 0..=256u64 {
        for old in 0..=new {
            let proof = tree.consistency_proof(old, new).expect("in range");
            assert_eq!(Some(proof.len()), consistency_proof_len(old, new));
            if let Err(e) =
                verify_consistency(old, new, &roots[old as usize], &roots[new as usize], &proof)
            {
                panic!("consistency from {old} to {new}: {e}");
            }
        }
    }
}

#[test]
fn proof_errors_say_what_is_wrong() {
    let (tree, leaves) = big_tree();
    let root = tree.root_at(100).expect("size");
    let proof = tree.inclusion_proof(3, 100).expect("proof");
    assert_eq!(proof.len(), 7);
    let err = verify_inclusion(3, 100, &leaves[3], &proof[..5], &root).expect_err("short");
    assert_eq!(
        err.to_string(),
        "inclusion proof has 5 hashes, expected 7 for index 3 in a tree of 100"
    );
    let err = verify_inclusion(4, 100, &leaves[3], &proof, &root).expect_err("wrong index");
    assert!(
        matches!(err, ProofError::RootMismatch { expected, .. } if expected == root),
        "{err:?}"
    );
    assert!(
        err.to_string().starts_with("root mismatch: computed "),
        "{err}"
    );
    assert!(
        err.to_string()
            .ends_with(&format!("expected {}", to_hex(&root)))
    );
    let err = verify_inclusion(100, 100, &leaves[3], &proof, &root).expect_err("index");
    assert_eq!(
        err.to_string(),
        "leaf index 100 is out of range for a tree of size 100"
    );

    let old_root = tree.root_at(6).expect("size");
    let new_root = tree.root_at(8).expect("size");
    let proof = tree.consistency_proof(6, 8).expect("proof");
    let err = verify_consistency(6, 8, &old_root, &new_root, &proof[1..]).expect_err("short");
    assert_eq!(
        err.to_string(),
        "consistency proof has 2 hashes, expected 3 from tree size 6 to 8"
    );
    let err = verify_consistency(8, 6, &new_root, &old_root, &proof).expect_err("order");
    assert_eq!(
        err.to_string(),
        "consistency proof from tree size 8 to 6: the old size is larger than the new one"
    );
    let err = verify_consistency(6, 8, &new_root, &new_root, &proof).expect_err("old root");
    assert!(
        matches!(err, ProofError::OldRootMismatch { old_size: 6, .. }),
        "{err:?}"
    );
    let err = verify_consistency(6, 8, &old_root, &old_root, &proof).expect_err("new root");
    assert!(matches!(err, ProofError::RootMismatch { .. }), "{err:?}");
    let err = verify_consistency(6, 6, &old_root, &new_root, &[]).expect_err("same size");
    assert!(
        matches!(err, ProofError::DifferentRoots { size: 6, .. }),
        "{err:?}"
    );
    let err = verify_consistency(0, 8, &old_root, &new_root, &[]).expect_err("size 0");
    assert!(matches!(err, ProofError::NotEmptyRoot { .. }), "{err:?}");
    assert!(
        err.to_string().contains("empty tree's root is e3b0c442"),
        "{err}"
    );
    verify_consistency(0, 8, &empty_root(), &new_root, &[]).expect("anything extends nothing");
    let err = verify_consistency(0, 8, &empty_root(), &new_root, &proof).expect_err("size 0");
    assert!(
        matches!(
            err,
            ProofError::WrongLength {
                expected: 0,
                got: 3,
                ..
            }
        ),
        "{err:?}"
    );
    assert_eq!(
        tree.consistency_proof(5, 4),
        Err(ProofError::SizesOutOfOrder {
            old_size: 5,
            new_size: 4
        })
    );
    assert_eq!(
        tree.inclusion_proof(0, BIG + 1),
        Err(ProofError::SizeOutOfRange {
            size: BIG + 1,
            available: BIG
        })
    );
    assert_eq!(
        tree.consistency_proof(1, BIG + 1)
            .expect_err("size")
            .to_string(),
        format!(
            "tree size {} is out of range: the tree has {BIG} leaves",
            BIG + 1
        )
    );
}

#[test]
fn truncate_keeps_the_invariants() {
    let (_, leaves) = big_tree();
    for (size, cut) in [
        (1000, 0),
        (1000, 1),
        (1000, 513),
        (1024, 1023),
        (1024, 512),
        (7, 7),
        (7, 9),
    ] {
        let mut tree = MemoryTree::from_leaves(leaves[..size].iter().copied());
        tree.truncate(cut as u64);
        let kept = cut.min(size);
        let fresh = MemoryTree::from_leaves(leaves[..kept].iter().copied());
        assert_eq!(tree, fresh, "{size} truncated to {cut}");
        assert_eq!(tree.root(), naive_mth(&leaves[..kept]));
        for k in 0..12 {
            assert_eq!(tree.level(k).len(), kept >> k, "level {k}");
        }
        // It grows again like a fresh tree.
        tree.extend(leaves[kept..kept + 100].iter().copied());
        assert_eq!(tree.root(), naive_mth(&leaves[..kept + 100]));
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(12))]

    /// Every leaf of trees of sampled sizes up to 4096.
    #[test]
    fn inclusion_proofs_verify_for_every_leaf(size in 1u64..=BIG) {
        let (tree, leaves) = big_tree();
        let root = tree.root_at(size).expect("size in range");
        for index in 0..size {
            let proof = tree.inclusion_proof(index, size).expect("in range");
            let leaf = leaves[index as usize];
            prop_assert_eq!(root_from_inclusion(index, size, &leaf, &proof), Ok(root));
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn roots_equal_the_naive_mth(size in 0usize..=1500) {
        let (_, leaves) = big_tree();
        let tree = MemoryTree::from_leaves(leaves[..size].iter().copied());
        prop_assert_eq!(tree.root(), naive_mth(&leaves[..size]));
        prop_assert_eq!(tree.size(), size as u64);
        // Every stored subtree hash is the MTH of its leaves.
        let k = (size.max(1).ilog2()) as usize;
        for (i, hash) in tree.level(k).iter().enumerate() {
            prop_assert_eq!(*hash, naive_mth(&leaves[i << k..(i + 1) << k]));
        }
    }

    #[test]
    fn truncate_then_regrow(size in 1usize..=2000, cut in 0usize..=2000) {
        let (_, leaves) = big_tree();
        let mut tree = MemoryTree::from_leaves(leaves[..size].iter().copied());
        tree.truncate(cut as u64);
        let kept = cut.min(size);
        prop_assert_eq!(&tree, &MemoryTree::from_leaves(leaves[..kept].iter().copied()));
        tree.extend(leaves[kept..size].iter().copied());
        prop_assert_eq!(tree, MemoryTree::from_leaves(leaves[..size].iter().copied()));
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn tampered_inclusion_proofs_fail(
        size in 1u64..=BIG,
        index_seed in any::<u64>(),
        which in any::<usize>(),
        bit in 0usize..256,
        delta in 1u64..BIG,
    ) {
        let (tree, leaves) = big_tree();
        let index = index_seed % size;
        let leaf = leaves[index as usize];
        let root = tree.root_at(size).expect("size");
        let proof = tree.inclusion_proof(index, size).expect("proof");
        prop_assert!(verify_inclusion(index, size, &leaf, &proof, &root).is_ok());

        if !proof.is_empty() {
            let mut flipped = proof.clone();
            let i = which % flipped.len();
            flip_bit(&mut flipped[i], bit);
            prop_assert!(verify_inclusion(index, size, &leaf, &flipped, &root).is_err(),
                "flipped bit {} of hash {}", bit, i);
            prop_assert!(verify_inclusion(index, size, &leaf, &proof[..proof.len() - 1], &root).is_err(),
                "truncated");
            prop_assert!(verify_inclusion(index, size, &leaf, &proof[1..], &root).is_err(),
                "first hash removed");
        }
        let mut extended = proof.clone();
        extended.push(root);
        prop_assert!(verify_inclusion(index, size, &leaf, &extended, &root).is_err(), "extended");
        let mut prepended = vec![leaf];
        prepended.extend_from_slice(&proof);
        prop_assert!(verify_inclusion(index, size, &leaf, &prepended, &root).is_err(), "prepended");

        let mut wrong_leaf = leaf;
        flip_bit(&mut wrong_leaf, bit);
        prop_assert!(verify_inclusion(index, size, &wrong_leaf, &proof, &root).is_err(), "leaf bit");
        let mut wrong_root = root;
        flip_bit(&mut wrong_root, bit);
        prop_assert!(verify_inclusion(index, size, &leaf, &proof, &wrong_root).is_err(), "root bit");

        let other_index = (index + delta) % size;
        if other_index != index {
            prop_assert!(verify_inclusion(other_index, size, &leaf, &proof, &root).is_err(),
                "index {} instead of {}", other_index, index);
        }
        // Another size, checked against that size's root.
        let other_size = 1 + (size - 1 + delta) % BIG;
        if other_size != size && index < other_size {
            let other_root = tree.root_at(other_size).expect("size");
            prop_assert!(verify_inclusion(index, other_size, &leaf, &proof, &other_root).is_err(),
                "size {} instead of {}", other_size, size);
        }
        prop_assert!(verify_inclusion(index, size * 2, &leaf, &proof, &root).is_err(), "size * 2");
        if index < size / 2 {
            prop_assert!(verify_inclusion(index, size / 2, &leaf, &proof, &root).is_err(), "size / 2");
        }
    }

    #[test]
    fn tampered_consistency_proofs_fail(
        new in 2u64..=BIG,
        old_seed in any::<u64>(),
        which in any::<usize>(),
        bit in 0usize..256,
        delta in 1u64..BIG,
    ) {
        let (tree, _) = big_tree();
        let old = 1 + old_seed % (new - 1);
        let old_root = tree.root_at(old).expect("size");
        let new_root = tree.root_at(new).expect("size");
        let proof = tree.consistency_proof(old, new).expect("proof");
        prop_assert!(verify_consistency(old, new, &old_root, &new_root, &proof).is_ok());
        prop_assert!(!proof.is_empty());

        let mut flipped = proof.clone();
        let i = which % flipped.len();
        flip_bit(&mut flipped[i], bit);
        prop_assert!(verify_consistency(old, new, &old_root, &new_root, &flipped).is_err(),
            "flipped bit {} of hash {}", bit, i);
        prop_assert!(verify_consistency(old, new, &old_root, &new_root, &proof[..proof.len() - 1]).is_err(),
            "truncated");
        prop_assert!(verify_consistency(old, new, &old_root, &new_root, &proof[1..]).is_err(),
            "first hash removed");
        prop_assert!(verify_consistency(old, new, &old_root, &new_root, &[]).is_err(), "empty");
        let mut extended = proof.clone();
        extended.push(new_root);
        prop_assert!(verify_consistency(old, new, &old_root, &new_root, &extended).is_err(), "extended");
        let mut prepended = vec![old_root];
        prepended.extend_from_slice(&proof);
        prop_assert!(verify_consistency(old, new, &old_root, &new_root, &prepended).is_err(), "prepended");
        prop_assert!(verify_consistency(old, new, &new_root, &old_root, &proof).is_err(), "swapped roots");

        let mut wrong = old_root;
        flip_bit(&mut wrong, bit);
        prop_assert!(verify_consistency(old, new, &wrong, &new_root, &proof).is_err(), "old root bit");
        let mut wrong = new_root;
        flip_bit(&mut wrong, bit);
        prop_assert!(verify_consistency(old, new, &old_root, &wrong, &proof).is_err(), "new root bit");

        // Other sizes, each checked against the real root of that size.
        let other_old = 1 + (old - 1 + delta) % (new - 1);
        if other_old != old {
            let other_root = tree.root_at(other_old).expect("size");
            prop_assert!(verify_consistency(other_old, new, &other_root, &new_root, &proof).is_err(),
                "old size {} instead of {}", other_old, old);
        }
        let other_new = old + 1 + (new - old - 1 + delta) % (BIG - old);
        if other_new != new {
            let other_root = tree.root_at(other_new).expect("size");
            prop_assert!(verify_consistency(old, other_new, &old_root, &other_root, &proof).is_err(),
                "new size {} instead of {}", other_new, new);
        }
        prop_assert!(verify_consistency(old, new * 2, &old_root, &new_root, &proof).is_err(), "size2 * 2");
    }
}

// ---------------------------------------------------------------------------
// 4. Signed notes and checkpoints
// ---------------------------------------------------------------------------

/// c2sp.org/signed-note, "Verifier keys / Example" (also golang.org/x/mod
/// sumdb/note's example key).
const FOO_VKEY: &str = "example.com/foo+530d903a+AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k";
const FOO_NOTE: &str = "This is an example message.\n\n\u{2014} example.com/foo Uw2QOkn8srV1yJGh2VYRlL1Tnagv1YEq6TfXppzi2ONncAlTgK7Ztg1ERYNZXsYjOBH3mFXmRKuwHjG1Yu72IneyaQM=\n";

/// golang.org/x/mod/sumdb/note, the package documentation's example: the
/// verifier key, the private key (type 0x01 and the Ed25519 seed) and the
/// note it signs.
const PETER_VKEY: &str = "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW";
const PETER_SKEY: &str =
    "PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz";
const PETER_TEXT: &str = "If you think cryptography is the answer to your problem,\nthen you don't know what your problem is.\n";
const PETER_NOTE: &str = "If you think cryptography is the answer to your problem,\nthen you don't know what your problem is.\n\n\u{2014} PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n";

#[test]
fn known_signed_notes_verify() {
    let foo = NoteVerifier::parse(FOO_VKEY).expect("the spec's vkey parses");
    assert_eq!(foo.name(), "example.com/foo");
    assert_eq!(foo.key_id(), 0x530d903a);
    assert_eq!(foo.to_vkey(), FOO_VKEY);
    let note = open_note(FOO_NOTE.as_bytes(), &foo).expect("the spec's example verifies");
    assert_eq!(note.text, "This is an example message.\n");

    let peter = NoteVerifier::parse(PETER_VKEY).expect("vkey");
    let note = open_note(PETER_NOTE.as_bytes(), &peter).expect("Go's example verifies");
    assert_eq!(note.text, PETER_TEXT);
    assert_eq!(note.signatures.len(), 1);
    assert_eq!(note.signatures[0].key_id, 0xc74f20a3);

    // Ed25519 is deterministic: signing with Go's private key gives Go's note.
    // PRIVATE+KEY+<name>+<key id>+base64(0x01 || seed); the base64 has a '+'.
    let seed = BASE64
        .decode(PETER_SKEY.splitn(5, '+').nth(4).expect("key part"))
        .expect("base64");
    assert_eq!(seed[0], 0x01);
    let seed: [u8; 32] = seed[1..].try_into().expect("32-byte seed");
    let signer = NoteSigner::new("PeterNeumann", SigningKey::from_bytes(&seed)).expect("name");
    assert_eq!(signer.key_id(), 0xc74f20a3);
    assert_eq!(signer.verifier().to_vkey(), PETER_VKEY);
    assert_eq!(signer.sign(PETER_TEXT).expect("sign"), PETER_NOTE);

    // Each key's note is unknown to the other key.
    let err = open_note(PETER_NOTE.as_bytes(), &foo).expect_err("wrong key");
    assert!(matches!(err, NoteError::UnknownKey { .. }), "{err:?}");
}

/// The examples in the C2SP markdown itself, extracted at test time.
#[test]
fn c2sp_spec_examples() {
    let Some(dir) = c2sp_reference("c2sp_spec_examples") else {
        return;
    };
    let read = |name: &str| {
        std::fs::read_to_string(dir.join(name))
            .unwrap_or_else(|e| panic!("{}: {e}", dir.join(name).display()))
    };

    // signed-note.md: the poem (no vkey given) and the example.com/foo note.
    let markdown = read("signed-note.md");
    let blocks = fenced_blocks(&markdown);
    assert_eq!(blocks.len(), 2, "signed-note.md has two example notes");
    let vkey = markdown
        .lines()
        .map(str::trim)
        .find(|line| line.starts_with("example.com/foo+"))
        .expect("the example verifier key");
    assert_eq!(vkey, FOO_VKEY, "the spec's vkey is the one copied here");
    assert_eq!(
        blocks[1], FOO_NOTE,
        "the spec's note is the one copied here"
    );
    let verifier = NoteVerifier::parse(vkey).expect("vkey");
    open_note(blocks[1].as_bytes(), &verifier).expect("the spec's example verifies");

    let poem = parse_note(blocks[0].as_bytes()).expect("the poem is a well-formed note");
    assert!(
        poem.text.contains(":\n\ned è subito sera.\n"),
        "the text keeps its blank line"
    );
    assert_eq!(poem.signatures.len(), 1);
    assert_eq!(poem.signatures[0].name, "quasimodo.example/salvatore");
    assert_eq!(poem.signatures[0].signature.len(), 64);
    assert!(matches!(
        open_note(blocks[0].as_bytes(), &verifier),
        Err(NoteError::UnknownKey { .. })
    ));

    // tlog-checkpoint.md: the checkpoint (no vkey given).
    let blocks = fenced_blocks(&read("tlog-checkpoint.md"));
    let note = parse_note(blocks[0].as_bytes()).expect("the example checkpoint note");
    let checkpoint = Checkpoint::parse_text(&note.text).expect("the example checkpoint");
    assert_eq!(checkpoint.origin, "example.com/behind-the-sofa");
    assert_eq!(checkpoint.size, 20852163);
    assert_eq!(
        BASE64.encode(checkpoint.root),
        "CsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I="
    );
    assert!(checkpoint.extensions.is_empty());
    assert_eq!(checkpoint.to_text(), note.text);
    assert_eq!(note.signatures[0].name, "example.com/behind-the-sofa");

    // tlog-cosignature.md: the same checkpoint with a witness cosignature
    // (type 0x04: 8-byte timestamp and signature), which is parsed and, as
    // an unknown key, ignored.
    let blocks = fenced_blocks(&read("tlog-cosignature.md"));
    let cosigned = parse_note(blocks[0].as_bytes()).expect("the cosigned checkpoint");
    assert_eq!(cosigned.text, note.text);
    assert_eq!(cosigned.signatures.len(), 2);
    assert_eq!(cosigned.signatures[1].name, "witness.example.com/w1");
    assert_eq!(cosigned.signatures[1].signature.len(), 8 + 64);
}

#[test]
fn sign_and_open_round_trip() {
    let log = signer("example.com/log", 1);
    let verifier = log.verifier();
    assert_eq!(
        NoteVerifier::parse(&verifier.to_vkey()),
        Ok(verifier.clone())
    );
    assert_eq!(verifier.to_string(), verifier.to_vkey());
    assert_eq!(verifier.name(), "example.com/log");
    assert_eq!(verifier.key_id(), log.key_id());
    assert_eq!(
        verifier.verifying_key(),
        &SigningKey::from_bytes(&[1; 32]).verifying_key()
    );
    // The key ID is SHA-256(name || 0x0A || 0x01 || key)[:4], big-endian.
    let mut material = b"example.com/log\n\x01".to_vec();
    material.extend_from_slice(verifier.verifying_key().as_bytes());
    let digest = Sha256::digest(&material);
    assert_eq!(
        log.key_id(),
        u32::from_be_bytes([digest[0], digest[1], digest[2], digest[3]])
    );
    assert!(
        !format!("{log:?}").contains("SigningKey"),
        "Debug hides the key"
    );

    let text = "first line\n\nafter a blank line\n— looks like a signature but is text\n";
    let signed = log.sign(text).expect("sign");
    assert!(signed.starts_with(text));
    let last = signed.lines().last().expect("a signature line");
    assert!(last.starts_with("\u{2014} example.com/log "), "{last}");
    let payload = BASE64
        .decode(&last["\u{2014} example.com/log ".len()..])
        .expect("base64");
    assert_eq!(payload.len(), 4 + 64);
    assert_eq!(payload[..4], log.key_id().to_be_bytes());
    let note = open_note(signed.as_bytes(), &verifier).expect("opens");
    assert_eq!(note.text, text);

    // Cosigned by a second key: each verifier finds its own signature and
    // ignores the other.
    let witness = signer("witness.example/w1", 2);
    let cosignature = witness.sign(text).expect("sign");
    let both = format!("{signed}{}\n", cosignature.lines().last().expect("line"));
    open_note(both.as_bytes(), &verifier).expect("log signature");
    open_note(both.as_bytes(), &witness.verifier()).expect("witness signature");
    let parsed = parse_note(both.as_bytes()).expect("parse");
    assert_eq!(parsed.signatures.len(), 2);
    assert_eq!(parsed.signatures[1].name, "witness.example/w1");
    assert_eq!(parsed.signatures[1].key_id, witness.key_id());
}

#[test]
fn wrong_keys_and_tampering_fail() {
    let log = signer("example.com/log", 1);
    let signed = log.sign("hello\nworld\n").expect("sign");

    let tampered = signed.replacen("hello", "jello", 1);
    let err = open_note(tampered.as_bytes(), &log.verifier()).expect_err("tampered");
    assert!(
        matches!(err, NoteError::BadSignature { line: 1, .. }),
        "{err:?}"
    );
    assert_eq!(
        err.to_string(),
        format!(
            "signature line 1: signature by example.com/log (key id {:08x}) does not verify over the note text",
            log.key_id()
        )
    );

    // Another key under the same name: its key ID differs, so the signature
    // is not by it.
    let impostor = signer("example.com/log", 2);
    let cosigned = format!(
        "{signed}{}\n",
        signer("witness.example/w1", 3)
            .sign("hello\nworld\n")
            .expect("sign")
            .lines()
            .last()
            .expect("line")
    );
    let err = open_note(cosigned.as_bytes(), &impostor.verifier()).expect_err("wrong key");
    assert_eq!(
        err.to_string(),
        format!(
            "note is not signed by example.com/log (key id {:08x}): signature line 1: key id {:08x} does not match key example.com/log ({:08x}); signature line 2: key witness.example/w1 ({:08x}) is another key",
            impostor.key_id(),
            log.key_id(),
            impostor.key_id(),
            signer("witness.example/w1", 3).key_id()
        )
    );

    // The same key under another name.
    let renamed =
        NoteSigner::new("example.com/other", SigningKey::from_bytes(&[1; 32])).expect("name");
    let err = open_note(signed.as_bytes(), &renamed.verifier()).expect_err("wrong name");
    assert!(
        matches!(&err, NoteError::UnknownKey { name, .. } if name == "example.com/other"),
        "{err:?}"
    );

    // A line that claims the key (name and key ID) with a bad signature.
    let mut forged = log.key_id().to_be_bytes().to_vec();
    forged.extend_from_slice(&[7; 64]);
    let forged_note = format!(
        "hello\nworld\n\n\u{2014} example.com/log {}\n",
        BASE64.encode(&forged)
    );
    let err = open_note(forged_note.as_bytes(), &log.verifier()).expect_err("forged");
    assert!(
        matches!(err, NoteError::BadSignature { line: 1, .. }),
        "{err:?}"
    );
    // A valid signature does not excuse a bad one by the same key.
    let both = format!(
        "{signed}\u{2014} example.com/log {}\n",
        BASE64.encode(&forged)
    );
    let err = open_note(both.as_bytes(), &log.verifier()).expect_err("one bad");
    assert!(
        matches!(err, NoteError::BadSignature { line: 2, .. }),
        "{err:?}"
    );
    // A claimed signature of the wrong length.
    let short = format!(
        "hello\nworld\n\n\u{2014} example.com/log {}\n",
        BASE64.encode(&forged[..4 + 63])
    );
    let err = open_note(short.as_bytes(), &log.verifier()).expect_err("short");
    assert!(
        err.to_string()
            .contains("has 63 bytes, an Ed25519 signature has 64"),
        "{err}"
    );
}

/// A malformed note, what is wrong with it, and the error expected.
type MalformedCase = (String, &'static str, fn(&NoteError) -> bool);

#[test]
fn malformed_notes_fail_with_the_right_error() {
    let log = signer("example.com/log", 1);
    let signed = log.sign("hello\n").expect("sign");
    let signature_b64 = signed.rsplit(' ').next().expect("b64").trim_end();
    let cases: Vec<MalformedCase> = vec![
        (
            format!("hello\n\u{2014} example.com/log {signature_b64}\n"),
            "no blank line",
            |e| matches!(e, NoteError::NoSignatures),
        ),
        (
            "hello\n\n".to_owned(),
            "nothing after the blank line",
            |e| matches!(e, NoteError::NoSignatures),
        ),
        (
            format!("{signed}\n"),
            "a blank line after the signatures",
            |e| matches!(e, NoteError::NoSignatures),
        ),
        (
            signed.replace('\u{2014}', "-"),
            "a hyphen instead of the em dash",
            |e| matches!(e, NoteError::MalformedSignature { line: 1, .. }),
        ),
        (
            signed.replace("\u{2014} ", "\u{2014}"),
            "no space after the em dash",
            |e| matches!(e, NoteError::MalformedSignature { line: 1, .. }),
        ),
        (
            format!("{signed}\u{2014} example.com/log\n"),
            "a signature line without a signature",
            |e| matches!(e, NoteError::MalformedSignature { line: 2, .. }),
        ),
        (
            format!("{signed}\u{2014} example.com/log !!!!\n"),
            "a signature that is not base64",
            |e| matches!(e, NoteError::MalformedSignature { line: 2, .. }),
        ),
        (
            format!("{signed}\u{2014} example.com/log AAAAAA==\n"),
            "a signature shorter than a key ID and a signature",
            |e| matches!(e, NoteError::MalformedSignature { line: 2, .. }),
        ),
        (
            format!("{signed}\u{2014} example+com {signature_b64}\n"),
            "a key name with '+'",
            |e| matches!(e, NoteError::MalformedSignature { line: 2, .. }),
        ),
        (
            format!("{signed}\u{2014} example.com/log  {signature_b64}\n"),
            "two spaces",
            |e| matches!(e, NoteError::MalformedSignature { line: 2, .. }),
        ),
        (signed.replace("hello", "hel\tlo"), "a tab", |e| {
            matches!(e, NoteError::ControlCharacter { line: 1, code: 9 })
        }),
        (
            signed.replace("hello\n", "hello\r\n"),
            "a carriage return",
            |e| matches!(e, NoteError::ControlCharacter { line: 1, code: 13 }),
        ),
        (signed.trim_end().to_owned(), "no final newline", |e| {
            matches!(e, NoteError::MissingFinalNewline)
        }),
        (String::new(), "empty", |e| {
            matches!(e, NoteError::MissingFinalNewline)
        }),
    ];
    for (note, what, expected) in cases {
        let err = parse_note(note.as_bytes()).expect_err(what);
        assert!(expected(&err), "{what}: got {err:?}");
        let err = open_note(note.as_bytes(), &log.verifier()).expect_err(what);
        assert!(expected(&err), "{what} (open): got {err:?}");
    }

    let mut bytes = signed.clone().into_bytes();
    bytes[2] = 0xff;
    assert_eq!(parse_note(&bytes), Err(NoteError::NotUtf8 { offset: 2 }));

    let many: String = (0..101).fold("hello\n\n".to_owned(), |mut note, _| {
        note.push_str(signed.lines().last().expect("line"));
        note.push('\n');
        note
    });
    assert!(matches!(
        parse_note(many.as_bytes()),
        Err(NoteError::TooManySignatures { count: 101, .. })
    ));
    let sixteen: String = (0..16).fold("hello\n\n".to_owned(), |mut note, i| {
        note.push_str(
            signer(&format!("witness{i}"), i)
                .sign("hello\n")
                .expect("sign")
                .lines()
                .last()
                .expect("line"),
        );
        note.push('\n');
        note
    });
    let parsed: Note = parse_note(sixteen.as_bytes()).expect("16 signatures are accepted");
    assert_eq!(parsed.signatures.len(), 16);
    open_note(sixteen.as_bytes(), &signer("witness15", 15).verifier()).expect("the 16th verifies");
}

/// A vkey for the identity point (small order), with a correct key id.
fn weak_vkey() -> String {
    let mut public = [0u8; 32];
    public[0] = 1; // the identity point's encoding
    let mut material = b"weak.example\n\x01".to_vec();
    material.extend_from_slice(&public);
    let digest = Sha256::digest(&material);
    let mut key = vec![0x01];
    key.extend_from_slice(&public);
    format!(
        "weak.example+{}+{}",
        digest[..4]
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect::<String>(),
        BASE64.encode(&key)
    )
}

#[test]
fn key_names_and_verifier_keys_are_checked() {
    let key = || SigningKey::from_bytes(&[9; 32]);
    for bad in [
        "",
        "a+b",
        "a b",
        "a\tb",
        "a\u{a0}b",
        "a\u{2003}b",
        "a\nb",
        "a\u{1}b",
    ] {
        let err = NoteSigner::new(bad, key()).expect_err(bad);
        assert!(
            matches!(err, NoteError::InvalidKeyName { .. }),
            "{bad:?}: {err:?}"
        );
        assert!(check_key_name(bad).is_err());
    }
    for good in [
        "example.com/log",
        "PeterNeumann",
        "ünïcode/名前",
        "a-b_c.d~e",
    ] {
        NoteSigner::new(good, key()).expect(good);
    }
    assert_eq!(
        NoteSigner::new("a b", key())
            .expect_err("space")
            .to_string(),
        "invalid key name \"a b\": it contains white space"
    );

    // transparency-dev/formats note tests: a vkey whose base64 contains '+'
    // (the key id check proves it was read whole).
    let plus = NoteVerifier::parse("TEST+7997405c+AQcC+FTVKf0jlTdHDY3rbevmnKxxPjigCXlVtGe6RIr6")
        .expect("a base64 key with '+'");
    assert_eq!(plus.key_id(), 0x7997405c);
    assert_eq!(
        plus.to_vkey(),
        "TEST+7997405c+AQcC+FTVKf0jlTdHDY3rbevmnKxxPjigCXlVtGe6RIr6"
    );

    let log = signer("example.com/log", 1);
    assert!(matches!(
        log.sign("no final newline"),
        Err(NoteError::InvalidText { .. })
    ));
    assert!(matches!(
        log.sign("bell \u{7}\n"),
        Err(NoteError::InvalidText { .. })
    ));

    let vkey = log.verifier().to_vkey();
    let (name, rest) = vkey.split_once('+').expect("name");
    let (id, material) = rest.split_once('+').expect("id");
    let mut raw = BASE64.decode(material).expect("base64");
    let wrong_type = {
        raw[0] = 0x02;
        format!("{name}+{id}+{}", BASE64.encode(&raw))
    };
    raw[0] = 0x01;
    let short_key = format!("{name}+{id}+{}", BASE64.encode(&raw[..32]));
    let other_id = format!("{:08x}", log.key_id() ^ 1);
    let cases = [
        (
            format!("{name}+{other_id}+{material}"),
            "does not match the name and key",
        ),
        (
            format!("other.example+{id}+{material}"),
            "does not match the name and key",
        ),
        (
            format!("{name}+{}+{material}", id.to_uppercase()),
            "8 lowercase hex digits",
        ),
        (
            format!("{name}+{}+{material}", &id[..7]),
            "8 lowercase hex digits",
        ),
        (format!("{name}+{id}"), "three parts"),
        (format!("{name}+{id}+{material}+extra"), "not valid base64"),
        (format!("{name}+{id}+not base64!"), "not valid base64"),
        (wrong_type, "signature type 0x02 is not supported"),
        (short_key, "32 bytes, got 31"),
        (format!("+{id}+{material}"), "it is empty"),
        (format!("{name}+{id}+"), "the key is empty"),
        (weak_vkey(), "small-order (weak) point"),
    ];
    for (vkey, message) in cases {
        let err = NoteVerifier::parse(&vkey).expect_err(&vkey);
        assert!(
            matches!(err, NoteError::InvalidVerifierKey { .. }),
            "{vkey}: {err:?}"
        );
        assert!(err.to_string().contains(message), "{vkey}: {err}");
    }
}

#[test]
fn checkpoints_sign_open_and_parse() {
    let log = signer("example.com/log", 1);
    let (tree, _) = big_tree();
    let checkpoint = Checkpoint {
        origin: "example.com/log".to_owned(),
        size: 1234,
        root: tree.root_at(1234).expect("size"),
        extensions: vec!["an extension".to_owned()],
    };
    let text = checkpoint.to_text();
    assert_eq!(
        text,
        format!(
            "example.com/log\n1234\n{}\nan extension\n",
            BASE64.encode(checkpoint.root)
        )
    );
    assert_eq!(Checkpoint::parse_text(&text), Ok(checkpoint.clone()));
    let signed = checkpoint.sign(&log).expect("sign");
    assert_eq!(
        Checkpoint::open(signed.as_bytes(), &log.verifier()),
        Ok(checkpoint.clone())
    );
    let err = Checkpoint::open(signed.as_bytes(), &signer("example.com/log", 2).verifier())
        .expect_err("wrong key");
    assert!(
        matches!(err, CheckpointError::Note(NoteError::UnknownKey { .. })),
        "{err:?}"
    );
    let tampered = signed.replace("1234", "1235");
    assert!(matches!(
        Checkpoint::open(tampered.as_bytes(), &log.verifier()),
        Err(CheckpointError::Note(NoteError::BadSignature { .. }))
    ));
    // The origin need not be the key name.
    let other = Checkpoint {
        origin: "another.example/origin".to_owned(),
        ..checkpoint.clone()
    };
    let signed = other.sign(&log).expect("sign");
    assert_eq!(
        Checkpoint::open(signed.as_bytes(), &log.verifier()),
        Ok(other)
    );

    let root = BASE64.encode(checkpoint.root);
    let short_root = BASE64.encode(&checkpoint.root[..31]);
    let cases = [
        (String::new(), "has 0 lines"),
        ("o\n1\n".to_owned(), "has 2 lines"),
        (format!("o\n1\n{root}"), "does not end with a newline"),
        (
            format!("\n1\n{root}\n"),
            "line 1 (origin): the line is empty",
        ),
        (
            format!("o\n01\n{root}\n"),
            "line 2 (tree size): \"01\" has a leading zero",
        ),
        (format!("o\n-1\n{root}\n"), "is not a decimal number"),
        (format!("o\n+1\n{root}\n"), "is not a decimal number"),
        (format!("o\n 1\n{root}\n"), "is not a decimal number"),
        (
            format!("o\n18446744073709551616\n{root}\n"),
            "does not fit in 64 bits",
        ),
        (
            format!("o\n1\n{short_root}\n"),
            "line 3 (root hash): the root hash has 31 bytes",
        ),
        (
            format!("o\n1\n{}\n", root.trim_end_matches('=')),
            "not valid base64",
        ),
        (
            format!("o\n1\n{root}\n\n"),
            "line 4 (extension): the line is empty",
        ),
        (
            format!("o\n1\n{root}\next\n\n"),
            "line 5 (extension): the line is empty",
        ),
        (format!("o\r\n1\n{root}\n"), "control character U+000D"),
    ];
    for (text, message) in cases {
        let err = Checkpoint::parse_text(&text).expect_err(&text);
        assert!(err.to_string().contains(message), "{text:?}: {err}");
    }
    assert_eq!(
        Checkpoint::parse_text(&format!("o\n0\n{}\n", BASE64.encode(empty_root())))
            .expect("size 0")
            .size,
        0
    );
    assert_eq!(
        Checkpoint::parse_text(&format!("o\n18446744073709551615\n{root}\n"))
            .expect("u64::MAX")
            .size,
        u64::MAX
    );

    // What cannot be a checkpoint is not signed.
    for bad in [
        Checkpoint {
            origin: String::new(),
            ..checkpoint.clone()
        },
        Checkpoint {
            origin: "two\nlines".to_owned(),
            ..checkpoint.clone()
        },
        Checkpoint {
            extensions: vec![String::new()],
            ..checkpoint.clone()
        },
        Checkpoint {
            extensions: vec!["a\nb".to_owned()],
            ..checkpoint.clone()
        },
    ] {
        assert!(bad.sign(&log).is_err(), "{bad:?}");
    }
}

// ---------------------------------------------------------------------------
// 5. Interoperability: an independent verifier in Python
// ---------------------------------------------------------------------------

/// Whether `python3` with the `cryptography` package is available; skips
/// with a message when not, fails under CI=true.
fn python_with_cryptography(test: &str) -> bool {
    let ok = Command::new("python3")
        .args(["-c", "import cryptography"])
        .output()
        .is_ok_and(|out| out.status.success());
    if !ok {
        assert!(
            !in_ci(),
            "{test}: python3 with the cryptography package is required under CI=true"
        );
        eprintln!("{test} skipped: python3 with the cryptography package is not available");
    }
    ok
}

fn python_check(vkey: &str, note: &[u8]) -> Result<String, String> {
    let dir = tempfile::tempdir().expect("temporary directory");
    let path = dir.path().join("note");
    std::fs::write(&path, note).expect("write the note");
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/tlog/note_check.py");
    let out = Command::new("python3")
        .arg(&script)
        .arg(vkey)
        .arg(&path)
        .output()
        .expect("run python3");
    if out.status.success() {
        Ok(String::from_utf8_lossy(&out.stdout).into_owned())
    } else {
        Err(String::from_utf8_lossy(&out.stderr).into_owned())
    }
}

#[test]
fn python_verifies_our_checkpoints() {
    if !python_with_cryptography("python_verifies_our_checkpoints") {
        return;
    }
    let log = signer("example.com/iotmark-log", 42);
    let vkey = log.verifier().to_vkey();
    let (tree, _) = big_tree();
    for (size, extensions) in [
        (0, vec![]),
        (1, vec![]),
        (1000, vec!["ext line".to_owned()]),
    ] {
        let checkpoint = Checkpoint {
            origin: "iotmark.example/log".to_owned(),
            size,
            root: tree.root_at(size).expect("size"),
            extensions,
        };
        let signed = checkpoint.sign(&log).expect("sign");
        let out = python_check(&vkey, signed.as_bytes())
            .unwrap_or_else(|e| panic!("python rejected our checkpoint of size {size}: {e}"));
        assert_eq!(
            out,
            format!(
                "origin iotmark.example/log\nsize {size}\nroot {}\n",
                to_hex(&checkpoint.root)
            )
        );
        // Cosigned: Python ignores the other key's line and finds ours.
        let witness = signer("witness.example/w1", 7);
        let cosignature = witness.sign(&checkpoint.to_text()).expect("sign");
        let cosigned = format!("{signed}{}\n", cosignature.lines().last().expect("line"));
        python_check(&vkey, cosigned.as_bytes()).expect("python finds our signature");
        python_check(&witness.verifier().to_vkey(), cosigned.as_bytes())
            .expect("python finds the witness signature");

        // The checker is not vacuous: it rejects tampering and other keys.
        let tampered = signed.replacen("iotmark.example", "iotmark.exampl3", 1);
        let err = python_check(&vkey, tampered.as_bytes()).expect_err("tampered");
        assert!(err.contains("does not verify"), "{err}");
        let other = signer("example.com/iotmark-log", 43).verifier().to_vkey();
        let err = python_check(&other, signed.as_bytes()).expect_err("other key");
        assert!(err.contains("no signature by"), "{err}");
    }
    // It verifies the known vectors' signatures too (and then rejects them
    // only because their texts are not checkpoints).
    for (vkey, note) in [(PETER_VKEY, PETER_NOTE), (FOO_VKEY, FOO_NOTE)] {
        let err = python_check(vkey, note.as_bytes()).expect_err("not a checkpoint");
        assert!(err.contains("fewer than 3 lines"), "{vkey}: {err}");
    }
}

// ---------------------------------------------------------------------------
// 6. Tiles
// ---------------------------------------------------------------------------

#[test]
fn tile_paths_follow_the_spec() {
    assert_eq!(tile_path(0, 1234067, 256), "tile/0/x001/x234/067");
    assert_eq!(tile_path(1, 0, 13), "tile/1/000.p/13");
    assert_eq!(tile_path(0, 0, 256), "tile/0/000");
    assert_eq!(tile_path(2, 999, 256), "tile/2/999");
    assert_eq!(tile_path(3, 1000, 1), "tile/3/x001/000.p/1");
    assert_eq!(tile_path(63, 1_000_000, 255), "tile/63/x001/x000/000.p/255");
    assert_eq!(
        tile_path(0, u64::MAX, 256),
        "tile/0/x018/x446/x744/x073/x709/x551/615"
    );
    assert_eq!(entries_path(1234067, 256), "tile/entries/x001/x234/067");
    assert_eq!(entries_path(0, 112), "tile/entries/000.p/112");

    for (path, parsed) in [
        ("tile/0/x001/x234/067", (Kind::Hashes, 0, 1234067, 256)),
        ("tile/1/000.p/13", (Kind::Hashes, 1, 0, 13)),
        ("tile/63/999", (Kind::Hashes, 63, 999, 256)),
        ("tile/entries/x001/000.p/7", (Kind::Entries, 0, 1000, 7)),
        ("tile/entries/000", (Kind::Entries, 0, 0, 256)),
    ] {
        assert_eq!(parse_tile_path(path), Some(parsed), "{path}");
    }
    for bad in [
        "",
        "tile/",
        "tile/0/",
        "/tile/0/000",
        "tile/0/000/",
        "tile/00/000",
        "tile/64/000",
        "tile/-1/000",
        "tile/0/0",
        "tile/0/0000",
        "tile/0/1234",
        "tile/0/x001",
        "tile/0/001/234",
        "tile/0/x000/001",
        "tile/0/x01/001",
        "tile/0/000.p/0",
        "tile/0/000.p/256",
        "tile/0/000.p/013",
        "tile/0/000.p/",
        "tile/0/000.p/1/2",
        "tile/entries/000.p/300",
        "tile/entries/x000",
        "tile/entries/1/000",
        "tile/0/x018/x446/x744/x073/x709/x551/616",
        "tile/0/x999/x999/x999/x999/x999/x999/x999/999",
    ] {
        assert_eq!(parse_tile_path(bad), None, "{bad:?}");
    }
}

#[test]
fn tiles_for_sizes_follow_the_spec() {
    assert!(tiles_for(0).is_empty());
    assert_eq!(tiles_for(1), vec![(0, 0, 1)]);
    assert_eq!(tiles_for(255), vec![(0, 0, 255)]);
    // "a tree of size 256 will be represented by a full level 0 tile and a
    // partial level 1 tile of width 1."
    assert_eq!(tiles_for(256), vec![(0, 0, 256), (1, 0, 1)]);
    assert_eq!(tiles_for(257), vec![(0, 0, 256), (0, 1, 1), (1, 0, 1)]);
    // "a tree of size 70,000 will be represented by 273 full level 0 tiles,
    // one partial level 0 tile of width 112, one full level 1 tile, one
    // partial level 1 tile of width 17, and one partial level 2 tile of width
    // 1."
    let tiles = tiles_for(70_000);
    let mut expected: Vec<(u8, u64, u64)> = (0..273).map(|i| (0, i, 256)).collect();
    expected.extend([(0, 273, 112), (1, 0, 256), (1, 1, 17), (2, 0, 1)]);
    assert_eq!(tiles, expected);
    assert_eq!(bundles_for(70_000).len(), 274);
    assert_eq!(bundles_for(70_000)[273], (273, 112));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn tile_paths_round_trip(level in 0u8..=63, index in any::<u64>(), width in 1u64..=256) {
        let path = tile_path(level, index, width);
        prop_assert_eq!(parse_tile_path(&path), Some((Kind::Hashes, level, index, width)));
        let path = entries_path(index, width);
        prop_assert_eq!(parse_tile_path(&path), Some((Kind::Entries, 0, index, width)));
    }

    /// Growing from `old` to `new` adds exactly the tiles `new` has and `old`
    /// does not.
    #[test]
    fn tiles_between_is_the_difference(old in 0u64..200_000, grow in 0u64..100_000) {
        let new = old + grow;
        let before: BTreeSet<_> = tiles_for(old).into_iter().collect();
        let after: BTreeSet<_> = tiles_for(new).into_iter().collect();
        let added: BTreeSet<_> = tiles_between(old, new).into_iter().collect();
        let expected: BTreeSet<_> = after.difference(&before).copied().collect();
        prop_assert_eq!(added, expected);
        prop_assert!(tiles_between(new, old).is_empty() || grow == 0);
    }

    #[test]
    fn entry_bundles_round_trip(entries in proptest::collection::vec(proptest::collection::vec(any::<u8>(), 0..300), 0..20)) {
        let refs: Vec<&[u8]> = entries.iter().map(Vec::as_slice).collect();
        let bundle = entry_bundle(&refs);
        prop_assert_eq!(bundle.len(), entries.iter().map(|e| 2 + e.len()).sum::<usize>());
        prop_assert_eq!(parse_entry_bundle(&bundle), Ok(refs));
    }
}

#[test]
fn entry_bundle_format() {
    let bundle = entry_bundle(&[b"ab", b"", &[7; 300]]);
    assert_eq!(&bundle[..6], &[0, 2, b'a', b'b', 0, 0]);
    assert_eq!(&bundle[6..8], &[0x01, 0x2c]);
    assert_eq!(bundle.len(), 4 + 2 + 2 + 300);
    let max = vec![1u8; 65535];
    assert_eq!(try_entry_bundle(&[&max]).expect("fits").len(), 65537);
    let too_big = vec![1u8; 65536];
    assert_eq!(
        try_entry_bundle(&[b"x", &too_big]),
        Err(BundleError::EntryTooLarge {
            index: 1,
            len: 65536
        })
    );
    assert!(matches!(
        parse_entry_bundle(&[0, 2, b'a']),
        Err(BundleError::Truncated {
            offset: 0,
            index: 0,
            ..
        })
    ));
    assert!(matches!(
        parse_entry_bundle(&[0, 1, b'a', 0]),
        Err(BundleError::Truncated {
            offset: 3,
            index: 1,
            ..
        })
    ));
}

#[test]
fn tile_data_is_the_tree_hashes() {
    let (_, leaves) = big_tree();
    let tree = MemoryTree::from_leaves(leaves.iter().copied().cycle().take(70_000));
    let all: Vec<Hash> = leaves.iter().copied().cycle().take(70_000).collect();

    // A full and a partial level-0 tile: leaf hashes.
    let full = tile_data(&tree, 0, 5, 256);
    assert_eq!(full.len(), 8192);
    assert_eq!(full, all[5 * 256..6 * 256].concat());
    let partial = tile_data(&tree, 0, 273, 112);
    assert_eq!(partial, all[273 * 256..70_000].concat());

    // Level 1: hash i is the root of leaves [256 i, 256 (i + 1)).
    let level1 = tile_data(&tree, 1, 1, 17);
    assert_eq!(level1.len(), 17 * 32);
    for (i, hash) in level1.chunks(32).enumerate() {
        let n = 256 + i;
        assert_eq!(
            hash,
            naive_mth(&all[n * 256..(n + 1) * 256]),
            "level 1 hash {n}"
        );
    }
    // Level 2: one hash, the root of the first 65536 leaves.
    assert_eq!(
        tile_data(&tree, 2, 0, 1),
        tree.root_at(65_536).expect("size")
    );
    // Asking beyond the tree gives only what exists.
    assert_eq!(tile_data(&tree, 0, 273, 256).len(), 112 * 32);
    assert!(tile_data(&tree, 3, 0, 1).is_empty());
}

/// A client that has nothing but the tile files of a tree of `size` leaves.
struct TileReader<'a> {
    files: &'a HashMap<String, Vec<u8>>,
    size: u64,
}

impl TileReader<'_> {
    /// Hash `i` of tree level `8 * level`, from the tile that holds it at
    /// this tree size.
    fn stored(&self, level: u32, i: u64) -> Hash {
        let tile = i / 256;
        let hashes = self.size >> (8 * level);
        let width = (hashes - tile * 256).min(256);
        let path = tile_path(level as u8, tile, width);
        let data = self
            .files
            .get(&path)
            .unwrap_or_else(|| panic!("the reader needs {path}, which was not written"));
        assert_eq!(data.len() as u64, width * 32, "{path} has the wrong length");
        let offset = (i % 256) as usize * 32;
        data[offset..offset + 32].try_into().expect("32 bytes")
    }

    /// The hash of the complete subtree of `2^k` leaves starting at `start`.
    fn subtree(&self, k: u32, start: u64) -> Hash {
        let (level, height) = (k / 8, k % 8);
        let first = start >> (8 * level);
        let mut hashes: Vec<Hash> = (first..first + (1 << height))
            .map(|i| self.stored(level, i))
            .collect();
        while hashes.len() > 1 {
            hashes = hashes
                .chunks(2)
                .map(|pair| node_hash(&pair[0], &pair[1]))
                .collect();
        }
        hashes[0]
    }

    /// MTH(D[start:start + n]) by the RFC 6962 recursion, reading complete
    /// subtrees from the tiles.
    fn mth(&self, start: u64, n: u64) -> Hash {
        if n.is_power_of_two() {
            return self.subtree(n.trailing_zeros(), start);
        }
        let k = 1 << (63 - (n - 1).leading_zeros());
        node_hash(&self.mth(start, k), &self.mth(start + k, n - k))
    }

    fn root(&self) -> Hash {
        if self.size == 0 {
            empty_root()
        } else {
            self.mth(0, self.size)
        }
    }

    /// The entries of the bundles, checked against the level-0 tiles.
    fn entries(&self) -> Vec<Vec<u8>> {
        let mut entries = Vec::new();
        for (index, width) in bundles_for(self.size) {
            let path = entries_path(index, width);
            let bundle = self
                .files
                .get(&path)
                .unwrap_or_else(|| panic!("{path} is missing"));
            let parsed = parse_entry_bundle(bundle).expect("a well-formed bundle");
            assert_eq!(parsed.len() as u64, width, "{path}");
            for (i, entry) in parsed.into_iter().enumerate() {
                let n = index * 256 + i as u64;
                assert_eq!(leaf_hash(entry), self.stored(0, n), "entry {n} vs its tile");
                entries.push(entry.to_vec());
            }
        }
        entries
    }
}

fn write_tiles(
    files: &mut HashMap<String, Vec<u8>>,
    tree: &MemoryTree,
    entries: &[Vec<u8>],
    old: u64,
    new: u64,
) {
    for (level, index, width) in tiles_between(old, new) {
        files.insert(
            tile_path(level, index, width),
            tile_data(tree, level, index, width),
        );
        if level == 0 {
            let start = (index * 256) as usize;
            let refs: Vec<&[u8]> = entries[start..start + width as usize]
                .iter()
                .map(Vec::as_slice)
                .collect();
            files.insert(entries_path(index, width), entry_bundle(&refs));
        }
    }
}

#[test]
fn a_reader_with_only_tiles_reproduces_the_root() {
    let entries: Vec<Vec<u8>> = (0..70_001u32)
        .map(|i| format!("entry {i}").into_bytes())
        .collect();
    let mut tree = MemoryTree::new();
    for entry in &entries {
        tree.push_entry(entry);
    }
    for size in [
        1u64, 2, 3, 255, 256, 257, 511, 512, 4097, 65_535, 65_536, 65_537, 70_000, 70_001,
    ] {
        let mut files = HashMap::new();
        write_tiles(&mut files, &tree, &entries, 0, size);
        let reader = TileReader {
            files: &files,
            size,
        };
        assert_eq!(
            reader.root(),
            tree.root_at(size).expect("size"),
            "size {size}"
        );
        if size <= 4097 || size == 70_001 {
            assert_eq!(
                reader.entries(),
                entries[..size as usize],
                "entries of {size}"
            );
        }
    }
    // A log that grows writes only the new tiles; readers at every published
    // size keep working.
    let mut files = HashMap::new();
    let sizes = [0u64, 1, 100, 256, 300, 65_536, 65_600, 70_001];
    for pair in sizes.windows(2) {
        write_tiles(&mut files, &tree, &entries, pair[0], pair[1]);
        for &size in &sizes[1..] {
            if size <= pair[1] {
                let reader = TileReader {
                    files: &files,
                    size,
                };
                assert_eq!(
                    reader.root(),
                    tree.root_at(size).expect("size"),
                    "size {size}"
                );
            }
        }
    }
    let expected: BTreeSet<String> = sizes
        .iter()
        .flat_map(|&size| {
            let tiles = tiles_for(size)
                .into_iter()
                .map(|(l, i, w)| tile_path(l, i, w));
            let bundles = bundles_for(size)
                .into_iter()
                .map(|(i, w)| entries_path(i, w));
            tiles.chain(bundles).collect::<Vec<_>>()
        })
        .collect();
    assert_eq!(
        files.keys().cloned().collect::<BTreeSet<_>>(),
        expected,
        "the files written while growing are the tiles of every published size"
    );
}

// ---------------------------------------------------------------------------
// Parsers never panic
// ---------------------------------------------------------------------------

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn parse_note_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        let _ = parse_note(&bytes);
    }

    #[test]
    fn parse_note_never_panics_on_note_like_text(text in "([a-z/. +=\n]|\u{2014}|[A-Za-z0-9+/=]{4,12}){0,40}") {
        let _ = parse_note(text.as_bytes());
        let _ = Checkpoint::parse_text(&text);
    }

    #[test]
    fn checkpoint_parse_text_never_panics(text in any::<String>()) {
        let _ = Checkpoint::parse_text(&text);
    }

    #[test]
    fn checkpoint_parse_text_never_panics_on_near_checkpoints(
        text in "[a-z./]{0,12}\n[0-9+-]{0,22}\n[A-Za-z0-9+/=]{0,48}\n([a-z ]{0,5}\n){0,3}"
    ) {
        if let Ok(checkpoint) = Checkpoint::parse_text(&text) {
            prop_assert_eq!(checkpoint.to_text(), text);
        }
    }

    #[test]
    fn parse_tile_path_never_panics(path in any::<String>()) {
        let _ = parse_tile_path(&path);
    }

    #[test]
    fn parse_tile_path_never_panics_on_path_like_text(path in "(tile/|entries/|x|[0-9]|/|\\.p/|\\.){0,25}") {
        if let Some((kind, level, index, width)) = parse_tile_path(&path) {
            let again = match kind {
                Kind::Hashes => tile_path(level, index, width),
                Kind::Entries => entries_path(index, width),
            };
            prop_assert_eq!(again, path);
        }
    }

    #[test]
    fn verifier_key_parse_never_panics(vkey in any::<String>()) {
        let _ = NoteVerifier::parse(&vkey);
    }

    #[test]
    fn entry_bundle_parse_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..300)) {
        let _ = parse_entry_bundle(&bytes);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// A signed note with any byte changed either fails to open or is the
    /// same note.
    #[test]
    fn mutated_notes_do_not_open(position in any::<usize>(), byte in any::<u8>()) {
        let log = signer("example.com/log", 1);
        let signed = Checkpoint {
            origin: "example.com/log".to_owned(),
            size: 12,
            root: leaf_hash(b"root"),
            extensions: vec![],
        }
        .sign(&log)
        .expect("sign")
        .into_bytes();
        let mut mutated = signed.clone();
        let i = position % mutated.len();
        mutated[i] = byte;
        if open_note(&mutated, &log.verifier()).is_ok() {
            prop_assert_eq!(mutated, signed);
        }
    }

    #[test]
    fn checkpoint_text_round_trips(
        origin in "[^\n\\x00-\\x1f]{1,30}",
        size in any::<u64>(),
        root in any::<[u8; 32]>(),
        extensions in proptest::collection::vec("[^\n\\x00-\\x1f]{1,20}", 0..3),
    ) {
        let checkpoint = Checkpoint { origin, size, root, extensions };
        prop_assert_eq!(Checkpoint::parse_text(&checkpoint.to_text()), Ok(checkpoint));
    }
}
