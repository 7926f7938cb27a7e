"""A client that stops reading iopub must neither stall the other clients
nor grow the kernel's memory: its connection is dropped once it leaves
data unacknowledged for the stall timeout (GOFUTURES_STALL_TIMEOUT, 5 s by
default; 1 s here)."""
import os
import time

import zmq
from jupyter_client.manager import KernelManager

from conftest import execute


def rss_mb(pid):
    for line in open("/proc/%d/status" % pid):
        if line.startswith("VmRSS"):
            return int(line.split()[1]) / 1024
    return 0


def test_stalled_iopub_subscriber(gofutures_kernelspec):
    os.environ["GOFUTURES_STALL_TIMEOUT"] = "1s"
    try:
        km = KernelManager(kernel_name="gofutures")
        km.start_kernel()
    finally:
        del os.environ["GOFUTURES_STALL_TIMEOUT"]
    kc = km.client()
    kc.start_channels()
    try:
        kc.wait_for_ready(timeout=60)
        stalled = zmq.Context.instance().socket(zmq.SUB)
        stalled.setsockopt(zmq.RCVHWM, 1)
        stalled.setsockopt(zmq.RCVBUF, 4096)
        stalled.setsockopt(zmq.SUBSCRIBE, b"")
        stalled.connect("tcp://%s:%d" % (km.ip, km.iopub_port))
        time.sleep(0.3)
        pid = km.provisioner.process.pid
        peak = 0
        t0 = time.monotonic()
        c = execute(kc, 'import "fmt"\nfor i := 0; i < 300000; i++ {\n\tfmt.Println("line", i, "of a flood nobody reads on one socket")\n}\nfmt.Println("flood done")', timeout=120)
        peak = max(peak, rss_mb(pid))
        assert c.status == "ok"
        assert c.stdout.endswith("flood done\n")  # the healthy client got everything
        assert execute(kc, "1+1").result == "2"
        assert peak < 300, "kernel RSS %.0f MB" % peak
        assert time.monotonic() - t0 < 60
        stalled.close(0)
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)
