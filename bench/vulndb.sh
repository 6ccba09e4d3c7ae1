#!/usr/bin/env bash
# The vulnerability store at the scale of all of OSV: import time, index size,
# open time, resident memory and scan time per SBOM.
# Usage: bench/vulndb.sh [records]   (default 520000; needs ~2 GB of disk)
# Targets (2 cores): open < 100 ms, RSS < 300 MB, a 1,000-component SBOM
# scanned in < 20 ms after open, the whole `iotmark sbom scan` < 300 ms.
set -euo pipefail
cd "$(dirname "$0")/.."
records=${1:-520000}
work=${BENCH_DIR:-$(mktemp -d)}
cargo build --release -q -p iotmark-cli
bin=$PWD/target/release/iotmark
echo "generating $records synthetic OSV records and SBOMs in $work"
python3 bench/gen_osv.py --records "$records" --out "$work"
db=$work/vulndb.redb
rm -f "$db"
start=$(date +%s.%N)
"$bin" vulndb import --db "$db" "$work"/osv/*.zip >/dev/null
end=$(date +%s.%N)
printf 'import:            %8.1f s\n' "$(echo "$end - $start" | bc)"
printf 'index size:        %8.1f MB\n' "$(echo "$(stat -c %s "$db") / 1048576" | bc -l)"
for n in 100 1000 10000; do
  sbom=$work/sbom-$n.cdx.json
  # --timings prints the store open and scan durations on stderr.
  /usr/bin/time -f '%e %M' -o "$work/time.txt" "$bin" sbom scan --db "$db" --format json --timings "$sbom" >/dev/null 2>"$work/timings.txt"
  read -r wall rss < "$work/time.txt"
  open_ms=$(sed -n 's/^open: \([0-9.]*\) ms$/\1/p' "$work/timings.txt")
  scan_ms=$(sed -n 's/^scan: \([0-9.]*\) ms$/\1/p' "$work/timings.txt")
  printf 'sbom %5d comps:  open %7.2f ms  scan %8.2f ms  process %7.1f ms  RSS %6.1f MB\n' \
    "$n" "$open_ms" "$scan_ms" "$(echo "$wall * 1000" | bc)" "$(echo "$rss / 1024" | bc -l)"
done
