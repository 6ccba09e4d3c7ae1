#!/usr/bin/env bash
# The transparency log's benchmarks, both in release mode:
#  - tlog:    the in-memory Merkle tree against SHA-256 on this machine
#             (criterion; appends, inclusion and consistency proofs);
#  - durable: durable appends into a FileStore on this disk — group commit
#             through the Sequencer from 64 writer threads for 5 s (appends/s,
#             integration latency p50/p99) and one writer's append_batch
#             throughput with batches of 1, 100 and 1000.
# Targets (durable): >= 5,000 durable appends/s with p99 integration < 1 s.
# Usage: bench/tlog.sh [tlog|durable]   (default: both)
# Environment for the durable bench: BENCH_THREADS (64), BENCH_SECS (5),
# BENCH_ENTRY (entry bytes, 512), BENCH_DIR (where the temporary logs go;
# default the system temporary directory — put it on the disk to measure).
set -euo pipefail
cd "$(dirname "$0")/.."
which=${1:-all}
if [[ $which == all || $which == tlog ]]; then
  echo "== tlog: the Merkle tree in memory"
  cargo bench -q -p iotmark-tlog --bench tlog 2>&1
fi
if [[ $which == all || $which == durable ]]; then
  echo "== durable: group commit into files"
  cargo bench -q -p iotmark-tlog --bench durable 2>&1
fi
