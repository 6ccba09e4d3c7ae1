#!/usr/bin/env bash
# Whole-process time of `iotmark assess` on each example (target: under 50 ms).
# Usage: bench/assess.sh [runs]   (builds the release binary first)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-50}
cargo build --release -q -p iotmark-cli
bin=target/release/iotmark
printf '%-16s %10s %10s %10s\n' example "mean ms" "min ms" "max ms"
for dir in examples/*/; do
  name=$(basename "$dir")
  python3 - "$bin" "$dir/declaration.yaml" "$runs" "$name" <<'PY'
import subprocess, sys, time
bin, decl, runs, name = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
times = []
for _ in range(runs):
    t = time.perf_counter()
    subprocess.run([bin, "assess", decl, "--date", "2026-11-01", "--format", "json"], stdout=subprocess.DEVNULL, check=True)
    times.append((time.perf_counter() - t) * 1000)
print(f"{name:<16} {sum(times)/len(times):10.2f} {min(times):10.2f} {max(times):10.2f}")
PY
done
