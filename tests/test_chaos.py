"""Chaos: one kernel takes every kind of abuse in a row. After each case a
kernel_info round trip and a call of a function declared before the first
case must work. The test prints a table of cases and outcomes."""
import os
import signal
import socket
import subprocess
import time

import zmq
from jupyter_client.session import Session

from conftest import drain, execute


def _raw(km, port, frames_list):
    sock = zmq.Context.instance().socket(zmq.DEALER)
    sock.setsockopt(zmq.LINGER, 0)
    sock.connect("tcp://%s:%d" % (km.ip, port))
    for frames in frames_list:
        sock.send_multipart(frames)
    got = sock.poll(500)
    sock.close(0)
    return "answered" if got else "dropped"


def _interrupt_loop(km, kc, how):
    msg_id = kc.execute("for {}")
    time.sleep(0.4)
    t0 = time.monotonic()
    if how == "signal":
        os.kill(km.provisioner.process.pid, signal.SIGINT)
    else:
        km.interrupt_kernel()
    while True:
        r = kc.get_shell_msg(timeout=10)
        if r["parent_header"]["msg_id"] == msg_id:
            return "%s after %.0f ms" % (r["content"]["ename"], (time.monotonic() - t0) * 1000)


def _kill_interpreter(km, kc):
    msg_id = kc.execute('import "time"\ntime.Sleep(5 * time.Second)')
    time.sleep(0.4)
    child = subprocess.run(["pgrep", "-P", str(km.provisioner.process.pid)], capture_output=True, text=True).stdout.split()[0]
    os.kill(int(child), signal.SIGKILL)
    r = kc.get_shell_msg(timeout=10)
    return r["content"]["ename"] + ": " + r["content"]["evalue"][:60]


def _late_printer(kc):
    execute(kc, 'import ("fmt"; "time")\ngo func() {\n\tfor i := 0; i < 3; i++ {\n\t\ttime.Sleep(100 * time.Millisecond)\n\t\tfmt.Println("tick", i)\n\t}\n}()')
    ticks = [m for m in drain(kc, 0.8) if m["header"]["msg_type"] == "stream" and "tick" in m["content"]["text"]]
    return "%d late lines delivered" % len(ticks)


def _cell(kc, code):
    c = execute(kc, code)
    if c.error:
        return "%s: %s" % (c.error["ename"], c.error["evalue"][:70])
    return c.status


def test_chaos(kernel, capsys):
    km, kc = kernel
    assert execute(kc, "func survivor(x int) int { return x * 2 }").status == "ok"
    good = kc.session
    wrong = Session(key=b"not-the-key")
    m = good.msg("kernel_info_request")
    signed = good.serialize(m)
    huge = good.serialize(good.msg("kernel_info_request", content={"pad": "x" * (64 << 20)}))
    cases = [
        ("wrong key", lambda: _raw(km, km.shell_port, [wrong.serialize(wrong.msg("kernel_info_request"))])),
        ("replayed message", lambda: (_raw(km, km.shell_port, [signed]) == "answered"
                                      and _raw(km, km.shell_port, [signed]))),
        ("unsigned message", lambda: _raw(km, km.shell_port, [[b"<IDS|MSG>", b""] + signed[2:]])),
        ("truncated frames", lambda: _raw(km, km.shell_port, [signed[:4]])),
        ("invalid JSON", lambda: _raw(km, km.control_port, [[b"<IDS|MSG>", b"00", b"{x", b"{}", b"{}", b"{}"]])),
        ("64 MB message (wrong key)", lambda: _raw(km, km.shell_port, [[b"<IDS|MSG>", b"bad"] + huge[2:]])),
        ("stalled TCP peer on every port", lambda: [socket.create_connection((km.ip, p)) for p in
                                                    (km.shell_port, km.control_port, km.stdin_port, km.iopub_port, km.hb_port)] and "connected, silent"),
        ("panic", lambda: _cell(kc, 'panic("chaos")')),
        ("panic in a goroutine", lambda: _cell(kc, 'import "context"\nimport "time"\n{ ctx, cancel := context.WithCancel(context.Background()); context.AfterFunc(ctx, func() { panic("chaos") }); cancel() }\ntime.Sleep(2 * time.Second)')),
        ("os.Exit in the cell", lambda: _cell(kc, 'import "os"\nos.Exit(2)')),
        ("os.Exit in a goroutine", lambda: _cell(kc, 'import ("os"; "time")\ngo os.Exit(2)\ntime.Sleep(2 * time.Second)')),
        ("stack overflow", lambda: _cell(kc, "func down(n int) int { return down(n+1) + 1 }\ndown(0)")),
        ("concurrent map writes", lambda: _cell(kc, 'm := map[int]int{}\nfor i := 0; i < 4; i++ {\n\tgo func() {\n\t\tfor j := 0; ; j++ {\n\t\t\tm[j] = j\n\t\t}\n\t}()\n}\nimport "time"\ntime.Sleep(5 * time.Second)')),
        ("for {} + interrupt_request", lambda: _interrupt_loop(km, kc, "message")),
        ("for {} + SIGINT", lambda: _interrupt_loop(km, kc, "signal")),
        ("kill -9 of the interpreter mid-cell", lambda: _kill_interpreter(km, kc)),
        ("goroutine printing after its cell ended", lambda: _late_printer(kc)),
    ]
    rows = []
    for name, case in cases:
        outcome = case()
        info = kc.kernel_info(reply=True, timeout=10)["content"]["status"]
        call = execute(kc, "survivor(21)").result
        rows.append((name, str(outcome), info, call))
    with capsys.disabled():
        print("\n%-40s %-74s %-11s %s" % ("case", "outcome", "kernel_info", "survivor(21)"))
        for r in rows:
            print("%-40s %-74s %-11s %s" % r)
    assert km.is_alive()
    for name, outcome, info, call in rows:
        assert info == "ok" and call == "42", (name, outcome, info, call)
    outcomes = dict((r[0], r[1]) for r in rows)
    for name in ("wrong key", "replayed message", "unsigned message", "truncated frames", "invalid JSON", "64 MB message (wrong key)"):
        assert outcomes[name] == "dropped", (name, outcomes[name])
    for name in ("stack overflow", "concurrent map writes"):
        assert outcomes[name].startswith("InterpreterDied"), (name, outcomes[name])
    # (the process ends as Go's program does; the cell's error is the panic)
    assert outcomes["panic in a goroutine"] == "panic: chaos", outcomes["panic in a goroutine"]
    assert outcomes["os.Exit in a goroutine"] == "Exit: os.Exit(2) called", outcomes["os.Exit in a goroutine"]
    assert outcomes["os.Exit in the cell"].startswith("Exit")
    assert outcomes["for {} + SIGINT"].startswith("KeyboardInterrupt")
    assert outcomes["goroutine printing after its cell ended"] == "3 late lines delivered"
