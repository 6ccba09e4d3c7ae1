#!/usr/bin/env bash
# Capture analysis (iotmark-net) on generated 1 GB and 2 GB pcaps of mixed
# device traffic: packets/s, MB/s and peak RSS (VmHWM) on one core.
# Usage: bench/net.sh [sizes in MB...]   (default: 1024 2048; needs ~4 GB of disk)
# BENCH_DIR=DIR keeps the captures there; with BENCH_REUSE=1 captures already
# in DIR are analysed again without regenerating them.
# Targets: >= 1,000,000 packets/s or >= 500 MB/s in release mode, and the
# same peak RSS for 1 GB and 2 GB (memory follows the connections open at
# once, not the file's size). The files are in the page cache after
# generation, so this measures the analyser, not the disk.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@")
[[ ${#sizes[@]} -eq 0 ]] && sizes=(1024 2048)
work=${BENCH_DIR:-$(mktemp -d)}
cargo build --release -q -p iotmark-net --example gen_capture --example analyze
gen=target/release/examples/gen_capture
analyze=target/release/examples/analyze
files=()
for size in "${sizes[@]}"; do
  for mix in "" small; do
    [[ -n $mix && $size != "${sizes[0]}" ]] && continue
    file=$work/net-bench-${size}mb${mix:+-$mix}.pcap
    if [[ ${BENCH_REUSE:-0} == 1 && -f $file ]]; then
      echo "reusing $file"
    else
      echo "generating $file"
      "$gen" "$work" "$size" $mix >/dev/null
    fi
    files+=("$file")
  done
done
runs=${BENCH_RUNS:-3}
echo "each capture analysed $runs times in a fresh process; best run"
printf '%-28s %9s %10s %12s %9s %9s %8s\n' capture MB packets "packets/s" "MB/s" "RSS MB" flows
for file in "${files[@]}"; do
  best=""
  for _ in $(seq "$runs"); do
    out=$("$analyze" --timing "$file")
    secs=$(sed -n 's/^time: *\([0-9.]*\) s$/\1/p' <<<"$out")
    if [[ -z $best ]] || (( $(echo "$secs < $(sed -n 's/^time: *\([0-9.]*\) s$/\1/p' <<<"$best")" | bc) )); then
      best=$out
    fi
  done
  field() { sed -n "s|^$1: *\([0-9.]*\).*$|\1|p" <<<"$best"; }
  printf '%-28s %9.1f %10d %12.0f %9.1f %9.1f %8d\n' "$(basename "$file")" "$(field size)" "$(field packets)" \
    "$(field packets/s)" "$(field MB/s)" "$(field 'peak RSS')" "$(field flows)"
done
[[ -z ${BENCH_DIR:-} ]] && rm -rf "$work"
exit 0
