#!/usr/bin/env bash
# Kernel latency side by side: gofutures vs ipykernel (python3) in one run,
# with bench/tools/bench_kernel.py (execute_request -> execute_reply,
# -> iopub idle, kernel start -> first result). Prints the ratios.
#   bench/kernel.sh [N]        N timed requests per kernel (default 100)
# BENCH_BASELINE=/path/to/an/older/gofutures also measures that binary in
# the same run (before/after a change). BENCH_SMOKE=1: a few requests only.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh
ensure_go
tool=${BENCH_KERNEL:-bench/tools/bench_kernel.py}
n=${1:-100}
warmup=5 starts=5
if [ "${BENCH_SMOKE:-}" = 1 ]; then
	n=5 warmup=1 starts=1
fi
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
for k in $kernels; do
	echo "== $k"
	"$PY" "$tool" --kernel "$k" -n "$n" --warmup "$warmup" --startup-runs "$starts" --json "$tmp/$k.json" >"$tmp/$k.log" 2>&1 || { cat "$tmp/$k.log"; exit 1; }
	grep '^startup run' "$tmp/$k.log" || true
done
"$PY" - "$tmp/gofutures.json" "$tmp/python3.json" "$tmp/gofutures-baseline.json" <<'PY'
import json, os, sys
g, p = (json.load(open(f)) for f in sys.argv[1:3])
if os.path.exists(sys.argv[3]):
    b = json.load(open(sys.argv[3]))
    print()
    print("%-38s %12s %12s %8s" % ("", "gofutures", "baseline", "ratio"))
    for label, key in [("execute_reply median (ms)", "median_ms"), ("execute_reply p95 (ms)", "p95_ms")]:
        x, y = g["requests"]["to_execute_reply"][key], b["requests"]["to_execute_reply"][key]
        print("%-38s %12.3f %12.3f %8.2f" % (label, x, y, x / y))
    x, y = g["requests"]["to_iopub_idle"]["median_ms"], b["requests"]["to_iopub_idle"]["median_ms"]
    print("%-38s %12.3f %12.3f %8.2f" % ("iopub idle median (ms)", x, y, x / y))
def row(name, key, sub):
    a, b = g[key][sub], p[key][sub]
    return name, a, b
print()
print("%-38s %12s %12s %8s" % ("", "gofutures", "ipykernel", "ratio"))
for label, a, b in [
    ("execute_reply median (ms)", g["requests"]["to_execute_reply"]["median_ms"], p["requests"]["to_execute_reply"]["median_ms"]),
    ("execute_reply p95 (ms)", g["requests"]["to_execute_reply"]["p95_ms"], p["requests"]["to_execute_reply"]["p95_ms"]),
    ("iopub idle median (ms)", g["requests"]["to_iopub_idle"]["median_ms"], p["requests"]["to_iopub_idle"]["median_ms"]),
    ("requests/s", g["requests"]["throughput_per_s"], p["requests"]["throughput_per_s"]),
    ("start -> first result median (s)", g["startup_summary"]["first_result_s_median"], p["startup_summary"]["first_result_s_median"]),
]:
    print("%-38s %12.3f %12.3f %8.2f" % (label, a, b, a / b))
print("wrong or error results: gofutures %d, ipykernel %d" % (g["requests"]["wrong_or_error"], p["requests"]["wrong_or_error"]))
PY
