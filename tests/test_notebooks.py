"""The notebooks in notebooks/, executed end to end as `jupyter nbconvert
--to notebook --execute` does, with the gofutures kernel of conftest.

Every notebook must run without an error output, except in cells tagged
"raises-exception" (which must then fail). The checks look at the outputs
that matter — results, future states, charts, live tables — never at
timings, which depend on the machine.
"""
import glob
import os
import re
import subprocess
import sys

import nbformat
import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NBDIR = os.path.join(ROOT, "notebooks")
NOTEBOOKS = sorted(os.path.basename(p) for p in glob.glob(os.path.join(NBDIR, "*.ipynb")))
TUTORIALS = {"01-concurrent-futures.ipynb": "en", "01-concurrent-futures.zh.ipynb": "zh"}
BEYOND = {"02-beyond-the-tutorial.ipynb": "en", "02-beyond-the-tutorial.zh.ipynb": "zh"}
RESULTS = "[1 5 1 5 2 3]"

sys.path.insert(0, NBDIR)
sys.dont_write_bytecode = True
import build  # noqa: E402  (the generator of the tutorial notebooks)


@pytest.fixture(scope="module")
def executed(tmp_path_factory):
    """executed(name) runs notebooks/name once per test module and returns it."""
    cache = {}

    def run(name):
        if name not in cache:
            out = tmp_path_factory.mktemp("executed")
            cmd = [sys.executable, "-m", "jupyter", "nbconvert", "--to", "notebook", "--execute",
                   "--ExecutePreprocessor.timeout=300", "--output-dir", str(out), os.path.join(NBDIR, name)]
            p = subprocess.run(cmd, capture_output=True, text=True, timeout=900)
            assert p.returncode == 0, "%s failed:\n%s" % (name, p.stderr[-4000:])
            cache[name] = nbformat.read(os.path.join(out, name), as_version=4)
        return cache[name]

    return run


def code_cells(nb):
    return [c for c in nb.cells if c.cell_type == "code"]


def text_of(cell):
    """Everything a cell printed or showed as text."""
    parts = []
    for o in cell.outputs:
        if o.output_type == "stream":
            parts.append(o.text)
        elif "data" in o:
            parts.append(o.data.get("text/plain", ""))
        elif o.output_type == "error":
            parts.append("%s: %s" % (o.ename, o.evalue))
    return "".join(parts)


def all_text(nb):
    return "\n".join(text_of(c) for c in code_cells(nb))


def mime_count(nb, mime):
    return sum(1 for c in code_cells(nb) for o in c.outputs if mime in o.get("data", {}))


def cell_with(nb, needle):
    """The first code cell whose source contains needle."""
    for c in code_cells(nb):
        if needle in c.source:
            return c
    raise AssertionError("no cell contains %r" % needle)


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_notebook_runs_without_errors(executed, name):
    nb = executed(name)
    assert nb.metadata["kernelspec"]["name"] == "gofutures"
    for i, c in enumerate(code_cells(nb)):
        errors = [o for o in c.outputs if o.output_type == "error"]
        if "raises-exception" in c.metadata.get("tags", []):
            assert errors, "cell %d is tagged raises-exception but did not fail:\n%s" % (i + 1, c.source)
        else:
            assert not errors, "cell %d failed: %s: %s\n%s" % (i + 1, errors[0].ename, errors[0].evalue, c.source)
        # Worker processes report declarations they could not load on the
        # cell's output: a notebook should have none.
        assert "could not restore" not in text_of(c), text_of(c)


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_notebook_is_committed_without_outputs(name):
    nb = nbformat.read(os.path.join(NBDIR, name), as_version=4)
    for c in code_cells(nb):
        assert c.outputs == [] and c.execution_count is None, (name, c.source[:80])


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_notebook_is_valid_with_cell_ids(name):
    """nbformat 4.5 wants an id on every cell (nbconvert warned
    "Code cell is missing an id field" for cells added without one)."""
    import json
    with open(os.path.join(NBDIR, name), encoding="utf-8") as f:
        raw = json.load(f)
    missing = [i for i, c in enumerate(raw["cells"]) if "id" not in c]
    assert not missing, (name, "cells without an id", missing)
    ids = [c["id"] for c in raw["cells"]]
    assert len(set(ids)) == len(ids), (name, "duplicate cell ids")
    nbformat.validate(nbformat.reads(json.dumps(raw), as_version=4))


