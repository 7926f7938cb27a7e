#!/usr/bin/env bash
# ProcessPool side by side with CPython's ProcessPoolExecutor in one run:
# start-up, submit/result round trip, map throughput (chunksize 1 and
# 1000) and the seed's gcd (ProcessPool(2) incl. start-up vs serial).
# Uses bench/tools/py_futures_overhead.py and py_futures_gcd.py.
#   bench/processpool.sh [N]     N tasks for the map runs (default 100000)
# BENCH_SMOKE=1: small N, one repetition (checks that it runs, not speed).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh
ensure_go
tools=${BENCH_TOOLS:-bench/tools}
n=${1:-100000}
smoke=()
if [ "${BENCH_SMOKE:-}" = 1 ]; then
	n=1000 smoke=(-smoke)
	export GCD_QUICK=1
fi
py=$(command -v python3)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go build -o "$tmp/gofutures" ./cmd/gofutures
go build -o "$tmp/ppbench" ./bench/processpool
echo "== gofutures ProcessPool (yaegi interpreter workers)"
"$tmp/ppbench" -gofutures "$tmp/gofutures" -n "$n" "${smoke[@]}" | tee "$tmp/go.txt"
echo "== CPython ProcessPoolExecutor (fork)"
"$py" "$tools/py_futures_overhead.py" process fork "$n" | tee "$tmp/py.txt"
"$py" "$tools/py_futures_gcd.py" fork | grep -E "serial map|process map" | tee "$tmp/pygcd.txt"
"$py" - "$tmp" <<'PY'
import re, sys
d = sys.argv[1]
go, py, pyg = (open(f"{d}/{f}").read() for f in ("go.txt", "py.txt", "pygcd.txt"))
num = lambda pat, s: float(re.search(pat, s).group(1))
rows = [
    ("start-up ctor->first result (ms)", num(r"first result median ([\d.]+) ms", go), num(r"first result\s+([\d.]+) ms", py)),
    ("submit->result median (us)", num(r"round trip median ([\d.]+) us", go), num(r"median\s+([\d.]+) us", py)),
    ("map chunksize=1 (tasks/s)", num(r"chunksize=1: [\d.]+ s ([\d.]+) tasks/s", go), num(r"chunksize=1\s*:\s*[\d.]+ s\s+([\d.]+) tasks/s", py)),
    ("map chunksize=1000 (tasks/s)", num(r"chunksize=1000: [\d.]+ s ([\d.]+) tasks/s", go), num(r"chunksize=1000\s*:\s*[\d.]+ s\s+([\d.]+) tasks/s", py)),
]
print()
print("%-36s %12s %12s %8s" % ("", "gofutures", "CPython", "ratio"))
for name, a, b in rows:
    print("%-36s %12.1f %12.1f %8.2f" % (name, a, b, a / b))
sp = num(r"speed-up ([\d.]+)x", go)
pser = num(r"serial map\s+median\s+([\d.]+)s", pyg)
ppar = num(r"process map\s+median\s+([\d.]+)s", pyg)
print("gcd speed-up ProcessPool(2) vs serial: gofutures %.2fx, CPython %.2fx" % (sp, pser / ppar))
PY
