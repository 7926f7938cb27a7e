#!/usr/bin/env bash
# complete/inspect latency on a 200-line notebook and memory under an
# output flood, gofutures beside ipykernel in one run (bench/protocol.py).
# BENCH_SMOKE=1: a few requests and a small flood (checks that it runs).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh
ensure_go
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go build -o "$tmp/gofutures" ./cmd/gofutures
"$tmp/gofutures" install --prefix "$tmp/prefix" >/dev/null
JUPYTER_PATH="$tmp/prefix/share/jupyter" "$PY" bench/protocol.py
