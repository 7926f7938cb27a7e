"""Latency of complete_request and inspect_request on a 200-line notebook,
and the kernel's memory under an output flood (1,000,000 lines), for
gofutures and ipykernel side by side. Run by bench/protocol.sh; with
BENCH_SMOKE=1 it sends a few requests and floods 10,000 lines."""
import os
import statistics
import sys
import threading
import time

from jupyter_client.manager import KernelManager

SMOKE = os.environ.get("BENCH_SMOKE") == "1"
REPS = 3 if SMOKE else 25
FLOOD = 10000 if SMOKE else 1000000

GO_DECLS = "\n".join(
    'func helper%d(x int) int {\n\t// helper %d doubles and adds\n\treturn 2*x + %d\n}\n' % (i, i, i) for i in range(50))
GO = {
    "setup": ['import ("fmt"; "strings")', GO_DECLS, "type Pair struct{ A, B int }\nvalue := Pair{1, 2}"],
    "complete": [("help", 4), ("fmt.Pri", 7), ("strings.ToU", 11), ("hel", 3)],
    "inspect": [("fmt.Println", 5), ("helper7", 3), ("strings.ToUpper", 10)],
    "flood": 'import "fmt"\nfor i := 0; i < %d; i++ {\n\tfmt.Println("line", i)\n}' % FLOOD,
}
PY = {
    "setup": ["import os, sys, string", "\n".join("def helper%d(x):\n    'helper %d doubles and adds'\n    return 2*x + %d\n" % (i, i, i) for i in range(50))],
    "complete": [("help", 4), ("os.pa", 5), ("string.asc", 10), ("hel", 3)],
    "inspect": [("os.path", 4), ("helper7", 3), ("string.ascii_letters", 10)],
    "flood": "for i in range(%d):\n    print('line', i)" % FLOOD,
}


def run(kc, code, timeout=300):
    msg_id = kc.execute(code)
    while True:
        m = kc.get_iopub_msg(timeout=timeout)
        if m["parent_header"].get("msg_id") == msg_id and m["header"]["msg_type"] == "status" \
                and m["content"]["execution_state"] == "idle":
            return


def timed(kc, send, n):
    out = []
    for _ in range(n):
        t0 = time.perf_counter()
        msg_id = send()
        while True:
            r = kc.get_shell_msg(timeout=30)
            if r["parent_header"]["msg_id"] == msg_id:
                break
        out.append((time.perf_counter() - t0) * 1000)
    return statistics.median(out), sorted(out)[int(len(out) * 0.95) - 1]


def bench(name, spec):
    km = KernelManager(kernel_name=name)
    km.start_kernel()
    kc = km.client()
    kc.start_channels()
    kc.wait_for_ready(timeout=60)
    for code in spec["setup"]:
        run(kc, code)
    res = {}
    comp = [timed(kc, lambda c=c, p=p: kc.complete(c, p), REPS) for c, p in spec["complete"]]
    res["complete median ms"] = statistics.median(m for m, _ in comp)
    res["complete p95 ms"] = max(p for _, p in comp)
    insp = [timed(kc, lambda c=c, p=p: kc.inspect(c, p), REPS) for c, p in spec["inspect"]]
    res["inspect median ms"] = statistics.median(m for m, _ in insp)
    pid = km.provisioner.process.pid
    peak = [0]
    stop = [False]

    def watch():
        while not stop[0]:
            rss = 0
            try:
                for line in open("/proc/%d/status" % pid):
                    if line.startswith("VmRSS"):
                        rss = int(line.split()[1])
            except OSError:
                pass
            peak[0] = max(peak[0], rss)
            time.sleep(0.05)

    th = threading.Thread(target=watch)
    th.start()
    t0 = time.perf_counter()
    run(kc, spec["flood"])
    res["flood %d lines s" % FLOOD] = time.perf_counter() - t0
    stop[0] = True
    th.join()
    res["flood kernel peak RSS MB"] = peak[0] / 1024
    kc.stop_channels()
    km.shutdown_kernel(now=True)
    return res


if __name__ == "__main__":
    g, p = bench("gofutures", GO), bench("python3", PY)
    print("%-28s %12s %12s %8s" % ("", "gofutures", "ipykernel", "ratio"))
    for k in g:
        print("%-28s %12.2f %12.2f %8.2f" % (k, g[k], p[k], g[k] / p[k] if p[k] else float("nan")))
