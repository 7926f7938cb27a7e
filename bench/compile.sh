#!/usr/bin/env bash
# A %%compile cell side by side, in one run: the seed tutorial's gcd over
# six pairs, serial, with gcd interpreted, in a %%compile cell, compiled
# Go, and CPython 3 (bench/tools/py_futures_gcd.py's gcd and serial);
# plus the first build of the %%compile cell and a kernel started again
# that finds its program cached. Prints the ratios.
#   bench/compile.sh [--cold] [RUNS]   timed runs per variant, median (default 5)
# --cold builds with an empty Go build cache (what a first use costs).
# BENCH_SMOKE=1: one run, no module from the proxy (checks that it runs).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh
ensure_go
tools=${BENCH_TOOLS:-bench/tools}
cold=0
if [[ ${1:-} == --cold ]]; then cold=1; shift; fi
runs=${1:-5}
module=github.com/dustin/go-humanize
if [[ ${BENCH_SMOKE:-} == 1 ]]; then runs=1; module=; fi
tmp=$(mktemp -d)
trap 'chmod -R u+w "$tmp" 2>/dev/null; rm -rf "$tmp"' EXIT
go build -o "$tmp/gofutures" ./cmd/gofutures
go build -o "$tmp/compilebench" ./bench/compile
if [[ $cold == 1 ]]; then export GOCACHE="$tmp/gocache"; echo "(empty Go build cache)"; fi
"$tmp/compilebench" -gofutures "$tmp/gofutures" -runs "$runs" -module "$module" -dir "$tmp/work" | tee "$tmp/go.txt"
python3 - "$tools" "$runs" <<'PY' | tee "$tmp/py.txt"
import sys
sys.path.insert(0, sys.argv[1])
import py_futures_gcd as m
m.serial()  # warm-up, as the tool does
med, lo, hi, r = m.timeit(m.serial, runs=int(sys.argv[2]))
print("gcd serial CPython %s   %.3f s" % (sys.version.split()[0], med))
PY
python3 - "$tmp/go.txt" "$tmp/py.txt" <<'PY'
import re, sys
go, py = (open(f).read() for f in sys.argv[1:3])
num = lambda pat, s: float(re.search(pat, s).group(1))
interp = num(r"interpreted\s+([\d.]+) s", go)
cell = num(r"%%compile\s+([\d.]+) s", go)
native = num(r"compiled Go\s+([\d.]+) s", go)
cpy = num(r"CPython \S+\s+([\d.]+) s", py)
print()
print("%%%%compile cell vs compiled Go:   %.2fx the time (target <= 1.5x)" % (cell / native))
print("CPython vs %%%%compile cell:       %.1fx faster (target >= 5x)" % (cpy / cell))
print("interpreted vs %%%%compile cell:   %.1fx faster" % (interp / cell))
PY
