#!/usr/bin/env bash
# The vulnerability store at the scale of all of OSV: import time, index size,
# open time, resident memory and scan time per SBOM.
# Usage: bench/vulndb.sh [records]   (default 520000; needs ~2 GB of disk)
# BENCH_DIR=DIR keeps the data there; with BENCH_REUSE=1 a DIR that already
# holds the corpus and store is scanned again without regenerating them.
# Targets (2 cores): open < 100 ms, RSS < 300 MB, a 1,000-component SBOM
# scanned in < 20 ms after open, the whole `iotmark sbom scan` < 300 ms.
set -euo pipefail
cd "$(dirname "$0")/.."
records=${1:-520000}
work=${BENCH_DIR:-$(mktemp -d)}
cargo build --release -q -p iotmark-cli
bin=$PWD/target/release/iotmark
db=$work/vulndb.redb
if [[ ${BENCH_REUSE:-0} == 1 && -f $db ]]; then
  echo "reusing the corpus and store in $work"
else
  echo "generating $records synthetic OSV records and SBOMs in $work"
  python3 bench/gen_osv.py --records "$records" --out "$work"
  rm -f "$db"
  start=$(date +%s.%N)
  "$bin" vulndb import --db "$db" "$work"/osv/*.zip >/dev/null
  end=$(date +%s.%N)
  printf 'import:            %8.1f s\n' "$(echo "$end - $start" | bc)"
fi
printf 'index size:        %8.1f MB\n' "$(echo "$(stat -c %s "$db") / 1048576" | bc -l)"
runs=${BENCH_RUNS:-5}
echo "each SBOM scanned $runs times in a fresh process; medians"
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
for n in 100 1000 10000; do
  sbom=$work/sbom-$n.cdx.json
  : >"$work/runs.txt"
  for _ in $(seq "$runs"); do
    # --timings prints the store open and scan durations on stderr.
    t0=$(date +%s%N)
    /usr/bin/time -f '%M' -o "$work/time.txt" "$bin" sbom scan --db "$db" --format json --timings "$sbom" >/dev/null 2>"$work/timings.txt"
    t1=$(date +%s%N)
    wall=$(( (t1 - t0) / 1000 ))
    read -r rss < "$work/time.txt"
    echo "$(sed -n 's/^open: \([0-9.]*\) ms$/\1/p' "$work/timings.txt") $(sed -n 's/^scan: \([0-9.]*\) ms$/\1/p' "$work/timings.txt") $wall $rss" >>"$work/runs.txt"
  done
  open_ms=$(cut -d' ' -f1 "$work/runs.txt" | median)
  scan_ms=$(cut -d' ' -f2 "$work/runs.txt" | median)
  wall=$(cut -d' ' -f3 "$work/runs.txt" | median)
  rss=$(cut -d' ' -f4 "$work/runs.txt" | median)
  printf 'sbom %5d comps:  open %7.2f ms  scan %8.2f ms  process %7.1f ms  RSS %6.1f MB\n' \
    "$n" "$open_ms" "$scan_ms" "$(echo "$wall / 1000" | bc -l)" "$(echo "$rss / 1024" | bc -l)"
done
