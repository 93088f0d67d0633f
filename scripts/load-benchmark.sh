#!/usr/bin/env bash
# Load benchmark of `yusuan serve`: N generated agencies (default 1,000) on a new SQLite file,
# or on PostgreSQL with DATABASE_URL; wrk (Debian's package) against the generated disclosure
# page and the region overview as the bureau. Prints requests/second and the latency
# percentiles (p99 among them).
#   scripts/load-benchmark.sh [N] [seconds]
set -euo pipefail
cd "$(dirname "$0")/.."
agencies=${1:-1000}
seconds=${2:-20}
port=${PORT:-8097}
url=${DATABASE_URL:-sqlite:$(mktemp -d)/load.sqlite}
swift build -c release --product yusuan >/dev/null
bin=$(swift build -c release --show-bin-path)/yusuan
"$bin" serve --port "$port" --database-url "$url" --generate "$agencies" >/tmp/yusuan-load.log 2>&1 &
server=$!
trap 'kill $server 2>/dev/null' EXIT
start=$(date +%s)
until curl -sf "http://127.0.0.1:$port/health" >/dev/null; do sleep 1; done
echo "server up with $agencies generated agencies in $(( $(date +%s) - start )) s ($url)"
token=$(curl -s -X POST "http://127.0.0.1:$port/api/session" -H 'Content-Type: application/json' \
    -d '{"name":"bureau","password":"bureau-demo"}' | sed -E 's/.*"token":"([0-9a-f]+)".*/\1/')
budget=$(curl -s "http://127.0.0.1:$port/api/budgets" -H "Authorization: Bearer $token" | sed -E 's/.*"id":"([^"]+)".*/\1/')
for path in "/budgets/$budget/package" "/overview" "/api/overview"; do
    echo "== GET $path"
    wrk -t2 -c16 -d"${seconds}s" --latency -H "Cookie: yusuan_session=$token" "http://127.0.0.1:$port$path" \
        | grep -E 'Requests/sec|Latency  |50%|90%|99%|Non-2xx'
done
