#!/usr/bin/env bash
# Search benchmark (issue 3): seed 10k courses and 100k demands of generated
# Vietnamese text into PostgreSQL, rebuild the index, build the PostgreSQL
# full-text baseline over the same rows, start the server, and load both
# back-ends with the same query mix. All traffic stays on 127.0.0.1; every
# load run is bounded in time. Results go to bench/out/<timestamp>/; the
# summary is copied into bench/RESULTS.md by hand.
#
# Needs: PostgreSQL at $PG_ADMIN (trust auth), the hocnghe-demo crate
# (`hocnghe demo load`), wrk (installed with apt-get if missing) and oha
# (installed with `cargo install oha` if missing: slow, once).
set -euo pipefail
cd "$(dirname "$0")/.."

COURSES=${COURSES:-10000}
DEMANDS=${DEMANDS:-100000}
SEED=${SEED:-2025}
TODAY=${TODAY:-2026-11-24}
DURATION=${DURATION:-30s}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
RATES=${RATES:-"1000 1500 2000 2500"}
RATE_DURATION=${RATE_DURATION:-20s}
PORT=${PORT:-18080}
PG_ADMIN=${PG_ADMIN:-postgres://postgres@127.0.0.1:5432/test}
PG_BASE=${PG_ADMIN%/*}

OUT="bench/out/$(date +%Y%m%d-%H%M%S)"
mkdir -p "$OUT"
DB="hocnghe_bench_$$"
BIN=target/release/hocnghe
BASE="http://127.0.0.1:${PORT}"
SERVER_PID=""

step() { printf '\n==> %s\n' "$*" | tee -a "$OUT/summary.txt"; }
note() { printf '%s\n' "$*" | tee -a "$OUT/summary.txt"; }

cleanup() {
    if [[ -n "$SERVER_PID" ]]; then kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; fi
    psql "$PG_ADMIN" -qc "DROP DATABASE IF EXISTS ${DB} WITH (FORCE)" >/dev/null 2>&1 || true
}
trap cleanup EXIT

command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk; }
command -v oha >/dev/null || cargo install oha --locked

step "machine"
note "$(nproc) cores: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | xargs); $(free -g | awk '/Mem:/ {print $2 " GiB"}') RAM"
note "$(psql "$PG_ADMIN" -tAc 'select version()' | cut -d, -f1); $(wrk --version 2>&1 | head -1 | cut -d' ' -f1-2); $(oha --version)"
note "commit $(git rev-parse --short HEAD); courses=${COURSES} demands=${DEMANDS} seed=${SEED} today=${TODAY}"

step "build (release)"
cargo build --release --features bench --bin hocnghe 2>&1 | tail -1

psql "$PG_ADMIN" -v ON_ERROR_STOP=1 -qc "CREATE DATABASE ${DB}"
export HOCNGHE__DATABASE__URL="${PG_BASE}/${DB}"
export HOCNGHE__DATABASE__MAX_CONNECTIONS=16
export HOCNGHE__SEARCH__INDEX_DIR="$OUT/index"
export HOCNGHE__SEARCH__ENABLE_PG_BASELINE=true
export HOCNGHE__SERVER__PORT="$PORT"
export HOCNGHE__LOG__LEVEL=warn

step "seed (bulk load, no outbox)"
"$BIN" demo load --courses "$COURSES" --demands "$DEMANDS" --seed "$SEED" --today "$TODAY" --no-outbox \
    | tee "$OUT/seed.json"

step "full reindex (hocnghe reindex, measured twice: cold and warm database cache)"
/usr/bin/time -f "reindex: %e s wall, max RSS %M KiB" "$BIN" reindex 2>&1 | tee -a "$OUT/summary.txt"
/usr/bin/time -f "reindex: %e s wall, max RSS %M KiB" "$BIN" reindex 2>&1 | tee -a "$OUT/summary.txt"
note "index size: $(du -sh "$OUT/index" | cut -f1) ($(du -sb "$OUT/index" | cut -f1) bytes)"

step "PostgreSQL full-text baseline (unaccent tsvector, GIN)"
"$BIN" bench pg-setup | tee -a "$OUT/summary.txt"
note "baseline size: $(psql "${PG_BASE}/${DB}" -tAc "select pg_size_pretty(pg_relation_size('courses_bench_tsv') + pg_relation_size('demands_bench_tsv'))") GIN"

step "server"
"$BIN" serve > "$OUT/server.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 1 120); do
    if curl -fs "$BASE/health/ready" > "$OUT/ready.json" 2>/dev/null; then break; fi
    sleep 0.5
done
note "ready: $(cat "$OUT/ready.json")"
rss() { awk '/VmRSS|VmHWM/ {printf "%s %d MiB  ", $1, $2/1024}' "/proc/${SERVER_PID}/status"; }
note "RSS after start: $(rss)"

mix() { # name, prefix, suggest, connections, duration
    BENCH_PREFIX="$2" BENCH_SUGGEST="$3" timeout 300 \
        wrk -t"$THREADS" -c"$4" -d"$5" --latency -s bench/mix.lua "$BASE" > "$OUT/wrk-$1.txt" 2>&1
    note "$1 (c=$4, $5): $(grep '^mix:' "$OUT/wrk-$1.txt")"
}

step "warm-up"
mix warmup-index /api/v1 1 "$CONNECTIONS" 10s
mix warmup-pg /api/v1/bench/pg 0 "$CONNECTIONS" 10s

step "throughput at fixed concurrency (wrk, closed loop)"
mix index-with-typeahead /api/v1 1 "$CONNECTIONS" "$DURATION"
mix index /api/v1 0 "$CONNECTIONS" "$DURATION"
mix pg /api/v1/bench/pg 0 "$CONNECTIONS" "$DURATION"
note "RSS after load: $(rss)"

step "latency at fixed rates (oha, open loop with latency correction)"
# The baseline's slowest queries outlive wrk: wait until PostgreSQL is idle, so
# that they do not share the cores with the index's latency runs.
for _ in $(seq 1 60); do
    active=$(psql "$PG_ADMIN" -tAc "select count(*) from pg_stat_activity where datname = '${DB}' and state = 'active'")
    [[ "$active" == "0" ]] && break
    sleep 0.5
done
# wrk runs the script at start-up: with BENCH_URLS it writes the mix's URLs and exits.
BENCH_URLS="$OUT/urls-index.txt" BENCH_BASE="$BASE" BENCH_SUGGEST=1 \
    wrk -t1 -c1 -d1s -s bench/mix.lua "$BASE" > /dev/null 2>&1 || true
note "oha mix: $(wc -l < "$OUT/urls-index.txt") URLs"
for rate in $RATES; do
    timeout 300 oha --no-tui -z "$RATE_DURATION" -q "$rate" --latency-correction -c 64 \
        --urls-from-file "$OUT/urls-index.txt" --output-format json > "$OUT/oha-index-${rate}.json"
    python3 - "$OUT/oha-index-${rate}.json" "$rate" <<'PY' | tee -a "$OUT/summary.txt"
import json, sys
r = json.load(open(sys.argv[1]))
s, p = r["summary"], r["latencyPercentiles"]
codes = r.get("statusCodeDistribution", {})
print(f"index @ {sys.argv[2]}/s: {s['requestsPerSec']:.0f} req/s achieved, p50 {p['p50']*1000:.2f} ms, "
      f"p99 {p['p99']*1000:.2f} ms, success {s['successRate']*100:.1f}%, status {codes}")
PY
done

step "freshness: from a demand's POST to the first search that finds it (promise: 2 s)"
timeout 120 python3 bench/freshness.py --base "$BASE" --count 50 --label idle \
    --phone 0987650002 --json "$OUT/freshness-idle.json" | tee -a "$OUT/summary.txt"
timeout 120 oha --no-tui -z 60s -q "${FRESHNESS_LOAD:-1000}" --latency-correction -c 64 \
    --urls-from-file "$OUT/urls-index.txt" > /dev/null 2>&1 &
LOAD_PID=$!
sleep 2
timeout 100 python3 bench/freshness.py --base "$BASE" --count 50 \
    --label "while serving ${FRESHNESS_LOAD:-1000} search req/s" \
    --phone 0987650003 --json "$OUT/freshness-loaded.json" | tee -a "$OUT/summary.txt"
kill "$LOAD_PID" 2>/dev/null || true
wait "$LOAD_PID" 2>/dev/null || true

step "recommendations and job matches for one worker (issue 4: p95 at 100k demands, 10k courses)"
# A worker in Ba Vì with a 30 km radius, registered and profiled over the API.
token=$(curl -fs -H 'content-type: application/json' "$BASE/api/v1/auth/register" -d '{
  "role": "worker", "display_name": "Người thử tải", "phone": "0987650001",
  "password": "mật khẩu thử tải"}' | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')
curl -fs -X PUT -H "authorization: Bearer $token" -H 'content-type: application/json' \
    "$BASE/api/v1/workers/me" -d '{
  "commune_code": "09700", "education": "lower_secondary",
  "skills": [{"code": "bao-duong-dinh-ky-xe-may"}], "interests": ["tho-sua-chua-xe-may"],
  "max_travel_km": 30, "free_months": [11, 12, 1, 2], "study_times": ["evening", "weekend"],
  "max_fee_vnd": 2000000, "share_with_counsellors": true, "share_with_employers": true}' > /dev/null
# The first request builds the ranking snapshot from the database.
/usr/bin/time -f "first recommendation (snapshot build): %e s" \
    curl -fs -o /dev/null -H "authorization: Bearer $token" \
    "$BASE/api/v1/workers/me/recommendations/courses" 2>&1 | tee -a "$OUT/summary.txt"
for what in recommendations/courses matches/jobs; do
    name=${what%%/*}
    for rate in ${RANK_RATES:-10 20}; do
        timeout 120 oha --no-tui -z "${RANK_DURATION:-20s}" -q "$rate" --latency-correction -c 8 \
            -H "authorization: Bearer $token" --output-format json \
            "$BASE/api/v1/workers/me/$what" > "$OUT/oha-$name-${rate}.json"
        python3 - "$OUT/oha-$name-${rate}.json" "$name" "$rate" <<'PY' | tee -a "$OUT/summary.txt"
import json, sys
r = json.load(open(sys.argv[1]))
s, p = r["summary"], r["latencyPercentiles"]
codes = r.get("statusCodeDistribution", {})
print(f"{sys.argv[2]} @ {sys.argv[3]}/s: {s['requestsPerSec']:.1f} req/s achieved, p50 {p['p50']*1000:.1f} ms, "
      f"p95 {p['p95']*1000:.1f} ms, p99 {p['p99']*1000:.1f} ms, status {codes}")
PY
    done
done
note "RSS at the end: $(rss)"
step "done: $OUT/summary.txt"
