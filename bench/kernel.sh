#!/usr/bin/env bash
# Kernel latency side by side: gofutures vs ipykernel (python3) in one run,
# with bench/tools/bench_kernel.py (execute_request -> execute_reply,
# -> iopub idle, kernel start -> first result). Prints the ratios.
#   bench/kernel.sh [N]        N timed requests per kernel (default 100)
# The kernels take turns: BENCH_ROUNDS rounds (default 3), each timing
# every kernel once with N/rounds requests, so a change of the machine's
# load in the middle of the run weighs on all of them alike; each round's
# ratio is printed, and the median over rounds of each kernel's medians.
# BENCH_BASELINE=/path/to/an/older/gofutures also measures that binary in
# the same run (before/after a change). BENCH_SMOKE=1: a few requests only.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh
ensure_go
tool=${BENCH_KERNEL:-bench/tools/bench_kernel.py}
n=${1:-100}
warmup=5 starts=5
rounds=${BENCH_ROUNDS:-3}
if [ "${BENCH_SMOKE:-}" = 1 ]; then
	n=5 warmup=1 starts=1 rounds=2
fi
per=$(((n + rounds - 1) / rounds))
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go build -o "$tmp/gofutures" ./cmd/gofutures
"$tmp/gofutures" install --prefix "$tmp/prefix" >/dev/null
export JUPYTER_PATH="$tmp/prefix/share/jupyter"
kernels="gofutures python3"
if [ -n "${BENCH_BASELINE:-}" ]; then
	"$BENCH_BASELINE" install --prefix "$tmp/base" >/dev/null
	mv "$tmp/base/share/jupyter/kernels/gofutures" "$JUPYTER_PATH/kernels/gofutures-baseline"
	kernels="gofutures-baseline gofutures python3"
fi
for r in $(seq "$rounds"); do
	s=0
	if [ "$r" = 1 ]; then s=$starts; fi # cold starts: the first round only
	for k in $kernels; do
		echo "== $k, round $r"
		"$PY" "$tool" --kernel "$k" -n "$per" --warmup "$warmup" --startup-runs "$s" --json "$tmp/$k.$r.json" >"$tmp/$k.log" 2>&1 || { cat "$tmp/$k.log"; exit 1; }
		grep '^startup run' "$tmp/$k.log" || true
	done
done
"$PY" - "$tmp" "$rounds" <<'PY'
import json, os, statistics, sys
tmp, rounds = sys.argv[1], int(sys.argv[2])
def load(k):
    path = os.path.join(tmp, "%s.1.json" % k)
    if not os.path.exists(path):
        return None
    return [json.load(open(os.path.join(tmp, "%s.%d.json" % (k, r)))) for r in range(1, rounds + 1)]
def req(runs, key, sub):
    return statistics.median(run["requests"][key][sub] for run in runs)
g, p, b = load("gofutures"), load("python3"), load("gofutures-baseline")
print()
print("execute_reply median (ms) by round:")
for r in range(rounds):
    x, y = g[r]["requests"]["to_execute_reply"]["median_ms"], p[r]["requests"]["to_execute_reply"]["median_ms"]
    extra = ""
    if b:
        z = b[r]["requests"]["to_execute_reply"]["median_ms"]
        extra = "   baseline %8.3f  (%.2f)" % (z, x / z)
    print("  round %d: gofutures %8.3f  ipykernel %8.3f  ratio %.2f%s" % (r + 1, x, y, x / y, extra))
def table(other, name):
    print()
    print("%-38s %12s %12s %8s" % ("", "gofutures", name, "ratio"))
    rows = [
        ("execute_reply median (ms)", req(g, "to_execute_reply", "median_ms"), req(other, "to_execute_reply", "median_ms")),
        ("execute_reply p95 (ms)", req(g, "to_execute_reply", "p95_ms"), req(other, "to_execute_reply", "p95_ms")),
        ("iopub idle median (ms)", req(g, "to_iopub_idle", "median_ms"), req(other, "to_iopub_idle", "median_ms")),
        ("requests/s", statistics.median(run["requests"]["throughput_per_s"] for run in g),
         statistics.median(run["requests"]["throughput_per_s"] for run in other)),
    ]
    if name == "ipykernel":
        rows.append(("start -> first result median (s)", g[0]["startup_summary"]["first_result_s_median"],
                     other[0]["startup_summary"]["first_result_s_median"]))
    for label, x, y in rows:
        print("%-38s %12.3f %12.3f %8.2f" % (label, x, y, x / y))
if b:
    table(b, "baseline")
table(p, "ipykernel")
bad = lambda runs: sum(run["requests"]["wrong_or_error"] for run in runs)
print("wrong or error results: gofutures %d, ipykernel %d" % (bad(g), bad(p)))
PY
