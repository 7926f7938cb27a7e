"""A real browser: Debian's classic Jupyter Notebook server (6.4) with the
gofutures kernel, driven in Debian's headless Chromium by puppeteer-core
(tests/browser/notebook.js): the tutorial run from the Cell menu, its live
task table updated in place while the tasks run, the interrupt button
stopping a `for {}` cell, a restart from the Kernel menu. Screenshots are
written to out/ (browser-*.png)."""
import json
import os
import secrets
import shutil
import socket
import subprocess
import time
import urllib.request

import pytest
from PIL import Image

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BROWSER_DIR = os.path.join(ROOT, "tests", "browser")
OUT = os.path.join(ROOT, "out")
TUTORIAL = "01-concurrent-futures.ipynb"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def notebook_server(tmp_path):
    """Debian's `jupyter notebook` on a free port, serving a copy of the
    tutorial, with the test kernelspec (conftest's JUPYTER_PATH) and its
    own configuration and runtime directories."""
    root = tmp_path / "root"
    root.mkdir()
    shutil.copy(os.path.join(ROOT, "notebooks", TUTORIAL), root / TUTORIAL)
    port, token = free_port(), secrets.token_hex(16)
    env = dict(os.environ, JUPYTER_CONFIG_DIR=str(tmp_path / "config"), JUPYTER_RUNTIME_DIR=str(tmp_path / "runtime"))
    log = open(tmp_path / "server.log", "w")
    server = subprocess.Popen(
        ["/usr/bin/python3", "-m", "notebook", "--no-browser", "--ip=127.0.0.1", "--port=%d" % port,
         "--port-retries=0", "--NotebookApp.token=%s" % token, "--notebook-dir=%s" % root]
        + (["--allow-root"] if os.geteuid() == 0 else []),
        env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    base = "http://127.0.0.1:%d" % port
    deadline = time.monotonic() + 60
    while True:
        try:
            with urllib.request.urlopen("%s/api/status?token=%s" % (base, token), timeout=2) as r:
                if r.status == 200:
                    break
        except OSError:
            pass
        assert server.poll() is None, "the notebook server exited:\n" + (tmp_path / "server.log").read_text()
        assert time.monotonic() < deadline, "the notebook server did not answer:\n" + (tmp_path / "server.log").read_text()
        time.sleep(0.2)
    yield base, token, tmp_path
    server.terminate()
    try:
        server.wait(timeout=20)
    except subprocess.TimeoutExpired:
        server.kill()
        server.wait()
    log.close()


def test_tutorial_in_the_classic_notebook(notebook_server):
    base, token, tmp = notebook_server
    assert os.path.isdir(os.path.join(BROWSER_DIR, "node_modules", "puppeteer-core")), \
        "puppeteer-core is not installed: scripts/lib.sh's ensure_browser_test runs npm ci in tests/browser"
    os.makedirs(OUT, exist_ok=True)
    env = dict(os.environ, BASE_URL=base, TOKEN=token, NOTEBOOK=TUTORIAL, OUT_DIR=OUT,
               PROFILE_DIR=str(tmp / "chromium-profile"), CHROMIUM="/usr/bin/chromium")
    p = subprocess.run(["node", os.path.join(BROWSER_DIR, "notebook.js")], env=env, capture_output=True,
                       text=True, timeout=540)
    server_log = (tmp / "server.log").read_text()
    assert p.returncode == 0, "browser run failed:\n%s\n%s\nserver log:\n%s" % (p.stderr[-4000:], p.stdout[-2000:], server_log[-3000:])
    r = json.loads(p.stdout.strip().splitlines()[-1])
    print(json.dumps({k: v for k, v in r.items() if k != "tableTexts"}, indent=1))
    print("states of the live table seen in the DOM:", *[t.splitlines()[0] for t in r["tableTexts"]], sep="\n  ")

    assert r["kernel"] == "gofutures"
    assert r["errors"] == [], r["errors"]  # every cell of the tutorial ran cleanly
    assert r["results"] >= 3  # the gcd results, printed by several sections
    # The live table changed in place while its tasks ran: the notebook
    # handled many update_display_data messages, and the DOM showed
    # several distinct states of the one table, ending with all finished.
    assert r["updates"] >= 5, r["updates"]
    texts = r["tableTexts"]
    assert len(texts) >= 3, texts
    assert any("running" in t for t in texts), texts
    assert "8 of 8 finished" in texts[-1], texts[-1]
    # The interrupt button stops `for {}` with KeyboardInterrupt within a
    # second (interrupt_request on the control channel; the interpreter is
    # replaced).
    assert "KeyboardInterrupt" in r["interruptError"], r["interruptError"]
    assert r["interruptMs"] < 1000, r["interruptMs"]
    # After a restart from the menu a new cell runs, counted from 1 again.
    assert r["afterRestartCount"] == 1 and r["afterRestartOutput"] == "42", r
    assert r["pageErrors"] == [], r["pageErrors"]
    for f in r["screenshots"]:
        with Image.open(f) as img:
            assert img.size[0] > 100 and img.size[1] > 50, (f, img.size)
