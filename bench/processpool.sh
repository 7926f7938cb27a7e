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
echo "== gofutures ProcessPool: interpreted and compiled workers"
"$tmp/ppbench" -gofutures "$tmp/gofutures" -n "$n" "${smoke[@]}" | tee "$tmp/go.txt"
echo "== CPython ProcessPoolExecutor (fork)"
"$py" "$tools/py_futures_overhead.py" process fork "$n" | tee "$tmp/py.txt"
"$py" "$tools/py_futures_gcd.py" fork | grep -E "serial map|process map" | tee "$tmp/pygcd.txt"
"$py" - "$tmp" <<'PY'
import re, sys
d = sys.argv[1]
go, py, pyg = (open(f"{d}/{f}").read() for f in ("go.txt", "py.txt", "pygcd.txt"))
num = lambda pat, s: float(re.search(pat, s).group(1))
part = lambda kind: go.split(f"== {kind} workers")[1].split("== ")[0]
rows = [
    ("start-up ctor->first result (ms)", r"first result median ([\d.]+) ms", r"first result\s+([\d.]+) ms"),
    ("submit->result median (us)", r"round trip median ([\d.]+) us", r"median\s+([\d.]+) us"),
    ("map chunksize=1 (tasks/s)", r"chunksize=1: [\d.]+ s ([\d.]+) tasks/s", r"chunksize=1\s*:\s*[\d.]+ s\s+([\d.]+) tasks/s"),
    ("map chunksize=1000 (tasks/s)", r"chunksize=1000: [\d.]+ s ([\d.]+) tasks/s", r"chunksize=1000\s*:\s*[\d.]+ s\s+([\d.]+) tasks/s"),
    ("gcd ProcessPool(2) incl. start-up (s)", r"gcd ProcessPool\(2\) map incl. start-up median ([\d.]+) s", r"process map\s+median\s+([\d.]+)s"),
]
print()
print("%-40s %12s %12s %12s %10s %10s" % ("", "interpreted", "compiled", "CPython", "int/Py", "comp/Py"))
for name, gp, pp in rows:
    src = pyg if name.startswith("gcd") else py
    a, b, c = num(gp, part("interpreted")), num(gp, part("compiled")), num(pp, src)
    print("%-40s %12.3f %12.3f %12.3f %10.2f %10.2f" % (name, a, b, c, a / c, b / c))
pg = num(r"process map\s+median\s+([\d.]+)s", pyg)
cg = num(r"gcd ProcessPool\(2\) map incl. start-up median ([\d.]+) s", part("compiled"))
gg = num(r"gcd compiled Go ThreadPool\(2\) median ([\d.]+) s", go)
print("gcd: compiled ProcessPool(2) %.1fx faster than CPython's ProcessPoolExecutor(2); %.2fx the time of compiled Go on 2 goroutines (%.3f s)" % (pg / cg, cg / gg, gg))
print("gcd serial: interpreted %.3f s, CPython %.3f s" % (num(r"gcd serial interpreted median ([\d.]+) s", go), num(r"serial map\s+median\s+([\d.]+)s", pyg)))
print(re.search(r"compiled workers build: .*", go).group(0))
PY
