//! Durable appends on this machine's disk.
//!
//! 1. Group commit: `BENCH_THREADS` writer threads (default 64) append
//!    through one [`Sequencer`] into a [`FileStore`] in a temporary directory
//!    for `BENCH_SECS` seconds (default 5). Reports durable appends per
//!    second and the integration latency (append call → acknowledged, i.e.
//!    durable and in a published checkpoint) at p50, p99 and max.
//! 2. One writer calling `Log::append_batch` with batches of 1, 100 and 1000
//!    entries: entries and batches per second.
//!
//! Targets: at least 5,000 durable appends/s with p99 integration under 1 s.
//! `BENCH_DIR` puts the temporary directories elsewhere (default: the system
//! temporary directory); `BENCH_ENTRY` sets the entry size (default 512).

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use ed25519_dalek::SigningKey;
use iotmark_tlog::file::FileStore;
use iotmark_tlog::log::{Log, Sequencer};
use iotmark_tlog::note::NoteSigner;
use iotmark_tlog::store::LogStore;

const ORIGIN: &str = "bench.iotmark.test/log";

fn env_or<T: std::str::FromStr>(name: &str, default: T) -> T {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn signer() -> NoteSigner {
    NoteSigner::new(ORIGIN, SigningKey::from_bytes(&[42u8; 32])).expect("key name")
}

fn new_log(dir: &Path) -> Log<FileStore> {
    let store = FileStore::create(
        dir,
        ORIGIN,
        &signer().verifier(),
        Path::new("/bench/key.pem"),
    )
    .expect("creating the log");
    Log::open(store, ORIGIN, signer()).expect("opening the log")
}

/// Entry `i` of `len` bytes (distinct, incompressible enough).
fn entry(i: u64, len: usize) -> Vec<u8> {
    let mut x = i.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
    (0..len)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x as u8
        })
        .collect()
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    let rank = ((p / 100.0) * (sorted.len() - 1) as f64).round() as usize;
    sorted[rank.min(sorted.len() - 1)]
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

struct GroupCommit {
    appends: u64,
    rate: f64,
    p50: Duration,
    p99: Duration,
    max: Duration,
    batches: u64,
}

fn group_commit(base: &Path, threads: u64, secs: f64, entry_len: usize) -> GroupCommit {
    let dir = base.join("group-commit");
    let log = new_log(&dir);
    let sequencer = Sequencer::start(log, 4096, Duration::ZERO);
    let start = Instant::now();
    let deadline = start + Duration::from_secs_f64(secs);
    let latencies: Vec<Vec<Duration>> = std::thread::scope(|s| {
        let handles: Vec<_> = (0..threads)
            .map(|t| {
                let sequencer = &sequencer;
                s.spawn(move || {
                    let mut latencies = Vec::new();
                    let mut k = 0u64;
                    while Instant::now() < deadline {
                        let payload = entry(t << 40 | k, entry_len);
                        let begin = Instant::now();
                        sequencer.append(payload).expect("append");
                        latencies.push(begin.elapsed());
                        k += 1;
                    }
                    latencies
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().expect("writer thread"))
            .collect()
    });
    let elapsed = start.elapsed();
    let log = sequencer.shutdown().expect("shutdown");
    let mut all: Vec<Duration> = latencies.into_iter().flatten().collect();
    all.sort_unstable();
    let appends = all.len() as u64;
    assert_eq!(log.size(), appends);
    // One checkpoint per batch, plus the empty log's.
    let batches = log.store().checkpoints().expect("history").len() as u64 - 1;
    GroupCommit {
        appends,
        rate: appends as f64 / elapsed.as_secs_f64(),
        p50: percentile(&all, 50.0),
        p99: percentile(&all, 99.0),
        max: all.last().copied().unwrap_or_default(),
        batches,
    }
}

/// One writer, `append_batch` with `batch` entries, for about `secs`.
fn single_writer(base: &Path, batch: usize, secs: f64, entry_len: usize) -> (f64, f64, Duration) {
    let dir = base.join(format!("single-{batch}"));
    let mut log = new_log(&dir);
    let start = Instant::now();
    let mut batches = 0u64;
    let mut next = 0u64;
    let mut worst = Duration::ZERO;
    while start.elapsed().as_secs_f64() < secs || batches < 3 {
        let entries: Vec<Vec<u8>> = (next..next + batch as u64)
            .map(|i| entry(i, entry_len))
            .collect();
        let begin = Instant::now();
        log.append_batch(&entries).expect("append_batch");
        worst = worst.max(begin.elapsed());
        next += batch as u64;
        batches += 1;
    }
    let elapsed = start.elapsed().as_secs_f64();
    (next as f64 / elapsed, batches as f64 / elapsed, worst)
}

fn main() {
    // `cargo bench` passes `--bench`; nothing else is taken.
    let threads: u64 = env_or("BENCH_THREADS", 64);
    let secs: f64 = env_or("BENCH_SECS", 5.0);
    let entry_len: usize = env_or("BENCH_ENTRY", 512);
    let base: PathBuf =
        std::env::var_os("BENCH_DIR").map_or_else(std::env::temp_dir, PathBuf::from);
    let tmp = tempfile::Builder::new()
        .prefix("iotmark-tlog-bench")
        .tempdir_in(&base)
        .expect("temporary directory");
    println!(
        "durable appends into a FileStore in {} ({entry_len}-byte entries)",
        tmp.path().display()
    );

    let g = group_commit(tmp.path(), threads, secs, entry_len);
    println!(
        "group commit, {threads} writers, {secs:.0} s: {} appends, {:.0} durable appends/s, \
         {} batches (mean {:.1} entries per batch and checkpoint)",
        g.appends,
        g.rate,
        g.batches,
        g.appends as f64 / g.batches.max(1) as f64
    );
    println!(
        "integration latency (append → durable and in a published checkpoint): \
         p50 {:.2} ms, p99 {:.2} ms, max {:.2} ms",
        ms(g.p50),
        ms(g.p99),
        ms(g.max)
    );

    for batch in [1usize, 100, 1000] {
        let (entries, batches, worst) = single_writer(tmp.path(), batch, 2.0, entry_len);
        println!(
            "single writer, append_batch of {batch:>4}: {entries:>9.0} entries/s, \
             {batches:>6.0} batches/s (slowest batch {:.2} ms)",
            ms(worst)
        );
    }

    let rate_ok = g.rate >= 5000.0;
    let p99_ok = g.p99 < Duration::from_secs(1);
    println!(
        "targets: >= 5,000 durable appends/s: {} ({:.0}); p99 integration < 1 s: {} ({:.2} ms)",
        if rate_ok { "met" } else { "MISSED" },
        g.rate,
        if p99_ok { "met" } else { "MISSED" },
        ms(g.p99)
    );
}
