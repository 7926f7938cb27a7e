"""The standard library's own examples, run compiled and as notebook cells.

Go's runnable examples (GOROOT/src/**/example*_test.go) are ordinary Go
that no one wrote for this kernel: a held-out corpus. tests/stdexamples
(run at test time; nothing of Go's source is kept here) makes each example
file a program and a notebook: a first cell with the file's imports and
other declarations, then per example a cell declaring its function and a
cell calling it. The examples are those go test runs (with an output
comment). The stdout of each call must equal the compiled example's byte
for byte (as lines in any order, for an "Unordered output").

Left out of the count, and printed: files that are no program on their own
(they use another test file's declarations), examples that fail compiled
(exit status, a timeout) and examples whose compiled output differs
between two runs (random numbers, timings, memory statistics).

Examples that differ are listed, with the reason, in
tests/stdexamples/KNOWN_DIFFERENCES.md, measured with the Go it names: with
that Go the test fails when an example not listed differs, and when a
listed one now matches. With another Go (a different set of examples) it
fails when fewer examples match, in proportion, than the table's figure.
It always prints `stdlib examples: K/N match`.

STDEX_ONLY=substring runs the files whose name holds it.
"""
import concurrent.futures
import json
import os
import queue
import re
import shutil
import subprocess
import tempfile
import time

from conftest import ROOT, close_client, drain, execute

KNOWN = os.path.join(ROOT, "tests", "stdexamples", "KNOWN_DIFFERENCES.md")
CELL_TIMEOUT = 20  # seconds for one cell
RUN_TIMEOUT = 10  # seconds for one compiled example


def known_differences():
    """The table's rows (example -> reason), the Go version it was
    measured with, and its figure (matching, compared)."""
    rows, version, figure = {}, None, None
    with open(KNOWN, encoding="utf-8") as f:
        for line in f:
            m = re.match(r"^\|\s*`?([\w/.-]+\.Example\w*)`?\s*\|(.*)\|\s*$", line)
            if m:
                rows[m.group(1)] = m.group(2).strip()
            m = re.search(r"measured with (go\S+): (\d+) of (\d+) examples match", line, re.IGNORECASE)
            if m:
                version, figure = m.group(1), (int(m.group(2)), int(m.group(3)))
    return rows, version, figure


def run_compiled(f):
    """Build one file's program; run each example twice. Returns
    {example: stdout, or None when it failed or its output varies}, or a
    string (go build's error) when the file is no program on its own."""
    exe = os.path.join(f["dir"], "bin")
    b = subprocess.run(["go", "build", "-o", exe, "prog.go", "main_gen.go"], cwd=f["dir"], capture_output=True, text=True)
    if b.returncode != 0:
        return b.stderr
    outs = {}
    for e in f["examples"]:
        runs = []
        for _ in range(2):
            try:
                r = subprocess.run([exe, e["name"]], cwd=f["dir"], capture_output=True, stdin=subprocess.DEVNULL, timeout=RUN_TIMEOUT)
                runs.append(r.stdout.decode("utf-8", errors="replace") if r.returncode == 0 else None)
            except subprocess.TimeoutExpired:
                runs.append(None)
        outs[e["name"]] = runs[0] if runs[0] is not None and runs[0] == runs[1] else None
    return outs


def run_cells(f):
    """Run one file's notebook in a fresh kernel started in its folder:
    {example: (stdout of its call, error or None)}."""
    from jupyter_client.manager import KernelManager

    km = KernelManager(kernel_name="gofutures")
    km.start_kernel(cwd=f["dir"])
    kc = km.client()
    kc.start_channels()
    got = {}
    try:
        kc.wait_for_ready(timeout=60)
        drain(kc, 0.05)
        first = None
        if f["decls"].strip():
            c = execute(kc, f["decls"], timeout=60, allow_stdin=False)
            if c.status != "ok":
                e = c.error or c.reply["content"]
                first = f"first cell: {e.get('ename')}: {e.get('evalue')}"
        for e in f["examples"]:
            try:
                c = execute(kc, e["decl"], timeout=CELL_TIMEOUT, allow_stdin=False)
                if c.status != "ok":
                    err = c.error or c.reply["content"]
                    got[e["name"]] = ("", first or f"declaration: {err.get('ename')}: {err.get('evalue')}")
                    continue
                c = execute(kc, e["name"] + "()", timeout=CELL_TIMEOUT, allow_stdin=False)
            except queue.Empty:
                got[e["name"]] = ("", f"no reply within {CELL_TIMEOUT} s")
                break  # the kernel is busy with it
            err = None
            if c.status != "ok":
                x = c.error or c.reply["content"]
                err = f"{x.get('ename')}: {x.get('evalue')}"
            got[e["name"]] = (c.stdout, err)
    finally:
        close_client(kc)
        km.shutdown_kernel(now=True)
    return got


