#!/usr/bin/env bash
# Runs every benchmark script in bench/ once in its smoke mode
# (BENCH_SMOKE=1: small N, one repetition), so that a benchmark that no
# longer builds or runs turns scripts/test red. Nothing is timed or
# compared here; speed is measured by running the scripts themselves.
set -euo pipefail
cd "$(dirname "$0")/.."
log=$(mktemp)
trap 'rm -f "$log"' EXIT
for script in bench/*.sh bench/*/run.sh; do
	[ "$script" = bench/smoke.sh ] && continue
	start=$SECONDS
	if ! BENCH_SMOKE=1 "$script" >"$log" 2>&1; then
		cat "$log"
		echo "benchmark $script failed in smoke mode" >&2
		exit 1
	fi
	echo "$script: ran in $((SECONDS - start)) s"
done
