"""The error corpora: programs that do not compile, and programs that panic.

"Errors read like Go's" measured, as tests/test_corpus.py measures output.

tests/corpus_errors/NNN_name.go: each program has exactly one compile
error. `go build` gives its first error, `file:line:col: message` (the
words of types2 in cmd/compile, which can differ from go/types'); the
program's cells (split at `//cell`, as in tests/corpus) run in a fresh
kernel, the cells before the one holding the error must run, that one must
be refused (CompileError) with the same message at the same place: the
file's line and column mapped to (cell, line in the cell, column).

tests/corpus_panics/NNN_name.go: each program ends in a runtime panic, a
panic(value) nobody recovers, or os.Exit. `go run` (built, then run) gives
its stdout, the panic's message on stderr (from `panic: ` to the blank line
before `goroutine N [running]:`, addresses written 0xADDR, the `[signal
SIGSEGV ...]` line left out) and the lines of the frames of the
program's functions in the panicking goroutine's trace, innermost first
(up to its `created by`: the creator is no frame of the goroutine), each
mapped to (cell, line). The cells' stdout must be the same, the last
cell must fail with `panic: <evalue>` reading as Go's message, and the
traceback's frames of functions (`Cell In[k], line j, in f`) must be at
those (cell, line)s, one for one (the kernel's `goroutine N [running]:`
line, for a goroutine's panic, is none). A program that calls os.Exit(n) compares its exit
code with the kernel's `os.Exit(n) called` and its stdout.

Programs that cannot match are listed with the reason in the KNOWN.md of
their directory; the test fails when an unlisted one differs or a listed
one matches. It prints `compile errors: K/N match` and `panics: K/N match`.
ERRORS_ONLY=substring runs the programs whose name holds it.
"""
import concurrent.futures
import os
import queue
import re
import shutil
import subprocess
import tempfile
import time

import pytest

from conftest import ROOT, close_client, drain, execute, start_ready

ERRORS = os.path.join(ROOT, "tests", "corpus_errors")
PANICS = os.path.join(ROOT, "tests", "corpus_panics")
CELL_TIMEOUT = 20
RUN_TIMEOUT = 30

ANSI = re.compile(r"\x1b\[[0-9;]*m")
GO_POS = re.compile(r"^(?:\./)?(\S+?\.go):(\d+):(\d+): (.*)$")
CELL_POS = re.compile(r"^Cell In\[(\d+)\], line (\d+), column (\d+): (.*)$", re.S)
CELL_FRAME = re.compile(r"^Cell In\[(\d+)\](?:, line (\d+))?")
ADDR = re.compile(r"0x[0-9a-f]+")


def programs(d):
    names = sorted(f[:-3] for f in os.listdir(d) if re.match(r"^\d{3}_\w+\.go$", f))
    only = os.environ.get("ERRORS_ONLY")
    return [n for n in names if not only or only in n]


def cells_with_lines(src):
    """Split a program at lines `//cell` (dropped) like tests/corpus: the
    non-blank cells and, for each, the file's line number of its line 1."""
    cells, cur, start = [], [], 1
    for n, line in enumerate(src.splitlines(keepends=True), 1):
        assert line.strip() != "// cell", "a `// cell` line (gofmt's): write `//cell` with a blank line after it"
        if line.strip() == "//cell":
            cells.append(("".join(cur), start))
            cur, start = [], n + 1
        else:
            cur.append(line)
    cells.append(("".join(cur), start))
    return [(c, s) for c, s in cells if c.strip()]


def cell_of(cells, line):
    """The (cell number from 1, line in the cell) of a line of the file."""
    at = None
    for i, (_, start) in enumerate(cells, 1):
        if start <= line:
            at = (i, line - start + 1)
    return at


def known(d):
    """Program names in the first column of the tables of d/KNOWN.md."""
    names = {}
    with open(os.path.join(d, "KNOWN.md"), encoding="utf-8") as f:
        for line in f:
            m = re.match(r"^\|\s*`?(\d{3}_\w+)`?\s*\|(.*)\|\s*$", line)
            if m:
                names[m.group(1)] = m.group(2).strip()
    return names


def read(d, name):
    with open(os.path.join(d, name + ".go"), encoding="utf-8") as f:
        src = f.read()
    # keeps `go vet ./...` and `go build ./...` from seeing these programs
    assert src.startswith("//go:build ignore\n"), f"{name}.go must start with //go:build ignore"
    return src


