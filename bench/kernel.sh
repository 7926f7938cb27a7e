#!/usr/bin/env bash
# Kernel latency side by side: gofutures vs ipykernel (python3) in one run,
# with ../shared/tools/bench_kernel.py (execute_request -> execute_reply,
# -> iopub idle, kernel start -> first result). Prints the ratios.
#   bench/kernel.sh [N]        N timed requests per kernel (default 100)
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh
ensure_go
tool=${BENCH_KERNEL:-../shared/tools/bench_kernel.py}
n=${1:-100}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go build -o "$tmp/gofutures" ./cmd/gofutures
"$tmp/gofutures" install --prefix "$tmp/prefix" >/dev/null
export JUPYTER_PATH="$tmp/prefix/share/jupyter"
for k in gofutures python3; do
	echo "== $k"
	"$PY" "$tool" --kernel "$k" -n "$n" --warmup 5 --startup-runs 5 --json "$tmp/$k.json" >"$tmp/$k.log" 2>&1 || { cat "$tmp/$k.log"; exit 1; }
	grep '^startup run' "$tmp/$k.log" || true
done
"$PY" - "$tmp/gofutures.json" "$tmp/python3.json" <<'PY'
import json, sys
g, p = (json.load(open(f)) for f in sys.argv[1:3])
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
