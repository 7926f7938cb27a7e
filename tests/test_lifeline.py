"""A kernel cleans up after itself: when the process that launched it is
killed (kill -9, so it cannot shut the kernel down), the kernel, its
interpreter and the interpreter's pool workers all exit — even with the
interpreter busy in `for {}` — and when the kernel itself is killed, its
interpreter and workers exit."""
import os
import signal
import subprocess
import sys
import time

from conftest import children

# The launcher: a process that starts the kernel with jupyter_client as a
# notebook server does, starts a process pool of two workers in it, sets
# the interpreter spinning and then waits to be killed.
LAUNCHER = r'''
import sys, time
from jupyter_client.manager import KernelManager

km = KernelManager(kernel_name="gofutures")
km.start_kernel()
kc = km.client()
kc.start_channels()
kc.wait_for_ready(timeout=60)

def run(code):
    msg_id = kc.execute(code)
    while True:
        m = kc.get_shell_msg(timeout=60)
        if m["parent_header"].get("msg_id") == msg_id:
            assert m["content"]["status"] == "ok", m["content"]
            return

run('import (\n\t"time"\n\t"github.com/gofutures/gofutures/executor"\n)\n'
    'func twice(x int) int {\n\ttime.Sleep(50 * time.Millisecond) // both workers get tasks\n\treturn 2 * x\n}\n'
    'pool := executor.NewProcessPool(2)\n'
    'pool.Map(twice, []int{1, 2, 3, 4})')
kc.execute("for {}")
time.sleep(0.5)
print(km.provisioner.process.pid, flush=True)
time.sleep(3600)
'''


def alive(pid):
    """Whether pid runs: a zombie (exited, not reaped yet) does not."""
    try:
        with open("/proc/%d/stat" % pid) as f:
            return f.read().rsplit(")", 1)[1].split()[0] not in ("Z", "X")
    except (FileNotFoundError, ProcessLookupError):
        return False


def wait_gone(pids, seconds):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and any(alive(p) for p in pids):
        time.sleep(0.1)
    return [p for p in pids if alive(p)]


def start_launcher():
    launcher = subprocess.Popen([sys.executable, "-c", LAUNCHER], stdout=subprocess.PIPE, text=True)
    line = launcher.stdout.readline()
    assert line.strip().isdigit(), "the launcher did not start the kernel (%r)" % line
    kernel = int(line)
    (interp,) = children(kernel)
    workers = children(interp)
    assert len(workers) == 2, workers
    return launcher, kernel, interp, workers


def test_launcher_killed_the_kernel_and_its_processes_exit():
    launcher, kernel, interp, workers = start_launcher()
    try:
        launcher.send_signal(signal.SIGKILL)
        launcher.wait()
        # The kernel polls twice a second; its interpreter gets a second
        # to stop before it is killed. Ten seconds is ample.
        left = wait_gone([kernel, interp] + workers, 10)
        assert left == [], "still running after their launcher died: %s" % left
    finally:
        for p in [kernel, interp] + workers:
            if alive(p):
                os.kill(p, signal.SIGKILL)


def test_kernel_killed_its_interpreter_and_workers_exit():
    launcher, kernel, interp, workers = start_launcher()
    try:
        os.kill(kernel, signal.SIGKILL)
        left = wait_gone([interp] + workers, 10)
        assert left == [], "still running after their kernel died: %s" % left
    finally:
        launcher.kill()
        launcher.wait()
        for p in [kernel, interp] + workers:
            if alive(p):
                os.kill(p, signal.SIGKILL)
