//! The in-memory Merkle tree against the speed of SHA-256 on this machine.
//!
//! - `sha256/64-byte message`: the raw hash rate (each 64-byte message is two
//!   SHA-256 compressions, like a node hash).
//! - `append/push_entry`: `MemoryTree::push_entry` of 32-byte entries into a
//!   new tree (elements per second). Each append hashes its 33-byte leaf (one
//!   compression) and, on average, one 65-byte node (two compressions).
//! - `inclusion/*`, `consistency/*`: proof generation and verification in
//!   trees of 1,000,000 and 10,000,000 leaves (built once, outside the
//!   timing), at pseudo-random indices and old sizes.
//!
//! The last step prints a summary: SHA-256 rate, append rate, and appends
//! per second against the SHA-256-bound rate.
//!
//! Run: `cargo bench -p iotmark-tlog --bench tlog`.

use std::hint::black_box;
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use criterion::{BatchSize, Criterion, Throughput, criterion_group, criterion_main};
use iotmark_tlog::hash::Hash;
use iotmark_tlog::proof::{verify_consistency, verify_inclusion};
use iotmark_tlog::tree::MemoryTree;
use sha2::{Digest, Sha256};

const MILLION: u64 = 1_000_000;
const TEN_MILLION: u64 = 10_000_000;
/// Entries per iteration of the append benchmark.
const APPEND_BATCH: u64 = 1 << 16;

/// A distinct 32-byte entry for index `i`.
fn entry(i: u64) -> [u8; 32] {
    let mut e = [0u8; 32];
    e[..8].copy_from_slice(&i.to_le_bytes());
    e[8..16].copy_from_slice(&i.wrapping_mul(0x9e37_79b9_7f4a_7c15).to_le_bytes());
    e
}

/// Pseudo-random numbers in `0..bound` (a fixed sequence).
fn sample(count: usize, bound: u64, seed: u64) -> Vec<u64> {
    let mut x = seed;
    (0..count)
        .map(|_| {
            x = x
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            (x >> 11) % bound
        })
        .collect()
}

/// A tree of `n` entries and how long the appends took.
fn build(n: u64) -> (MemoryTree, Duration) {
    let mut tree = MemoryTree::new();
    let start = Instant::now();
    for i in 0..n {
        tree.push_entry(&entry(i));
    }
    (tree, start.elapsed())
}

fn tree_1m() -> &'static MemoryTree {
    static TREE: OnceLock<MemoryTree> = OnceLock::new();
    TREE.get_or_init(|| build(MILLION).0)
}

/// The 10M-leaf tree and the time its 10M appends took.
fn tree_10m() -> &'static (MemoryTree, Duration) {
    static TREE: OnceLock<(MemoryTree, Duration)> = OnceLock::new();
    TREE.get_or_init(|| {
        let (tree, took) = build(TEN_MILLION);
        println!(
            "built a tree of {TEN_MILLION} leaves in {:.2} s ({:.0} appends/s, {} MB of hashes)",
            took.as_secs_f64(),
            TEN_MILLION as f64 / took.as_secs_f64(),
            (0..64).map(|k| tree.level(k).len()).sum::<usize>() * 32 / 1_000_000
        );
        (tree, took)
    })
}

fn bench_sha256(c: &mut Criterion) {
    let mut group = c.benchmark_group("sha256");
    group.throughput(Throughput::Bytes(64));
    let message = [0x5au8; 64];
    group.bench_function("64-byte message", |b| {
        b.iter(|| Sha256::digest(black_box(&message)))
    });
    group.finish();
}

fn bench_append(c: &mut Criterion) {
    let entries: Vec<[u8; 32]> = (0..APPEND_BATCH).map(entry).collect();
    let mut group = c.benchmark_group("append");
    group.throughput(Throughput::Elements(APPEND_BATCH));
    group.bench_function("push_entry 65536 x 32 bytes into a new tree", |b| {
        b.iter_batched_ref(
            MemoryTree::new,
            |tree| {
                for e in &entries {
                    tree.push_entry(e);
                }
            },
            BatchSize::LargeInput,
        )
    });
    group.finish();
}