@pytest.mark.parametrize("name,lang", sorted(TUTORIALS.items()) + sorted(BEYOND.items()))
def test_notebook_is_generated_from_its_source(name, lang):
    """The English and Chinese notebooks are both what build.py makes of
    one source, so they stay in step."""
    from src_beyond import BEYOND as beyond
    from src_tutorial import TUTORIAL

    cells = TUTORIAL if name in TUTORIALS else beyond
    want = build.render(cells, lang)
    have = nbformat.read(os.path.join(NBDIR, name), as_version=4)
    assert [c.source for c in have.cells] == [c.source for c in want.cells]
    if lang == "zh":
        assert all(c.get("zh") for c in cells if c["kind"] == "md"), "a markdown cell lacks its Chinese text"


@pytest.mark.parametrize("name,lang", sorted(TUTORIALS.items()))
def test_tutorial_outputs(executed, name, lang):
    nb = executed(name)
    text = all_text(nb)
    # Map, Submit, as_completed... all give the tutorial's results, in order.
    assert text.count("results: " + RESULTS) >= 6, text
    assert "Took " in text and " seconds." in text
    # Future states, printed as the tutorial prints them: before the
    # divider some futures are not done, after it all six are.
    state = build.STRINGS[lang]["state"].replace("%v", "(true|false)")
    divider = build.STRINGS[lang]["divider"]
    out = text_of(cell_with(nb, "executor.AsCompleted(futures, executor.Timeout(2*time.Second))"))
    before, after = out.split(divider)
    states_before = re.findall(state, before)
    states_after = re.findall(state, after)
    assert len(states_before) == 6 and any(done == "false" for _, done in states_before), before
    assert states_after == [("false", "true")] * 6, after
    assert RESULTS in after
    # Wait(ALL_COMPLETED) returns six done futures; FIRST_COMPLETED fewer.
    assert "done: 6, not done: 0" in text_of(cell_with(nb, "executor.AllCompleted"))
    m = re.search(r"done: (\d), not done: (\d)", text_of(cell_with(nb, "executor.FirstCompleted")))
    assert m and int(m.group(1)) >= 1 and int(m.group(1)) + int(m.group(2)) == 6
    assert "futures unfinished" in text_of(cell_with(nb, "Timeout(100*time.Millisecond)"))
    # Charts: the timing comparisons and the worker timelines are SVG.
    assert mime_count(nb, "image/svg+xml") >= 5
    # Section 4: compiled (the default) and interpreted workers side by
    # side, both with the tutorial's results, as rows of one chart.
    kinds = ("ProcessPool(2), compiled workers", "ProcessPool(2), interpreted workers")
    comparison = text_of(cell_with(nb, 'cmp.Time("ProcessPool(2), compiled workers"'))
    for variant in ("serial", "ThreadPool(2)", "speed-up") + kinds:
        assert variant in comparison, comparison
    for kind in ("Compiled", "Interpreted"):
        assert re.search(kind + r" workers took \d+\.\d+ seconds; results: " + re.escape(RESULTS), comparison), comparison
    # The notebook's declarations build as a program: no pool fell back
    # to interpreted workers on its own.
    assert "no compiled workers" not in text and "workers interpret the declarations" not in text, text
    costs = text_of(cell_with(nb, "func startUp("))
    for line in ("compiled workers:    ProcessPool(2) started", "compiled workers:    one round trip",
                 "interpreted workers: ProcessPool(2) started", "interpreted workers: one round trip",
                 "ThreadPool(2):       one round trip"):
        assert line in costs, costs
    # Section 5 draws both kinds of workers beside compiled Go and CPython.
    everywhere = text_of(cell_with(nb, "everywhere := display.NewComparison"))
    for row in ("yaegi, serial", "yaegi workers, ProcessPool(2)", "compiled workers, ProcessPool(2)"):
        assert row in everywhere, everywhere
    # Live task tables, in their final state when the cell ended.
    assert mime_count(nb, "text/html") >= 5
    table = text_of(cell_with(nb, "executor.AsCompleted(futures, executor.Timeout(2*time.Second))"))
    assert "8 of 8 finished" in table, table
    # Speed-ups are computed and printed by cells, whatever they are.
    assert re.search(r"ThreadPool\(2\): +\d+\.\d\d×", text)
    for kind in kinds:
        assert re.search(re.escape(kind) + r": +\d+\.\d\d×", text), kind