def go_version():
    return subprocess.run(["go", "env", "GOVERSION"], capture_output=True, text=True, check=True).stdout.strip()


def test_stdlib_examples(capsys):
    out = tempfile.mkdtemp(prefix="gofutures-stdex-")
    t0 = time.monotonic()
    try:
        subprocess.run(["go", "run", "./tests/stdexamples", "-out", out], cwd=ROOT, check=True)
        with open(os.path.join(out, "index.json"), encoding="utf-8") as fh:
            files = json.load(fh)
        only = os.environ.get("STDEX_ONLY")
        files = [f for f in files if not only or only in f["name"]]
        assert files, "no example files found in GOROOT"
        with concurrent.futures.ThreadPoolExecutor(2) as builds, concurrent.futures.ThreadPoolExecutor(2) as kernels:
            want = {f["name"]: builds.submit(run_compiled, f) for f in files}
            got = {f["name"]: kernels.submit(run_cells, f) for f in files}
            results = {n: (want[n].result(), got[n].result()) for n in want}
    finally:
        shutil.rmtree(out, ignore_errors=True)
    elapsed = time.monotonic() - t0

    unordered = {f"{f['name']}.{e['name']}" for f in files for e in f["examples"] if e["unordered"]}
    not_programs = [n for n, (w, _) in results.items() if isinstance(w, str)]
    compared, matching, differing, left_out = [], [], {}, 0
    for n, (w, g) in sorted(results.items()):
        if isinstance(w, str):
            continue
        for ex, stdout in w.items():
            if stdout is None:
                left_out += 1
                continue
            key = f"{n}.{ex}"
            compared.append(key)
            cells, err = g.get(ex, ("", "not run (an earlier cell hung)"))
            if cells == stdout or key in unordered and sorted(cells.splitlines()) == sorted(stdout.splitlines()):
                matching.append(key)
            else:
                differing[key] = (stdout, cells, err)
    known, version, figure = known_differences()
    here = go_version()
    with capsys.disabled():
        print(f"\nstdlib examples: {len(matching)}/{len(compared)} match ({elapsed:.0f} s; {here}; "
              f"left out: {len(not_programs)} files that are no program alone, {left_out} examples that fail or vary compiled)")
        for k in sorted(differing):
            print(f"  differs: {k}" + (" (known)" if k in known else " (NEW)"))

    if os.environ.get("STDEX_ONLY"):
        known = {k: v for k, v in known.items() if k.split(".Example")[0] in results}
    if version == here:
        problems = []
        for k, (w, c, e) in sorted(differing.items()):
            if k not in known:
                problems.append(f"{k} differs from the compiled example" + (f" ({e})" if e else "")
                                + f":\n  go:    {w[:300]!r}\n  cells: {c[:300]!r}")
        for k in matching:
            if k in known:
                problems.append(f"{k} now matches: remove it from tests/stdexamples/KNOWN_DIFFERENCES.md")
        if not os.environ.get("STDEX_ONLY"):
            stale = sorted(set(known) - set(compared))
            if stale:
                problems.append(f"KNOWN_DIFFERENCES.md lists examples not compared here: {stale}")
        assert not problems, "\n\n".join(problems)
    else:
        assert figure, "KNOWN_DIFFERENCES.md names no measured figure"
        assert len(matching) / len(compared) >= figure[0] / figure[1] - 0.02, \
            f"with {here} fewer examples match than the {figure[0]}/{figure[1]} measured with {version}"
