#!/usr/bin/env bash
# Runs the executor benchmarks side by side (see main.go) and prints
# ratios. Flags are passed through (e.g. -n 100000 -reps 3, -only gcd).
# --python also runs the CPython concurrent.futures gcd comparison.
# BENCH_SMOKE=1: small N, one repetition (checks that it runs).
set -euo pipefail
cd "$(dirname "$0")"
py=0
args=()
for a in "$@"; do
	if [[ $a == --python ]]; then py=1; else args+=("$a"); fi
done
if [[ ${BENCH_SMOKE:-} == 1 ]]; then
	args=(-n 10000 -lat 1000 -reps 1 -pairs 1 "${args[@]}")
	export GCD_QUICK=1
fi
go run . "${args[@]}"
if [[ $py == 1 ]]; then
	tool=../tools/py_futures_gcd.py
	echo "CPython concurrent.futures, same gcd workload:"
	python3 "$tool"
fi
