#!/usr/bin/env bash
# The cost of keeping the notebook's values across restarts (issue 17):
# a cell that sets a 10-million-element slice, snapshots on and off
# (bench/values.py), and the Go benchmark of the same cell in-process.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh
ensure_go
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go build -o "$tmp/gofutures" ./cmd/gofutures
"$tmp/gofutures" install --prefix "$tmp/prefix" >/dev/null
JUPYTER_PATH="$tmp/prefix/share/jupyter" "$PY" bench/values.py
go test -run '^$' -bench 'Cell10M|EncodeInts10M|DecodeInts10M' -benchtime 5x ./kernel/session ./kernel/snapshot
