#!/usr/bin/env bash
# The registry's web site under load (wrk, 64 connections), against nginx
# serving the same product page as a static file on this machine:
#  - nginx:       the demo's product page HTML, saved, served static (baseline);
#  - product:     GET /p/{id} on `iotmark demo` (reads the product, its
#                 certificates and status events, checks the log inclusion,
#                 renders the label's secondary layer);
#  - search:      GET /?q=… on `iotmark serve` over a database of N synthetic
#                 products (crates/registry/examples/synthetic.rs), a wrk Lua
#                 script rotating several queries; and GET / (no query: every
#                 product, by name);
#  - label.json:  GET /p/{id}/label.json on the demo;
#  - verify:      POST /verify with a certificate id (form field `id`) on the
#                 demo; and POST /api/v1/verify when the site has it.
# Targets: product page >= 60% of nginx's requests/s with p99 < 15 ms;
# search over 100,000 products p99 < 50 ms; verification > 5,000/s.
#
# Usage: bench/registry.sh
# Environment:
#   BENCH_COUNT    synthetic products (100000)
#   BENCH_DB       the synthetic SQLite database; made if missing, reused if
#                  complete (default target/bench-registry/synthetic-N.db)
#   BENCH_SYNTHETIC_ARGS  options of the synthetic example (default
#                  `--labels none --sync off --bulk 1000`: real declarations
#                  and reports, plain inserts 1000 a transaction,
#                  no label.json, which search never reads: ~5 GB and ~1.5 min
#                  for 100,000; `--labels all` with fsync is ~35 GB, ~11 min)
#   BENCH_SECS     seconds per wrk run (10)
#   BENCH_WARMUP   seconds of an uncounted wrk run before each (2; 0: none)
#   BENCH_CONNS    wrk connections (64); BENCH_THREADS wrk threads (2)
#   BENCH_PRODUCT  the demo product measured (55h67yvw6b, the home camera;
#                  rvyf5jsyc7 is the smart lock)
#   BENCH_KEEP=1   keep the temporary directory (servers' logs, nginx config)
#   BENCH_PAGE_CACHE_TTL  the servers' page cache time to live in seconds
#                  (default: theirs, 5); 0 renders every page for its
#                  request, to measure the rendering and the queries alone
# Needs wrk, nginx and curl on PATH; installs nothing. On Debian/Ubuntu:
#   sudo apt-get install -y wrk nginx curl
# (macOS: brew install wrk nginx). nginx runs as the current user from a
# generated configuration in a temporary directory, on a free port.
# Everything runs on this machine: wrk takes CPU from the server it measures.
set -euo pipefail
cd "$(dirname "$0")/.."

count=${BENCH_COUNT:-100000}
secs=${BENCH_SECS:-10}
warmup=${BENCH_WARMUP:-2}
conns=${BENCH_CONNS:-64}
threads=${BENCH_THREADS:-2}
product_id=${BENCH_PRODUCT:-55h67yvw6b}
db=${BENCH_DB:-target/bench-registry/synthetic-$count.db}
synthetic_args=${BENCH_SYNTHETIC_ARGS:---labels none --sync off --bulk 1000}

missing=()
for tool in wrk nginx curl; do
  command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