def go_compile_error(name):
    """go build's first error of a program: (cell, line, column, message)."""
    rel = os.path.join("tests", "corpus_errors", name + ".go")
    b = subprocess.run(["go", "build", "-o", os.devnull, rel], cwd=ROOT, capture_output=True, text=True)
    assert b.returncode != 0, f"{name}: go build succeeded; the program must not compile"
    lines = b.stderr.splitlines()
    for i, l in enumerate(lines):
        m = GO_POS.match(l)
        if m:
            # types2's have/want lines and the like follow, indented
            more = []
            for x in lines[i + 1:]:
                if not x.startswith("\t"):
                    break
                more.append(x)
            cells = cells_with_lines(read(ERRORS, name))
            cell, line = cell_of(cells, int(m.group(2)))

            def at_cell(p):  # another place in the file, as the kernel names it
                c, l = cell_of(cells, int(p.group(1)))
                return f"Cell In[{c}], line {l}, column {p.group(2)}"

            msg = re.sub(re.escape(rel) + r":(\d+):(\d+)", at_cell, "\n".join([m.group(4)] + more))
            return (cell, line, int(m.group(3)), msg)
    raise AssertionError(f"{name}: no file:line:col error in go build's output:\n{b.stderr}")


def start():
    km, kc = start_ready()
    drain(kc, 0.05)
    return km, kc


def stop(km, kc):
    close_client(kc)
    km.shutdown_kernel(now=True)


def cells_compile_error(name, want_cell):
    """Run a program's cells up to want_cell: (cell, line, column, message)
    of the first refused cell, or a string saying what went wrong."""
    cells = cells_with_lines(read(ERRORS, name))
    km, kc = start()
    try:
        for i, (code, _) in enumerate(cells, 1):
            try:
                c = execute(kc, code, timeout=CELL_TIMEOUT)
            except queue.Empty:
                return f"cell {i}: no reply within {CELL_TIMEOUT} s"
            if c.status == "ok":
                if i >= want_cell:
                    return f"cell {i} ran; go build refuses cell {want_cell}"
                continue
            e = c.error or c.reply["content"]
            if i < want_cell:
                return f"cell {i} failed before the cell with the error: {e.get('ename')}: {e.get('evalue')}"
            if e.get("ename") != "CompileError":
                return f"cell {i}: {e.get('ename')}: {e.get('evalue')}"
            for t in e.get("traceback", []):
                m = CELL_POS.match(ANSI.sub("", t))
                if m:
                    return (int(m.group(1)), int(m.group(2)), int(m.group(3)), m.group(4))
            return f"cell {i}: no position in the traceback: {e.get('traceback')}"
        return "every cell ran"
    finally:
        stop(km, kc)


def panic_message(stderr):
    """Go's panic message: from `panic: ` to the goroutine's trace,
    addresses written 0xADDR, the signal line left out."""
    lines = stderr.splitlines()
    out = []
    for i, l in enumerate(lines):
        if l.startswith("panic: "):
            for x in lines[i:]:
                if x == "" or x.startswith("goroutine "):
                    break
                if not x.startswith("[signal "):
                    out.append(x)
            break
    return ADDR.sub("0xADDR", "\n".join(out))


def main_lines(stderr, path):
    """The lines of the frames in the program's own source (main's
    functions), innermost first, in the trace of the panicking goroutine
    (the first one printed; not where it was created)."""
    lines, started = [], False
    for l in stderr.splitlines():
        if l.startswith("goroutine ") or l.startswith("created by "):
            if started:
                break
            started = True
        s = l.strip()
        if started and s.startswith(path + ":"):
            lines.append(int(s[len(path) + 1:].split()[0]))
    return lines


def go_panic(name, bindir):
    """Build and run a panicking program: (stdout, message, (cell, line) or
    None, exit code)."""
    src = os.path.join(PANICS, name + ".go")
    exe = os.path.join(bindir, name)
    b = subprocess.run(["go", "build", "-o", exe, src], cwd=ROOT, capture_output=True, text=True)
    assert b.returncode == 0, f"{name}: go build failed:\n{b.stderr}"
    r = subprocess.run([exe], cwd=bindir, capture_output=True, timeout=RUN_TIMEOUT)
    stderr = r.stderr.decode()
    assert r.returncode != 0, f"{name}: the compiled program exited 0; it must panic or exit"
    stdout = r.stdout.decode("utf-8", errors="replace")
    if r.returncode != 2:
        return stdout, f"os.Exit({r.returncode}) called", None, r.returncode
    assert stderr.startswith("panic: "), f"{name}: exit 2 without a panic:\n{stderr}"
    lines = main_lines(stderr, os.path.realpath(src))
    cells = cells_with_lines(read(PANICS, name))
    return stdout, panic_message(stderr), tuple(cell_of(cells, l) for l in lines), 2


