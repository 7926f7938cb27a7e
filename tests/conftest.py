"""Integration tests: real Jupyter clients against the real gofutures binary.

The session fixture builds the binary (unless GOFUTURES_BIN points at one),
installs its kernelspec into a temporary prefix and puts that prefix on
JUPYTER_PATH, so the tests never touch the user's kernels. Run with
Debian's /usr/bin/python3 (see scripts/test).
"""
import os
import queue
import shutil
import subprocess
import sys
import tempfile
import time

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


@pytest.fixture(scope="session", autouse=True)
def gofutures_kernelspec():
    tmp = tempfile.mkdtemp(prefix="gofutures-test-")
    binary = os.environ.get("GOFUTURES_BIN")
    if not binary:
        binary = os.path.join(tmp, "gofutures")
        subprocess.run(["go", "build", "-o", binary, "./cmd/gofutures"], cwd=ROOT, check=True)
    prefix = os.path.join(tmp, "prefix")
    subprocess.run([binary, "install", "--prefix", prefix], check=True, stdout=subprocess.DEVNULL)
    os.environ["JUPYTER_PATH"] = os.path.join(prefix, "share", "jupyter") + os.pathsep + os.environ.get("JUPYTER_PATH", "")
    os.environ["GOFUTURES_BIN"] = binary
    os.environ.setdefault("PYDEVD_DISABLE_FILE_VALIDATION", "1")
    yield binary
    shutil.rmtree(tmp, ignore_errors=True)


class Cell:
    """The outcome of one execute_request: reply content and iopub messages."""

    def __init__(self, reply, msgs, t_sent):
        self.reply = reply
        self.msgs = msgs
        self.t_sent = t_sent

    @property
    def status(self):
        return self.reply["content"]["status"]

    def of_type(self, t):
        return [m for m in self.msgs if m["header"]["msg_type"] == t]

    @property
    def stdout(self):
        return "".join(m["content"]["text"] for m in self.of_type("stream") if m["content"]["name"] == "stdout")

    @property
    def stderr(self):
        return "".join(m["content"]["text"] for m in self.of_type("stream") if m["content"]["name"] == "stderr")

    @property
    def result(self):
        r = self.of_type("execute_result")
        return r[0]["content"]["data"]["text/plain"] if r else None

    @property
    def error(self):
        e = self.of_type("error")
        return e[0]["content"] if e else None


def execute(kc, code, timeout=60, **kw):
    """Run code; return a Cell once both the reply and iopub idle arrived."""
    t0 = time.monotonic()
    msg_id = kc.execute(code, **kw)
    reply = None
    deadline = t0 + timeout
    while reply is None:
        m = kc.get_shell_msg(timeout=max(0.1, deadline - time.monotonic()))
        if m["parent_header"].get("msg_id") == msg_id:
            reply = m
    msgs = []
    while True:
        m = kc.get_iopub_msg(timeout=max(0.1, deadline - time.monotonic()))
        if m["parent_header"].get("msg_id") != msg_id:
            continue
        m["t_recv"] = time.monotonic()
        if m["header"]["msg_type"] == "status" and m["content"]["execution_state"] == "idle":
            break
        msgs.append(m)
    return Cell(reply, msgs, t0)


def children(pid):
    """The child processes of pid, but for the go command (the interpreter
    builds compiled workers in the background: see kernel/session). A
    child forked but not yet exec'd still has its parent's command line
    (and name): it is looked at again until it has run its own program."""
    out = subprocess.run(["pgrep", "-P", str(pid)], capture_output=True, text=True).stdout.split()
    parent = _proc(pid, "cmdline")
    kids = []
    for p in map(int, out):
        deadline = time.monotonic() + 2
        while True:
            comm, cmdline = _proc(p, "comm"), _proc(p, "cmdline")
            if comm is None or cmdline != parent or time.monotonic() > deadline:
                break
            time.sleep(0.02)
        if comm is None or comm.strip() in ("go", "nice"):
            continue  # gone, or the go command
        kids.append(p)
    return kids


def _proc(pid, name):
    """The content of /proc/pid/name, None when the process is gone."""
    try:
        with open("/proc/%d/%s" % (pid, name), "rb") as f:
            return f.read().decode(errors="replace")
    except OSError:
        return None


def close_client(kc):
    """Stop kc's channels and destroy the zmq context the client made: a
    suite that starts hundreds of kernels in one process would otherwise
    keep each client's context (an I/O thread and file descriptors) until
    the garbage collector finds it (zmq: "Too many open files")."""
    kc.stop_channels()
    if getattr(kc, "_created_context", False) and not kc.context.closed:
        kc.context.destroy(linger=0)


def drain(kc, t=0.3):
    out = []
    while True:
        try:
            out.append(kc.get_iopub_msg(timeout=t))
        except queue.Empty:
            return out


@pytest.fixture
def kernel():
    """A fresh kernel and a connected client."""
    yield from start_kernel()


def start_ready(env=None, tries=3):
    """Start a gofutures kernel (with env as its environment, when given)
    and a client whose kernel has answered kernel_info: (km, kc).

    jupyter_client picks the connection file's ports by binding and
    releasing them, and the kernel binds them again: a process started at
    the same time (another test's kernel) may take one in between, and
    the kernel then exits at once ("address already in use") without a
    kernel_info reply. A kernel that died before its reply is started
    again, with new ports, up to tries times, each retry said on stderr;
    one that dies every time fails the caller."""
    from jupyter_client.manager import KernelManager

    for attempt in range(1, tries + 1):
        km = KernelManager(kernel_name="gofutures")
        if env is not None:
            km.start_kernel(env=env)
        else:
            km.start_kernel()
        kc = km.client()
        kc.start_channels()
        try:
            kc.wait_for_ready(timeout=60)
            return km, kc
        except BaseException as e:
            close_client(kc)
            alive = km.is_alive()
            if alive:
                km.shutdown_kernel(now=True)
            else:
                km.cleanup_resources()  # (its connection file)
            if alive or attempt == tries or not isinstance(e, RuntimeError) or "died" not in str(e):
                raise
            print(f"(kernel died before replying to kernel_info; starting it again: {attempt}/{tries})", file=sys.stderr)


def start_kernel(**env):
    """Start a kernel with env added to its environment; yield (km, kc),
    then shut it down."""
    km, kc = start_ready({**os.environ, **env} if env else None)
    try:
        drain(kc, 0.1)
        yield km, kc
    finally:  # also when the caller's loop body failed (the generator is closed)
        close_client(kc)
        if km.is_alive():
            km.shutdown_kernel(now=True)