done
if ((${#missing[@]})); then
  echo "bench/registry.sh: missing ${missing[*]} (this script installs nothing)." >&2
  echo "  Debian/Ubuntu: sudo apt-get install -y wrk nginx curl" >&2
  echo "  Fedora:        sudo dnf install -y wrk nginx curl" >&2
  echo "  macOS:         brew install wrk nginx" >&2
  echo "  wrk from source: https://github.com/wg/wrk (make; copy ./wrk onto PATH)" >&2
  exit 2
fi

echo "== building (release)" >&2
cargo build --release -q -p iotmark-cli
cargo build --release -q -p iotmark-registry --example synthetic
target_dir=$(cargo metadata --format-version 1 --no-deps 2>/dev/null |
  sed -n 's/.*"target_directory":"\([^"]*\)".*/\1/p')
target_dir=${target_dir:-target}
bin=$target_dir/release/iotmark
synthetic=$target_dir/release/examples/synthetic

tmp=$(mktemp -d "${TMPDIR:-/tmp}/iotmark-bench.XXXXXX")
pids=()
cleanup() {
  local pid f
  # start_site runs in a command substitution (a subshell): its servers'
  # ids are in files.
  for f in "$tmp"/*.pid; do
    [[ -f $f ]] && pids+=("$(cat "$f")")
  done
  for pid in "${pids[@]}"; do
    kill -TERM "$pid" 2>/dev/null || true
  done
  for pid in "${pids[@]}"; do
    wait "$pid" 2>/dev/null || true
    for _ in $(seq 1 50); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.1
    done
  done
  if [[ ${BENCH_KEEP:-} == 1 ]]; then
    echo "kept $tmp" >&2
  else
    rm -rf "$tmp"
  fi
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# The synthetic database: made once, then reused (the `.done` file marks a
# complete one).
mkdir -p "$(dirname "$db")"
if [[ -f $db && -f $db.done ]]; then
  echo "== reusing $db ($(cat "$db.done"))" >&2
else
  echo "== storing $count synthetic products in $db" >&2
  rm -rf "$db" "$db-wal" "$db-shm" "$db.done" "$db.serve"
  # shellcheck disable=SC2086 # word splitting of the options is meant
  "$synthetic" --database "sqlite://$db?mode=rwc" --count "$count" $synthetic_args
  echo "$count products" >"$db.done"
fi

# Starts a registry command in the background; prints its URL (the first
# line of its standard output) once it answers.
start_site() {
  local name=$1
  shift
  "$bin" "$@" >"$tmp/$name.out" 2>"$tmp/$name.err" &
  local pid=$! url=""
  echo "$pid" >"$tmp/$name.pid"
  for _ in $(seq 1 600); do
    url=$(head -n 1 "$tmp/$name.out" 2>/dev/null || true)
    if [[ -n $url ]] && curl -fsS -o /dev/null "${url}healthz" 2>/dev/null; then
      echo "${url%/}"
      return 0
    fi
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "$name exited:" >&2
      cat "$tmp/$name.err" >&2
      return 1
    fi
    sleep 0.1
  done
  echo "$name did not answer in 60 s" >&2
  return 1
}

if [[ -n ${BENCH_PAGE_CACHE_TTL:-} ]]; then
  export IOTMARK_PAGE_CACHE_TTL=$BENCH_PAGE_CACHE_TTL
fi
echo "== starting iotmark demo and iotmark serve" >&2
demo=$(start_site demo demo --bind 127.0.0.1:0 --data-dir "$tmp/demo")
# `iotmark serve` keeps the log's key in its data directory and the log in
# the database: the directory goes with the database.
mkdir -p "$db.serve"
search=$(start_site serve serve --bind 127.0.0.1:0 --data-dir "$db.serve" \
  --database "sqlite://$(cd "$(dirname "$db")" && pwd)/$(basename "$db")")

# The product page, and its current certificate's id.
mkdir -p "$tmp/nginx/www"
curl -fsS -o "$tmp/nginx/www/product.html" "$demo/p/$product_id" || {
  echo "no product $product_id on the demo; its products:" >&2
  curl -fsS "$demo/" | grep -o 'href="/p/[0-9a-z]*"' | sort -u >&2
  exit 1
}
cert_id=$(grep -oE 'IM-[0-9A-Za-z]+-[0-9]{8}' "$tmp/nginx/www/product.html" | head -n 1 || true)
if [[ -z $cert_id ]]; then
  echo "the page of $product_id names no certificate (IM-…)" >&2
  exit 1
fi

# nginx: a minimal configuration, as the current user, on a free port.
port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
nginx_url=""
for _ in $(seq 1 20); do
  port=$((20000 + RANDOM % 40000))
  port_in_use "$port" && continue
  user_line=""
  if [[ $(id -u) == 0 ]]; then
    user_line="user $(id -un) $(id -gn);"
  fi
  n="$tmp/nginx"
  cat >"$n/nginx.conf" <<EOF
$user_line
daemon off;
worker_processes auto;
pid $n/nginx.pid;
error_log $n/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 100000;
  client_body_temp_path $n/client_body;
  proxy_temp_path $n/proxy;
  fastcgi_temp_path $n/fastcgi;
  uwsgi_temp_path $n/uwsgi;
  scgi_temp_path $n/scgi;
  types { text/html html; }
  server {
    listen 127.0.0.1:$port;
    root $n/www;
    location / { try_files \$uri /product.html; }
  }
}
EOF
  nginx -p "$n" -c "$n/nginx.conf" -e "$n/error.log" >"$n/stdout" 2>&1 &
  pid=$!
  for _ in $(seq 1 50); do
    if curl -fsS -o /dev/null "http://127.0.0.1:$port/product.html" 2>/dev/null; then
      nginx_url="http://127.0.0.1:$port"
      break
    fi
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  if [[ -n $nginx_url ]]; then
    pids+=("$pid")
    break
  fi
  kill -TERM "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
done
if [[ -z $nginx_url ]]; then
  echo "nginx did not start:" >&2
  cat "$tmp/nginx/error.log" "$tmp/nginx/stdout" >&2 2>/dev/null || true
  exit 1
fi

# wrk scripts: search queries in turn; the verification form; the JSON API.
cat >"$tmp/search.lua" <<'EOF'
-- Search queries in turn: common words (thousands of matches), a maker's
-- name, two words, prefixes, filters and another sort.
local queries = {
  "/?q=camera",
  "/?q=acme",
  "/?q=smart+lock",
  "/?q=pro&level=2",
  "/?q=lumen+home",
  "/?q=therm&sort=level",
  "/?q=vortex+speaker+mini",
  "/?q=plug&status=valid&sort=support_end",
  "/?q=doorbell&page=3",
  "/?q=zenith+labs",
}
local i = 0
function request()
  i = i + 1
  return wrk.format("GET", queries[(i % #queries) + 1])
end
EOF
cat >"$tmp/verify.lua" <<EOF
wrk.method = "POST"
wrk.body = "id=$cert_id"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
EOF
cat >"$tmp/api.lua" <<EOF
wrk.method = "POST"
wrk.body = '{"certificate_id":"$cert_id"}'
wrk.headers["Content-Type"] = "application/json"
EOF

# Sanity: every measured request answers 200.
check() {
  local what=$1
  shift
  local code
  code=$(curl -s -o /dev/null -w '%{http_code}' "$@")
  if [[ $code != 200 ]]; then
    echo "$what answers HTTP $code, not 200: $*" >&2
    return 1
  fi
}
check product "$demo/p/$product_id"
check label.json "$demo/p/$product_id/label.json"
check search "$search/?q=camera"
check verify -X POST --data "id=$cert_id" "$demo/verify"
api_code=$(curl -s -o /dev/null -w '%{http_code}' -X POST -H 'Content-Type: application/json' \
  --data "{\"certificate_id\":\"$cert_id\"}" "$demo/api/v1/verify")

results=()
# Runs wrk; appends "name|req/s|p50 ms|p99 ms|errors|goal" to results.
measure() {
  local name=$1 goal=$2
  shift 2
  local out
  echo "== $name: wrk -t$threads -c$conns -d${secs}s --latency --timeout 30s $*" >&2
  # A warm-up run first, not counted (BENCH_WARMUP seconds, 0 for none):
  # the servers' first answers (the page cache filled, SQLite's pages read
  # in) are measured apart, by BENCH_PAGE_CACHE_TTL=0 and BENCH_WARMUP=0.
  if ((warmup > 0)); then
    wrk -t"$threads" -c"$conns" -d"${warmup}s" --timeout 30s "$@" >/dev/null
  fi
  # --timeout: a slow answer is measured, not dropped (wrk's default is 2 s).
  out=$(wrk -t"$threads" -c"$conns" -d"${secs}s" --latency --timeout 30s "$@")
  echo "$out" >"$tmp/wrk-${name//[^a-zA-Z0-9]/_}.txt"
  results+=("$(awk -v name="$name" -v goal="$goal" '
    function ms(v) {
      if (v ~ /us$/) return v / 1000
      if (v ~ /ms$/) return v + 0
      if (v ~ /m$/) return v * 60000
      if (v ~ /s$/) return v * 1000
      return v
    }
    /^ +50%/ { p50 = ms($2) }
    /^ +99%/ { p99 = ms($2) }
    /^Requests\/sec:/ { rps = $2 }
    /Non-2xx or 3xx responses:/ { bad += $NF }
    /Socket errors:/ { for (i = 3; i <= NF; i += 2) bad += $(i + 1) }
    END { printf "%s|%.0f|%.2f|%.2f|%d|%s", name, rps, p50, p99, bad, goal }
  ' <<<"$out")")
}

measure "nginx static product page" "baseline" "$nginx_url/product.html"
measure "product page /p/{id}" ">=60% nginx, p99<15ms" "$demo/p/$product_id"
measure "search /?q= (100k, 10 queries)" "p99<50ms" -s "$tmp/search.lua" "$search"
measure "search / (100k, no query)" "p99<50ms" "$search/"
measure "label.json" "-" "$demo/p/$product_id/label.json"
measure "verify POST /verify (form id)" ">5000/s" -s "$tmp/verify.lua" "$demo/verify"
# POST /api/v1/verify takes {"certificate_id": …} or a bundle (web/api.rs).
if [[ $api_code == 200 ]]; then
  measure "verify POST /api/v1/verify" ">5000/s" -s "$tmp/api.lua" "$demo/api/v1/verify"
else
  echo "== /api/v1/verify: HTTP $api_code to a JSON {\"certificate_id\":…} POST, not measured" >&2
fi

nginx_rps=$(cut -d'|' -f2 <<<"${results[0]}")
echo
echo "registry benchmark: wrk -t$threads -c$conns -d${secs}s, $(nproc) CPUs shared by wrk and the servers"
echo "page cache: ${IOTMARK_PAGE_CACHE_TTL:-5} s (0: off); warm-up ${warmup} s before each run"
echo "product $product_id, certificate $cert_id, search over $count synthetic products"
printf '%-34s %10s %9s %9s %7s %8s  %-24s %s\n' target "req/s" "p50 ms" "p99 ms" errors "% nginx" goal verdict
for r in "${results[@]}"; do
  IFS='|' read -r name rps p50 p99 bad goal <<<"$r"
  pct=$(awk -v a="$rps" -v b="$nginx_rps" 'BEGIN { if (b > 0) printf "%.1f%%", 100 * a / b; else print "-" }')
  verdict=$(awk -v name="$name" -v rps="$rps" -v p99="$p99" -v b="$nginx_rps" -v bad="$bad" 'BEGIN {
    ok = ""
    if (name ~ /^product/) ok = (rps >= 0.6 * b && p99 < 15) ? "met" : "MISSED"
    else if (name ~ /^search/) ok = (p99 < 50) ? "met" : "MISSED"
    else if (name ~ /^verify/) ok = (rps > 5000) ? "met" : "MISSED"
    if (bad > 0) ok = "MISSED (" bad " errors)"
    if (rps == 0) ok = "MISSED (no answer in the run)"
    print ok
  }')
  printf '%-34s %10s %9s %9s %7s %8s  %-24s %s\n' "$name" "$rps" "$p50" "$p99" "$bad" "$pct" "$goal" "$verdict"
done