def cells_panic(name):
    """Run a program's cells: (stdout, message or a description of what
    went wrong, the (cell, line) of each frame of a function, innermost
    first, line None where the traceback names none, or None)."""
    cells = cells_with_lines(read(PANICS, name))
    km, kc = start()
    out = []
    try:
        for i, (code, _) in enumerate(cells, 1):
            try:
                c = execute(kc, code, timeout=CELL_TIMEOUT)
            except queue.Empty:
                return "".join(out), f"cell {i}: no reply within {CELL_TIMEOUT} s", None
            out.append(c.stdout)
            if c.status == "ok":
                continue
            e = c.error or c.reply["content"]
            if i < len(cells):
                return "".join(out), f"cell {i} failed before the last: {e.get('ename')}: {e.get('evalue')}", None
            if e.get("ename") == "Exit":
                return "".join(out), e.get("evalue"), None
            if e.get("ename") != "panic":
                return "".join(out), f"{e.get('ename')}: {e.get('evalue')}", None
            tb = [ANSI.sub("", t) for t in e.get("traceback", [])]
            frames = []
            for t in tb:
                if t.startswith("panic: ") or t.startswith("\tpanic: ") or re.match(r"^goroutine \d+ \[running\]:$", t):
                    continue
                m = CELL_FRAME.match(t)
                if not m:
                    frames.append(None)  # a frame of no cell's: Go would name one
                elif ", in " in t:
                    frames.append((int(m.group(1)), int(m.group(2)) if m.group(2) else None))
                # (else the top-level statement that called main: no frame of Go's)
            while frames and frames[-1] is None:
                frames.pop()  # (the session's own lines after the frames)
            return "".join(out), ADDR.sub("0xADDR", "panic: " + e.get("evalue", "")), tuple(frames)
        return "".join(out), "every cell ran", None
    finally:
        stop(km, kc)


def verdict(kind, names, results, listed):
    """Print the figure; return the problems (an unlisted difference, a
    listed program that matches)."""
    matching = [n for n in names if results[n][0] == results[n][1]]
    differing = [n for n in names if n not in matching]
    print(f"{kind}: {len(matching)}/{len(names)} match")
    problems = []
    for n in differing:
        print(f"  differs: {n}" + (" (known)" if n in listed else " (NEW)"))
        if n not in listed:
            w, g = results[n]
            problems.append(f"{kind} {n}:\n  go:    {w!r}\n  cells: {g!r}")
    for n in matching:
        if n in listed:
            problems.append(f"{kind} {n} now matches: remove it from its KNOWN.md")
    return problems


@pytest.mark.timeout(1200)  # (the whole corpus in one test)
def test_errors_corpus(capsys):
    errs, pans = programs(ERRORS), programs(PANICS)
    only = os.environ.get("ERRORS_ONLY")
    assert errs or pans or only, "no programs in tests/corpus_errors or tests/corpus_panics"
    known_errs, known_pans = known(ERRORS), known(PANICS)
    if not only:
        stale = sorted((set(known_errs) - set(errs)) | (set(known_pans) - set(pans)))
        assert not stale, f"KNOWN.md lists programs that do not exist: {stale}"
    bindir = tempfile.mkdtemp(prefix="gofutures-errors-")
    t0 = time.monotonic()
    try:
        with concurrent.futures.ThreadPoolExecutor(2) as builds, concurrent.futures.ThreadPoolExecutor(2) as kernels:
            want_e = {n: builds.submit(go_compile_error, n) for n in errs}
            want_p = {n: builds.submit(go_panic, n, bindir) for n in pans}
            # the cells stop at the cell go build refuses: wait for it
            got_e = {n: kernels.submit(lambda n=n: cells_compile_error(n, want_e[n].result()[0])) for n in errs}
            got_p = {n: kernels.submit(cells_panic, n) for n in pans}
            res_e = {n: (want_e[n].result(), got_e[n].result()) for n in errs}
            res_p = {}
            for n in pans:
                out, msg, at, code = want_p[n].result()
                res_p[n] = ((out, msg, at), got_p[n].result())
    finally:
        shutil.rmtree(bindir, ignore_errors=True)
    with capsys.disabled():
        print(f"\n({time.monotonic() - t0:.0f} s)")
        problems = verdict("compile errors", errs, res_e, known_errs)
        problems += verdict("panics", pans, res_p, known_pans)
    assert not problems, "\n\n".join(problems)
