"""The cost of keeping values (issue 17): a cell that sets a 10-million-
element []int, run against the real kernel with snapshots on and off.

For each setting, ROUNDS times: the big cell (time to its execute_reply),
then at once a cell that does not change data (`len(data)`: waits only for
the encoding) and a cell that changes it (`data[0] = 1`: waits for the
80 MB to be written). Medians in ms, and the ratios on/off."""
import os
import statistics
import sys
import time

from jupyter_client.manager import KernelManager

ROUNDS = int(os.environ.get("ROUNDS", "5"))
BIG = "data := make([]int, 10_000_000)\nfor i := range data { data[i] = i }"


def timed(kc, code):
    t0 = time.monotonic()
    msg_id = kc.execute(code)
    while True:
        m = kc.get_shell_msg(timeout=120)
        if m["parent_header"].get("msg_id") == msg_id:
            assert m["content"]["status"] == "ok", m["content"]
            return (time.monotonic() - t0) * 1000


def run(env):
    km = KernelManager(kernel_name="gofutures")
    km.start_kernel(env={**os.environ, **env})
    kc = km.client()
    kc.start_channels()
    try:
        kc.wait_for_ready(timeout=60)
        timed(kc, "1")
        rows = []
        for _ in range(ROUNDS):
            rows.append((timed(kc, BIG), timed(kc, "len(data)"), timed(kc, "data[0] = 1")))
            time.sleep(2)  # let the snapshot of data[0] = 1 be written before the next round
        return [statistics.median(c) for c in zip(*rows)]
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)


off = run({"GOFUTURES_SNAPSHOTS": "off"})
on = run({})
print("%-44s %10s %10s %8s" % ("median ms over %d rounds" % ROUNDS, "off", "on", "on/off"))
for label, a, b in zip(["10M-element cell -> execute_reply", "then len(data) -> execute_reply",
                        "then data[0] = 1 -> execute_reply"], off, on):
    print("%-44s %10.1f %10.1f %8.2f" % (label, a, b, b / a))
sys.stdout.flush()
