"""Nothing lost: after an interrupt, an interpreter crash or a type
redefinition, the notebook's variables come back with their values (the
real kernel over ZeroMQ, a real interpreter process killed in each of the
ways a cell can kill it)."""
import os
import signal
import subprocess
import time

import pytest

from conftest import execute

SETUP = [
    "type Point struct { X, Y int; label string }",
    'n := 42\ns := "héllo"\nf := 2.5\nch := make(chan int)',
    "data := make([]int, 1000)\nfor i := range data { data[i] = i * i }",
    'm := map[string][]int{"a": {1, 2}, "b": nil}',
    'p := Point{1, 2, "p"}\na := &Point{3, 4, "a"}\nb := a',
    "a.X = 30",  # mentions only a: b, which shares it, must come along
    # vars after statements: statements of the cell, in their places
    "acc := []int{1}\nacc = append(acc, 2)\nvar snap any = acc\nvar total int\nfor _, v := range acc { total += v }",
]

CHECK = ('import ("fmt"; "strings")\nb.Y = 40\n'
         'strings.TrimSpace(fmt.Sprintln(n, s, f, data[999], len(m["a"]), m["b"] == nil, p.X, p.label, a.X, a.Y, a == b, ch == nil, snap, total))')
WANT = "42 héllo 2.5 998001 2 true 1 p 30 40 true true [1 2] 3"


def _setup(kc):
    for code in SETUP:
        c = execute(kc, code)
        assert c.status == "ok", (code, c.error)


def _interpreter_pid(km):
    out = subprocess.run(["pgrep", "-P", str(km.provisioner.process.pid)], capture_output=True, text=True).stdout.split()
    return int(out[0])


def _crash(code):
    def run(km, kc):
        c = execute(kc, code, timeout=60)
        return c.error
    return run


def _interrupt(km, kc):
    msg_id = kc.execute('data[0] = -1\nfor {}')
    time.sleep(0.5)
    km.interrupt_kernel()
    while True:
        r = kc.get_shell_msg(timeout=20)
        if r["parent_header"]["msg_id"] == msg_id:
            break
    time.sleep(0.2)
    return {"ename": r["content"]["ename"], "evalue": r["content"]["evalue"]}


def _kill9(km, kc):
    msg_id = kc.execute('import "time"\ntime.Sleep(5 * time.Second)')
    time.sleep(0.5)
    os.kill(_interpreter_pid(km), signal.SIGKILL)
    while True:
        r = kc.get_shell_msg(timeout=20)
        if r["parent_header"]["msg_id"] == msg_id:
            return {"ename": r["content"]["ename"], "evalue": r["content"]["evalue"]}


CAUSES = {
    "panic in a goroutine": _crash('import "context"\nimport "time"\n{ ctx, cancel := context.WithCancel(context.Background()); context.AfterFunc(ctx, func() { panic("chaos") }); cancel() }\ntime.Sleep(2 * time.Second)'),
    "os.Exit in a goroutine": _crash('import ("os"; "time")\ngo os.Exit(2)\ntime.Sleep(2 * time.Second)'),
    "stack overflow": _crash("func down(k int) int { return down(k+1) + 1 }\ndown(0)"),
    "concurrent map writes": _crash('cm := map[int]int{}\nfor i := 0; i < 4; i++ {\n\tgo func() {\n\t\tfor j := 0; ; j++ {\n\t\t\tcm[j] = j\n\t\t}\n\t}()\n}\nimport "time"\ntime.Sleep(5 * time.Second)'),
    "kill -9": _kill9,
    "interrupt": _interrupt,
}


@pytest.mark.parametrize("cause", list(CAUSES))
def test_values_survive(kernel, cause):
    km, kc = kernel
    _setup(kc)
    pid = _interpreter_pid(km)
    err = CAUSES[cause](km, kc)
    assert err is not None and err["ename"] in ("InterpreterDied", "KeyboardInterrupt", "Exit", "panic"), err
    assert _interpreter_pid(km) != pid
    # the message lists by name what could not come back, and only that
    # (os.Exit in a goroutine is the cell's Exit error, a goroutine's
    # panic the cell's panic, as Go's program ends: the restore is said
    # on its traceback)
    said = err["evalue"] if err["ename"] not in ("Exit", "panic") else "\n".join(err["traceback"])
    assert "values lost: ch" in said, err
    assert "values lost: ch," not in said, err
    c = execute(kc, CHECK)
    assert c.status == "ok", c.error
    assert c.result == WANT


def test_type_redefinition_keeps_values(kernel):
    km, kc = kernel
    _setup(kc)
    c = execute(kc, "type Point struct { X, Y, Z int; label string }")
    assert c.status == "ok", c.error
    assert "declarations and values" in c.stderr, c.stderr
    assert "ch: not restored: a channel cannot be restored" in c.stderr, c.stderr
    c = execute(kc, CHECK)
    assert c.status == "ok", c.error
    assert c.result == WANT
    # the gained field is there, zero, and a crash keeps what is set in it
    assert execute(kc, "p.Z = 5\na.Z = 6").status == "ok"
    err = CAUSES["stack overflow"](km, kc)
    assert err["ename"] == "InterpreterDied", err
    c = execute(kc, 'import "fmt"\nfmt.Sprintf("%v %v %v %v", p, a.Z, b.Z, a == b)')
    assert c.result == "{1 2 5 p} 6 6 true", (c.result, c.error)


def test_snapshots_off(tmp_path):
    from jupyter_client.manager import KernelManager

    km = KernelManager(kernel_name="gofutures")
    km.start_kernel(env={**os.environ, "GOFUTURES_SNAPSHOTS": "off"})
    kc = km.client()
    kc.start_channels()
    try:
        kc.wait_for_ready(timeout=60)
        assert execute(kc, "v := 3").status == "ok"
        err = CAUSES["stack overflow"](km, kc)
        assert "values lost: v" in err["evalue"], err
        c = execute(kc, "v")
        assert c.error and "undefined: v" in c.error["evalue"], c.error
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)
