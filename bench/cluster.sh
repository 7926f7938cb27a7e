#!/usr/bin/env bash
# The cluster executor (embedded NATS JetStream server, local workers)
# beside the local ProcessPool in one run, over 2 and 4 workers: Map of
# trivial tasks (chunk size 1 and 100), p50 of one task at a time, the
# seed's gcd; prints the ratios.
#   bench/cluster.sh [N]     N trivial tasks per Map (default 10000)
#   CLUSTER_WORKERS="1 2 8"  other pool sizes; BENCH_SMOKE=1: one small run
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh
ensure_go
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go build -o "$tmp/gofutures" ./cmd/gofutures
go build -o "$tmp/clbench" ./bench/cluster
smoke=()
[ -n "${BENCH_SMOKE:-}" ] && smoke=(-smoke)
"$tmp/clbench" -gofutures "$tmp/gofutures" -n "${1:-10000}" "${smoke[@]}"