@pytest.mark.parametrize("name", sorted(BEYOND))
def test_beyond_outputs(executed, name):
    nb = executed(name)
    text = all_text(nb)
    # Cancellation.
    assert "cancel the running task: false - state: running" in text
    assert "cancel the pending task: true - state: cancelled" in text
    assert "errors.Is(err, executor.ErrCancelled): true - errors.Is(err, context.Canceled): true" in text
    assert text.count("cancelled and notified") == 3
    assert "Terminate while running: true" in text
    assert "the next task runs on a fresh worker: 10 <nil>" in text
    # Callbacks, one per task, and one at once on a done future.
    assert len(re.findall(r"callback: task \d \(sleepy\) is done", text)) == 4
    assert "6/6" in text_of(cell_with(nb, "display.NewProgress"))
    # Errors and panics, in goroutines and in worker processes.
    assert "Map with an error: [6 10] - executor: map item 2: gcd[-4 6]: want positive numbers" in text
    assert "mustGCD panicked" in text and "errors.As PanicError: true" in text
    assert "(*executor.RemoteError)" in text
    # Across the process boundary: the error still matches the notebook's
    # sentinel, and the panic names the cell line of the task's function
    # (compiled workers, the default, know their lines).
    remote = text_of(cell_with(nb, "errors.Is(err, errNotPositive)"))
    assert "errors.Is(err, errNotPositive): true" in remote, remote
    assert re.search(r"Cell In\[\d+\], line \d+, in mustGCD", remote), remote
    failing = cell_with(nb, "panic(f.Err())")
    assert [o.ename for o in failing.outputs if o.output_type == "error"] == ["panic"]
    # Wait(FirstException) returns at the failure, before all are done.
    m = re.search(r"Wait returned after \S+: (\d) done, (\d) not done", text)
    assert m and int(m.group(2)) >= 1, text
    assert "want positive numbers" in text_of(cell_with(nb, "executor.FirstException"))
    # Workers that die fail only their task; the pool goes on.
    crash = text_of(cell_with(nb, "func exitWorker"))
    assert "exit status 3" in crash and "boom, in a goroutine" in crash
    assert "errors.Is(err, executor.ErrWorkerDied): true true" in crash
    assert "results: " + RESULTS + " <nil>" in crash
    assert "task timeout (300ms) exceeded" in text
    # chunksize gives the same results.
    assert "same results with chunks: 5000 <nil> 24990001" in text
    # Cell-declared types and functions run in fresh worker processes.
    assert "[5 13 17] <nil>" in text
    assert re.search(r"\[ProcessPool-\d+_\d+\] a function declared in a cell runs in process \d+", text)
    assert re.search(r"process of each task: \[(\d+) \1 (\d+) \2 \d+\] <nil>", text), text
    if os.path.exists("/usr/bin/python3"):
        # CPython, run by the notebook, as the prose says.
        assert "Can't get attribute 'gcd' on <module '__main__'" in text
        assert "submit afterwards: BrokenProcessPool" in text
    assert mime_count(nb, "image/svg+xml") >= 2
    assert mime_count(nb, "text/html") >= 3


def test_display_notebook_outputs(executed):
    nb = executed("display.ipynb")
    for mime in ("text/html", "text/markdown", "text/latex", "image/svg+xml", "image/png", "application/json"):
        assert mime_count(nb, mime) >= 1, mime
    assert "100,000 of 100,000 finished" in all_text(nb)
