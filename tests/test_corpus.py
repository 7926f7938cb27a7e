"""The corpus: small Go programs run compiled and as notebook cells.

Every tests/corpus/NNN_name.go is a complete `package main` program. It is
built with the real go toolchain and run; then its cells (the file split at
lines `//cell`) are executed in a fresh gofutures kernel, and the stdout
streams of its cells, concatenated, must equal the compiled program's stdout
byte for byte.

Programs that do not behave like Go yet are listed, with the reason, in
tests/corpus/KNOWN_DIFFERENCES.md. The test fails when a program not listed
there differs, and when a listed one now matches (so the list stays honest).
It always prints `corpus: K/N programs match`.

CORPUS_ONLY=substring[,substring...] runs the programs whose name contains one;
CORPUS_REPORT=path writes every program's outputs as JSON.
"""
import concurrent.futures
import difflib
import json
import os
import queue
import re
import shutil
import subprocess
import tempfile
import time

import pytest

from conftest import ROOT, close_client, drain, execute, start_ready

CORPUS = os.path.join(ROOT, "tests", "corpus")
KNOWN = os.path.join(CORPUS, "KNOWN_DIFFERENCES.md")
CELL_TIMEOUT = 20  # seconds for one cell; a hung cell is a difference, not a hang
RUN_TIMEOUT = 30  # seconds for one compiled program


def programs():
    names = sorted(f[:-3] for f in os.listdir(CORPUS) if re.match(r"^\d{3}_\w+\.go$", f))
    only = [o for o in os.environ.get("CORPUS_ONLY", "").split(",") if o]
    return [n for n in names if not only or any(o in n for o in only)]


def cells_of(src):
    """Split a program at lines `//cell`; the marker lines are dropped.
    A `// cell` line is refused: gofmt writes the marker so when a
    declaration follows it at once (a doc comment), and the program would
    silently run as one cell."""
    cells, cur = [], []
    for line in src.splitlines(keepends=True):
        assert line.strip() != "// cell", "a `// cell` line (gofmt's): write `//cell` with a blank line after it"
        if line.strip() == "//cell":
            cells.append("".join(cur))
            cur = []
        else:
            cur.append(line)
    cells.append("".join(cur))
    return [c for c in cells if c.strip()]


def known_differences():
    """Program names listed in the first column of KNOWN_DIFFERENCES.md's
    tables: those that differ, and those that sometimes differ (the table
    after the heading "## Programs that sometimes differ")."""
    names, flaky = {}, {}
    table = names
    with open(KNOWN, encoding="utf-8") as f:
        for line in f:
            if line.startswith("## Programs that sometimes differ"):
                table = flaky
            m = re.match(r"^\|\s*`?(\d{3}_\w+)`?\s*\|(.*)\|\s*$", line)
            if m:
                table[m.group(1)] = m.group(2).strip()
    return names, flaky


def run_compiled(name, bindir):
    """Build and run one program; return its stdout (or raise with stderr)."""
    src = os.path.join(CORPUS, name + ".go")
    exe = os.path.join(bindir, name)
    b = subprocess.run(["go", "build", "-o", exe, src], cwd=ROOT, capture_output=True, text=True)
    if b.returncode != 0:
        raise AssertionError(f"{name}: go build failed:\n{b.stderr}")
    r = subprocess.run([exe], cwd=bindir, capture_output=True, timeout=RUN_TIMEOUT)
    if r.returncode != 0:
        raise AssertionError(f"{name}: compiled program exited {r.returncode}:\n{r.stderr.decode()}")
    # A stream message is JSON: bytes that are not UTF-8 cannot reach the
    # notebook as they are; U+FFFD in their place is the best a kernel can do.
    return r.stdout.decode("utf-8", errors="replace")


def run_cells(name):
    """Run one program's cells in a fresh kernel: (stdout, first error or None)."""
    with open(os.path.join(CORPUS, name + ".go"), encoding="utf-8") as f:
        cells = cells_of(f.read())
    km, kc = start_ready()
    out, err = [], None
    try:
        drain(kc, 0.05)
        for i, code in enumerate(cells, 1):
            try:
                c = execute(kc, code, timeout=CELL_TIMEOUT)
            except queue.Empty:
                err = f"cell {i}: no reply within {CELL_TIMEOUT} s"
                break
            out.append(c.stdout)
            if c.status != "ok" and err is None:
                e = c.error or c.reply["content"]
                err = f"cell {i}: {e.get('ename')}: {e.get('evalue')}"
    finally:
        close_client(kc)
        km.shutdown_kernel(now=True)
    return "".join(out), err


def first_difference(want, got):
    lines = list(difflib.unified_diff(want.splitlines(), got.splitlines(), "go run", "cells", n=1, lineterm=""))
    return "\n".join(lines[:12])


# One test for the whole corpus: it runs longer than the suite's per-test
# timeout (scripts/test) on a shared two-core machine.
@pytest.mark.timeout(2400)
def test_corpus(capsys):
    names = programs()
    assert names, "no programs in tests/corpus"
    for n in names:
        with open(os.path.join(CORPUS, n + ".go"), encoding="utf-8") as f:
            # keeps `go vet ./...` and `go build ./...` from seeing many mains in one package
            assert f.readline() == "//go:build ignore\n", f"{n}.go must start with //go:build ignore"
    known, flaky = known_differences()
    if not os.environ.get("CORPUS_ONLY"):
        stale = sorted((set(known) | set(flaky)) - set(names))
        assert not stale, f"KNOWN_DIFFERENCES.md lists programs that do not exist: {stale}"
    bindir = tempfile.mkdtemp(prefix="gofutures-corpus-")
    t0 = time.monotonic()
    try:
        # Builds use both cores; kernels run beside them (each kernel's
        # interpreter is mostly waiting on the next cell).
        with concurrent.futures.ThreadPoolExecutor(2) as builds, concurrent.futures.ThreadPoolExecutor(2) as kernels:
            want = {n: builds.submit(run_compiled, n, bindir) for n in names}
            got = {n: kernels.submit(run_cells, n) for n in names}
            results = {n: (want[n].result(), *got[n].result()) for n in names}
    finally:
        shutil.rmtree(bindir, ignore_errors=True)
    elapsed = time.monotonic() - t0

    silent = [n for n in names if not results[n][0]]
    assert not silent, f"programs that print nothing compare vacuously: {silent}"
    matching = [n for n in names if results[n][0] == results[n][1]]
    differing = [n for n in names if n not in matching]
    report = os.environ.get("CORPUS_REPORT")
    if report:
        with open(report, "w", encoding="utf-8") as f:
            json.dump({n: {"go": w, "cells": g, "error": e, "match": w == g} for n, (w, g, e) in results.items()},
                      f, indent=1, sort_keys=True)
    with capsys.disabled():
        print(f"\ncorpus: {len(matching)}/{len(names)} programs match ({elapsed:.0f} s)")
        for n in differing:
            print(f"  differs: {n}" + (" (known)" if n in known else " (sometimes: see KNOWN_DIFFERENCES.md)" if n in flaky else " (NEW)"))

    problems = []
    for n in differing:
        if n not in known and n not in flaky:
            w, g, e = results[n]
            problems.append(f"{n} differs from go run" + (f" ({e})" if e else "") + ":\n" + first_difference(w, g))
    for n in matching:
        if n in known:
            problems.append(f"{n} now matches go run: remove it from tests/corpus/KNOWN_DIFFERENCES.md")
    assert not problems, "\n\n".join(problems)