fn bench_proofs(c: &mut Criterion) {
    const SAMPLES: usize = 4096;
    for (label, tree) in [("1M", tree_1m()), ("10M", &tree_10m().0)] {
        let size = tree.size();
        let root = tree.root();
        let indices = sample(SAMPLES, size, 1);
        let olds: Vec<u64> = sample(SAMPLES, size - 1, 2)
            .into_iter()
            .map(|o| o + 1)
            .collect();

        let mut group = c.benchmark_group("inclusion");
        let mut i = 0;
        group.bench_function(format!("generate {label}"), |b| {
            b.iter(|| {
                i = (i + 1) % SAMPLES;
                tree.inclusion_proof(black_box(indices[i]), size)
            })
        });
        let proofs: Vec<(u64, Hash, Vec<Hash>)> = indices
            .iter()
            .map(|&index| {
                let leaf = tree.leaf(index).expect("leaf");
                let proof = tree.inclusion_proof(index, size).expect("proof");
                (index, leaf, proof)
            })
            .collect();
        let mut i = 0;
        group.bench_function(format!("verify {label}"), |b| {
            b.iter(|| {
                i = (i + 1) % SAMPLES;
                let (index, leaf, proof) = &proofs[i];
                verify_inclusion(*index, size, leaf, proof, &root).expect("verifies")
            })
        });
        group.finish();

        let mut group = c.benchmark_group("consistency");
        let mut i = 0;
        group.bench_function(format!("generate {label}"), |b| {
            b.iter(|| {
                i = (i + 1) % SAMPLES;
                tree.consistency_proof(black_box(olds[i]), size)
            })
        });
        let proofs: Vec<(u64, Hash, Vec<Hash>)> = olds
            .iter()
            .map(|&old| {
                let old_root = tree.root_at(old).expect("root");
                let proof = tree.consistency_proof(old, size).expect("proof");
                (old, old_root, proof)
            })
            .collect();
        let mut i = 0;
        group.bench_function(format!("verify {label}"), |b| {
            b.iter(|| {
                i = (i + 1) % SAMPLES;
                let (old, old_root, proof) = &proofs[i];
                verify_consistency(*old, size, old_root, &root, proof).expect("verifies")
            })
        });
        group.finish();
    }
}

/// Times `f` over `n` operations, best of three runs, in operations per
/// second.
fn rate(n: u64, mut f: impl FnMut(u64)) -> f64 {
    (0..3)
        .map(|_| {
            let start = Instant::now();
            f(n);
            n as f64 / start.elapsed().as_secs_f64()
        })
        .fold(0.0, f64::max)
}

fn summary(_: &mut Criterion) {
    const N: u64 = 1 << 22;
    let message = [0x5au8; 64];
    let sha = rate(N, |n| {
        for _ in 0..n {
            black_box(Sha256::digest(black_box(&message)));
        }
    });
    let entries: Vec<[u8; 32]> = (0..N).map(entry).collect();
    let appends = rate(N, |n| {
        let mut tree = MemoryTree::new();
        for e in &entries[..n as usize] {
            tree.push_entry(e);
        }
        black_box(tree.size());
    });
    let (_, took_10m) = tree_10m();
    let appends_10m = TEN_MILLION as f64 / took_10m.as_secs_f64();
    // Compressions: a 64-byte message is 2; an append is 3 (the 33-byte
    // leaf is 1, the average one 65-byte node is 2).
    let bound = sha * 2.0 / 3.0;
    println!();
    println!(
        "summary: SHA-256 {:.2} M hashes/s of 64 bytes ({:.0} MB/s, {:.2} M compressions/s)",
        sha / 1e6,
        sha * 64.0 / 1e6,
        sha * 2.0 / 1e6
    );
    println!(
        "summary: push_entry {:.2} M appends/s ({} entries of 32 bytes into a new tree), {:.2} M appends/s building 10M",
        appends / 1e6,
        N,
        appends_10m / 1e6
    );
    println!(
        "summary: SHA-256-bound append rate {:.2} M/s (3 compressions per append); appends reach {:.0}% of it ({:.0}% of the raw 64-byte hash rate)",
        bound / 1e6,
        100.0 * appends / bound,
        100.0 * appends / sha
    );
}

criterion_group!(benches, bench_sha256, bench_append, bench_proofs, summary);
criterion_main!(benches);
