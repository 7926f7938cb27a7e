"""The kernel through jupyter_client: protocol, execution, crashes, interrupt."""
import json
import os
import re
import signal
import socket
import subprocess
import time

import pytest

from conftest import drain, execute


def test_kernel_info_on_shell_and_control(kernel):
    km, kc = kernel
    reply = kc.kernel_info(reply=True, timeout=10)
    c = reply["content"]
    assert c["protocol_version"] == "5.3"
    assert c["implementation"] == "gofutures"
    li = c["language_info"]
    assert (li["name"], li["mimetype"], li["file_extension"], li["pygments_lexer"], li["codemirror_mode"]) == (
        "go", "text/x-go", ".go", "go", "go")
    assert c["banner"] and c["help_links"]
    # control: the reply must come back on the control channel itself
    msg = kc.session.msg("kernel_info_request")
    kc.control_channel.send(msg)
    r = kc.get_control_msg(timeout=10)
    assert r["parent_header"]["msg_id"] == msg["header"]["msg_id"]
    assert r["header"]["msg_type"] == "kernel_info_reply"


def test_busy_idle_around_every_request(kernel):
    km, kc = kernel
    msg_id = kc.kernel_info()
    kc.get_shell_msg(timeout=10)
    states = []
    while len(states) < 2:
        m = kc.get_iopub_msg(timeout=10)
        if m["parent_header"].get("msg_id") == msg_id and m["header"]["msg_type"] == "status":
            states.append(m["content"]["execution_state"])
    assert states == ["busy", "idle"]


def test_execute_result_and_counts(kernel):
    km, kc = kernel
    c = execute(kc, "1+1")
    assert c.status == "ok" and c.result == "2"
    assert c.reply["content"]["execution_count"] == 1
    inputs = c.of_type("execute_input")
    assert inputs and inputs[0]["content"]["code"] == "1+1"
    c = execute(kc, 'import "fmt"\nfmt.Println("hi")')
    assert c.stdout == "hi\n" and c.result is None  # no "3 <nil>"
    c = execute(kc, "2*3", store_history=False)
    assert c.result == "6" and c.reply["content"]["execution_count"] == 2  # not counted
    c = execute(kc, "4", silent=True)
    assert c.of_type("execute_input") == [] and c.of_type("execute_result") == []
    c = execute(kc, "5")
    assert c.reply["content"]["execution_count"] == 3


def test_mixed_cell_redefinition_and_main(kernel):
    km, kc = kernel
    c = execute(kc, 'import "fmt"\n\nfunc gcd(pair [2]int) int {\n\ta, b := pair[0], pair[1]\n'
                    '\tfor b != 0 {\n\t\ta, b = b, a%b\n\t}\n\treturn a\n}\n\n'
                    'numbers := [][2]int{{1963309, 2265973}, {1879675, 2493670}}\n'
                    'for _, p := range numbers {\n\tfmt.Println(gcd(p))\n}')
    assert c.status == "ok", c.error
    assert c.stdout == "1\n5\n"
    execute(kc, 'import "fmt"')  # re-importing works
    execute(kc, "func double(x int) int { return 2 * x }\nfunc quad(x int) int { return double(double(x)) }")
    assert execute(kc, "quad(1)").result == "4"
    execute(kc, "func double(x int) int { return 3 * x }")
    assert execute(kc, "quad(1)").result == "9"  # callers see the new definition
    execute(kc, "type T struct{ A int }\nfunc (t T) Get() int { return t.A }")
    c = execute(kc, "func (t T) Get() int { return t.A * 10 }\nT{2}.Get()")
    assert c.result == "20", c.msgs
    c = execute(kc, 'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println("main ran")\n}')
    assert c.stdout == "main ran\n"
    assert "main ran" not in execute(kc, "1").stdout  # main is not re-run


def test_compile_error_and_panic_tracebacks(kernel):
    km, kc = kernel
    c = execute(kc, "x := 1\ny := undefinedName + x")
    assert c.status == "error"
    tb = "\n".join(c.error["traceback"])
    assert "Cell In[1], line 2" in tb, tb
    c = execute(kc, "x := 1\ny := (x +")
    assert c.error["ename"] == "SyntaxError" and "line 2" in "\n".join(c.error["traceback"])
    execute(kc, "func boom(n int) int {\n\tvar a []int\n\treturn a[n]\n}")
    c = execute(kc, "boom(3)")
    assert c.error["ename"] == "panic"
    assert "in boom" in "\n".join(c.error["traceback"])
    c = execute(kc, 'panic("boom")')
    assert (c.error["ename"], c.error["evalue"]) == ("panic", "boom")
    assert c.reply["content"]["status"] == "error" and c.reply["content"]["ename"] == "panic"


def test_stop_on_error_aborts_queued(kernel):
    km, kc = kernel
    ids = [kc.execute('panic("first")'), kc.execute("1+1"), kc.execute("2+2")]
    replies = {}
    while len(replies) < 3:
        m = kc.get_shell_msg(timeout=30)
        replies[m["parent_header"]["msg_id"]] = m["content"]["status"]
    assert [replies[i] for i in ids] == ["error", "aborted", "aborted"]
    assert execute(kc, "3+3").result == "6"
    ids = [kc.execute('panic("again")', stop_on_error=False), kc.execute("7")]
    replies = {}
    while len(replies) < 2:
        m = kc.get_shell_msg(timeout=30)
        replies[m["parent_header"]["msg_id"]] = m["content"]["status"]
    assert [replies[i] for i in ids] == ["error", "ok"]


def test_output_is_streamed_live(kernel):
    km, kc = kernel
    c = execute(kc, 'import ("fmt"; "os"; "time"; "log")\nfmt.Println("first")\n'
                    'time.Sleep(time.Second)\nos.Stdout.WriteString("second\\n")\nlog.Print("third")')
    streams = c.of_type("stream")
    first = [m for m in streams if "first" in m["content"]["text"]][0]
    second = [m for m in streams if "second" in m["content"]["text"]][0]
    # the first line was published while the cell was still sleeping
    # (header dates are stamped by the kernel when it publishes)
    sent = lambda m: m["header"]["date"].timestamp()
    assert sent(second) - sent(first) > 0.5
    assert "third" in c.stderr


def test_late_goroutine_output_reaches_notebook(kernel):
    km, kc = kernel
    execute(kc, 'import ("fmt"; "time")\ngo func() { time.Sleep(300 * time.Millisecond); fmt.Println("late") }()')
    late = [m for m in drain(kc, 1.5) if m["header"]["msg_type"] == "stream"]
    assert any("late" in m["content"]["text"] for m in late)


def test_os_exit_in_cell_keeps_state(kernel):
    km, kc = kernel
    execute(kc, "kept := 41")
    c = execute(kc, 'import "os"\nos.Exit(3)')
    assert c.error["ename"] == "Exit" and "os.Exit(3)" in c.error["evalue"]
    assert execute(kc, "kept + 1").result == "42"


def test_syscall_in_cell(kernel):
    """Package syscall is there (errnos, Getpid); syscall.Exit ends the
    cell as os.Exit does, never the kernel's process, and keeps values."""
    km, kc = kernel
    execute(kc, "kept := 41")
    c = execute(kc, 'import ("errors"; "os"; "syscall")\n_, err := os.Open("/nonexistent")\n'
                    'fmt.Println(errors.Is(err, syscall.ENOENT), syscall.Getpid() == os.Getpid())')
    assert c.status == "ok" and c.stdout == "true true\n", (c.stdout, c.error)
    c = execute(kc, 'kept++\nsyscall.Exit(3)')
    assert c.error["ename"] == "Exit" and "(3)" in c.error["evalue"], c.error
    assert execute(kc, "kept + 1").result == "43"


CRASHES = {
    "stack overflow": ("func down(n int) int { return down(n+1) + 1 }\ndown(0)", "stack overflow"),
    "concurrent map writes": ('m := map[int]int{}\nfor i := 0; i < 4; i++ {\n\tgo func() {\n\t\tfor j := 0; ; j++ {\n'
                              '\t\t\tm[j] = j\n\t\t}\n\t}()\n}\nimport "time"\ntime.Sleep(5 * time.Second)',
                              "concurrent map"),
}


@pytest.mark.parametrize("case", sorted(CRASHES))
def test_interpreter_crash_is_survived(kernel, case):
    km, kc = kernel
    code, cause = CRASHES[case]
    execute(kc, 'import "strings"\ntype Pair struct{ A, B int }\nfunc shout(s string) string { return strings.ToUpper(s) }\nlost := 1')
    pid = km.provisioner.process.pid
    c = execute(kc, code)
    assert c.status == "error"
    assert c.error["ename"] == "InterpreterDied", c.error
    assert cause in c.error["evalue"], c.error["evalue"]
    # the value set by a statement is back too (tests/test_values.py)
    assert "1 value restored" in c.error["evalue"] and "lost:" not in c.error["evalue"], c.error["evalue"]
    assert execute(kc, "lost + 1").result == "2"
    # the kernel process is the same; the declarations are back
    assert km.is_alive() and km.provisioner.process.pid == pid
    assert execute(kc, 'shout("ok") + string(rune(Pair{1, 2}.B + 48))').result == 'OK2'
    assert len(c.stderr) < 2000, "the runtime's crash dump must not flood the notebook"
    assert "repanicked" not in c.stderr, c.stderr  # (yaegi's goroutines recover and panic again)


def test_goroutine_panic_shows_its_frames(kernel):
    """A goroutine of a cell's go statement that panics: the cell fails
    with the panic and the goroutine's frames; the process ends, as Go's
    program does, and the notebook is restored."""
    km, kc = kernel
    c = execute(kc, "func worker(n int) {\n\tvar s []int\n\t_ = s[n]\n}\nlost := 1")
    assert c.status == "ok", c.error
    pid = km.provisioner.process.pid
    c = execute(kc, "done := make(chan bool)\ngo func() { defer close(done); worker(5) }()\n<-done")
    assert (c.error["ename"], c.error["evalue"]) == ("panic", "runtime error: index out of range [5] with length 0"), c.error
    tb = [re.sub(r"\x1b\[[0-9;]*m", "", t) for t in c.error["traceback"]]
    assert re.match(r"^goroutine \d+ \[running\]:$", tb[1]), tb
    assert tb[2:4] == ["Cell In[1], line 3, in worker", "Cell In[2], line 2, in main.func1"], tb
    assert tb[4].startswith("InterpreterDied: ") and "1 value restored" in tb[4], tb
    assert c.result is None and "panic" not in c.stderr, (c.result, c.stderr)
    assert execute(kc, "lost + 1").result == "2"
    assert km.is_alive() and km.provisioner.process.pid == pid
    # os.Exit in a goroutine ends the process at once, no deferred call
    # run: the cell's error is the Exit, as Go's program ends
    c = execute(kc, 'import ("fmt"; "os"; "time")\ngo func() {\n\tdefer fmt.Println("not printed")\n\tos.Exit(4)\n}()\ntime.Sleep(2 * time.Second)')
    assert (c.error["ename"], c.error["evalue"]) == ("Exit", "os.Exit(4) called"), c.error
    assert "not printed" not in c.stdout and "1 value restored" in c.error["traceback"][-1], (c.stdout, c.error)
    assert execute(kc, "lost + 1").result == "2"


def test_kill_interpreter_mid_cell(kernel):
    km, kc = kernel
    execute(kc, "func alive() bool { return true }")
    kernel_pid = km.provisioner.process.pid
    children = subprocess.run(["pgrep", "-P", str(kernel_pid)], capture_output=True, text=True).stdout.split()
    assert len(children) == 1
    msg_id = kc.execute('import "time"\ntime.Sleep(10 * time.Second)')
    time.sleep(0.5)
    os.kill(int(children[0]), signal.SIGKILL)
    reply = kc.get_shell_msg(timeout=10)
    assert reply["parent_header"]["msg_id"] == msg_id
    assert reply["content"]["ename"] == "InterpreterDied"
    assert "signal" in reply["content"]["evalue"] and "killed" in reply["content"]["evalue"]
    assert execute(kc, "alive()").result == "true"


@pytest.mark.parametrize("how", ["interrupt_request", "SIGINT"])
def test_interrupt_infinite_loop(kernel, how):
    km, kc = kernel
    execute(kc, "func keep() int { return 7 }")
    msg_id = kc.execute("for {}")
    time.sleep(0.5)
    if how == "SIGINT":
        os.kill(km.provisioner.process.pid, signal.SIGINT)
    else:
        km.interrupt_kernel()  # interrupt_mode message: interrupt_request on control
    reply = kc.get_shell_msg(timeout=10)
    assert reply["parent_header"]["msg_id"] == msg_id
    assert reply["content"]["ename"] == "KeyboardInterrupt"
    # Said once, as an interrupt, with what was kept.
    tb = reply["content"]["traceback"]
    assert len(tb) == 1 and "KeyboardInterrupt" in tb[0] and "cell interrupted: its interpreter process was stopped" in tb[0], tb
    assert "died" not in reply["content"]["evalue"] and "restored" in reply["content"]["evalue"], reply["content"]
    assert km.is_alive()
    assert execute(kc, "keep() * 6").result == "42"


def test_interrupt_request_on_shell(kernel):
    """VS Code sends interrupt_request on the shell channel in message mode."""
    km, kc = kernel
    msg_id = kc.execute("for {}")
    time.sleep(0.5)
    kc.shell_channel.send(kc.session.msg("interrupt_request", {}))
    got = {}
    while msg_id not in got:
        m = kc.get_shell_msg(timeout=10)
        got[m["parent_header"]["msg_id"]] = m
    assert got[msg_id]["content"]["ename"] == "KeyboardInterrupt"


def test_restart_and_shutdown_without_sigkill(kernel):
    km, kc = kernel
    execute(kc, "x := 5")
    km.restart_kernel(now=False)
    kc.wait_for_ready(timeout=30)
    c = execute(kc, "x")
    assert c.status == "error"  # a restart forgets the notebook
    kc.shutdown(restart=True)  # jupyter_client sends it on control
    r = kc.get_control_msg(timeout=10)
    assert r["content"] == {"status": "ok", "restart": True}
    assert execute(kc, "1+1").result == "2"
    # and on shell, where older clients send it
    kc.shell_channel.send(kc.session.msg("shutdown_request", {"restart": True}))
    assert kc.get_shell_msg(timeout=10)["content"]["restart"] is True
    assert execute(kc, "2+1").result == "3"
    proc = km.provisioner.process
    msg = kc.session.msg("shutdown_request", {"restart": False})
    kc.control_channel.send(msg)
    r = kc.get_control_msg(timeout=10)
    assert r["header"]["msg_type"] == "shutdown_reply" and r["content"]["restart"] is False
    proc.wait(timeout=5)  # it exits by itself: no SIGKILL needed
    assert proc.returncode == 0


def test_bad_messages_are_dropped(kernel):
    km, kc = kernel
    import zmq
    from jupyter_client.session import Session

    ctx = zmq.Context.instance()
    sock = ctx.socket(zmq.DEALER)
    sock.connect("tcp://%s:%d" % (km.ip, km.shell_port))
    good = kc.session
    wrong = Session(key=b"wrong-key")
    unsigned = Session(key=b"")
    m = good.msg("kernel_info_request")
    wrong.send(sock, "kernel_info_request")
    unsigned.send(sock, "kernel_info_request")
    good.send(sock, m)
    sock.send_multipart([b"<IDS|MSG>", b"sig", b"{not json", b"{}", b"{}", b"{}"])
    sock.send_multipart([b"garbage"])
    first = sock.recv_multipart()
    assert json.loads(first[-3])["msg_id"] == m["header"]["msg_id"]  # parent header
    # replay of the exact same frames is rejected
    frames = good.serialize(m)
    sock.send_multipart(frames)
    assert sock.poll(1000) == 0
    sock.close(0)
    assert execute(kc, "1+1").result == "2"


def test_stalled_tcp_peer_does_not_block(kernel):
    km, kc = kernel
    import zmq
    stalled = [socket.create_connection((km.ip, port)) for port in
               (km.shell_port, km.control_port, km.stdin_port, km.iopub_port, km.hb_port)]
    try:
        from jupyter_client import BlockingKernelClient
        kc2 = BlockingKernelClient(connection_file=km.connection_file)
        kc2.load_connection_file()
        kc2.start_channels()
        kc2.wait_for_ready(timeout=10)
        assert kc2.kernel_info(reply=True, timeout=10)["content"]["implementation"] == "gofutures"
        assert kc2.hb_channel.is_beating()
        kc2.stop_channels()
    finally:
        for s in stalled:
            s.close()


def test_console_from_pipe(gofutures_kernelspec):
    out = subprocess.run(["jupyter", "console", "--kernel", "gofutures", "--simple-prompt", "--no-confirm-exit"],
                         input='import "fmt"\nfmt.Println("from console")\n40 + 2\nexit\n',
                         capture_output=True, text=True, timeout=120)
    assert "from console" in out.stdout, out
    assert "42" in out.stdout, out


def test_nbconvert_smoke_notebook(tmp_path):
    import nbformat
    nb = nbformat.v4.new_notebook(metadata={"kernelspec": {"name": "gofutures", "display_name": "Go (gofutures)", "language": "go"}})
    nb.cells = [nbformat.v4.new_code_cell('import "fmt"\nfmt.Println("smoke")'),
                nbformat.v4.new_code_cell("func sq(x int) int { return x * x }\nsq(12)")]
    src = tmp_path / "smoke.ipynb"
    nbformat.write(nb, str(src))
    subprocess.run(["jupyter", "nbconvert", "--to", "notebook", "--execute", "--output", "out.ipynb", str(src)],
                   check=True, capture_output=True, timeout=180)
    out = nbformat.read(str(tmp_path / "out.ipynb"), as_version=4)
    assert out.cells[0].outputs[0]["text"] == "smoke\n"
    assert out.cells[1].outputs[0]["data"]["text/plain"] == "144"


def _complete(kc, code, pos=None):
    pos = len(code) if pos is None else pos
    msg_id = kc.complete(code, pos)
    while True:
        r = kc.get_shell_msg(timeout=10)
        if r["parent_header"]["msg_id"] == msg_id:
            return r["content"]


def test_completion(kernel):
    km, kc = kernel
    execute(kc, 'import ("fmt"; "github.com/gofutures/gofutures/executor")\n'
                "type Pair struct{ A, B int }\nfunc (p Pair) Sum() int { return p.A + p.B }\n"
                "func gcdPair(p Pair) int { return p.A }\nfunc mk() *Pair { return &Pair{} }\n"
                "value := Pair{1, 2}\npool := executor.NewThreadPool(2)")
    c = _complete(kc, "gcd")
    assert c["matches"] == ["gcdPair"] and (c["cursor_start"], c["cursor_end"]) == (0, 3)
    assert {"Println", "Printf"} <= set(_complete(kc, "fmt.Pri")["matches"])
    assert {"A", "B", "Sum"} == set(_complete(kc, "value.")["matches"])
    assert {"Submit", "Shutdown"} <= set(_complete(kc, "pool.S")["matches"])
    assert "func" in _complete(kc, "fu")["matches"]  # keywords
    # after calls and literals, from the declarations and GOROOT's sources
    assert {"A", "B", "Sum"} == set(_complete(kc, "mk().")["matches"])
    assert {"A", "B", "Sum"} == set(_complete(kc, "fmt.Println(Pair{}.")["matches"])
    assert _complete(kc, "time.Now().Form")["matches"] == ["Format"]
    # gofutures' own packages, from the sources the binary carries
    assert {"NewProcessPool", "NewThreadPool"} <= set(_complete(kc, "executor.New")["matches"])
    assert _complete(kc, "executor.NewProcessPool(2).Termi")["matches"] == ["Terminate"]
    # through variables of known type: pool is an *executor.ThreadPool
    assert {"Result", "ResultTimeout"} <= set(_complete(kc, "pool.Submit(gcdPair, value).Res")["matches"])
    # positions count code points, not bytes
    code = 's := "héllo wörld"; fmt.Pri'
    c = _complete(kc, code)
    assert (c["cursor_start"], c["cursor_end"]) == (len(code) - 3, len(code))


def test_completion_of_import_paths(kernel):
    """Inside the quotes of an import, Tab offers the packages a cell can
    import: the standard library's and gofutures' own, as full paths."""
    km, kc = kernel
    c = _complete(kc, 'import "encoding/j')
    assert c["matches"] == ["encoding/json"] and (c["cursor_start"], c["cursor_end"]) == (8, 18), c
    c = _complete(kc, 'import (\n\t"fmt"\n\tr "math/ra')
    assert c["matches"] == ["math/rand", "math/rand/v2"], c
    assert "github.com/gofutures/gofutures/executor" in _complete(kc, 'import "github.com/gofutures/')["matches"]
    assert "encoding" not in _complete(kc, 'x := "enc')["matches"]  # a string, not an import


def test_inspect_inside_call(kernel):
    """Shift-Tab after a call's "(" documents the function, as IPython does."""
    km, kc = kernel
    execute(kc, 'import "strings"\n// double returns twice x.\nfunc double(x int) int { return 2 * x }')
    for code, want in [("strings.Split(", "func Split(s, sep string) []string"),
                       ('double(strings.Count("a", "b"), ', "double returns twice x.")]:
        r = kc.inspect(code, len(code), reply=True, timeout=10)["content"]
        assert r["found"] and want in r["data"]["text/plain"], (code, r)


def test_completion_of_declared_variables(kernel):
    """A variable declared by var in an earlier cell, or earlier in the
    cell being written, completes with its type's members; one of a type
    without members (an int, a Celsius's float64 to yaegi) gets none of the
    notebook's methods but its own."""
    km, kc = kernel
    execute(kc, 'import "github.com/gofutures/gofutures/executor"\n'
                "type Point struct{ X, Y int }\nfunc (p Point) Norm() int { return p.X*p.X + p.Y*p.Y }\n"
                "type Celsius float64\nfunc (c Celsius) Warm() bool { return c > 20 }\n"
                "var origin = Point{1, 2}\npool := executor.NewThreadPool(2)\nn := 3\nc := Celsius(25)")
    assert set(_complete(kc, "origin.")["matches"]) == {"Norm", "X", "Y"}
    assert set(_complete(kc, "q := Point{}\nq.")["matches"]) == {"Norm", "X", "Y"}
    assert {"Result", "Cancel"} <= set(_complete(kc, "f := pool.Submit(nil)\nf.")["matches"])
    assert _complete(kc, "x := origin.X\nx.")["matches"] == []
    assert _complete(kc, "n.")["matches"] == []
    assert _complete(kc, "c.")["matches"] == ["Warm"]
    r = kc.inspect("n", 1, reply=True, timeout=10)["content"]
    assert r["found"] and r["data"]["text/plain"].startswith("n int"), r


def test_inspect(kernel):
    km, kc = kernel
    execute(kc, "// double returns twice x.\nfunc double(x int) int { return 2 * x }")
    msg_id = kc.inspect("double(3)", 2)
    while True:
        r = kc.get_shell_msg(timeout=10)
        if r["parent_header"]["msg_id"] == msg_id:
            break
    c = r["content"]
    assert c["found"] and "double returns twice x." in c["data"]["text/plain"]
    assert "text/markdown" in c["data"]
    execute(kc, 'import "github.com/gofutures/gofutures/executor"')
    code = "pool := executor.NewProcessPool(2)"
    msg_id = kc.inspect(code, code.index("NewProcessPool") + 3)
    while True:
        r = kc.get_shell_msg(timeout=10)
        if r["parent_header"]["msg_id"] == msg_id:
            break
    c = r["content"]
    assert c["found"] and "func NewProcessPool(maxWorkers int" in c["data"]["text/plain"], c
    # a method and a field of a value of a cell-declared type
    execute(kc, "type Rect struct {\n\t// W is the width.\n\tW, H float64\n}\n\n"
                "// Area is W times H.\nfunc (r Rect) Area() float64 { return r.W * r.H }")
    execute(kc, "r := Rect{W: 2, H: 3}")
    for code, want in [("r.Area()", ["func (r Rect) Area() float64", "Area is W times H."]),
                       ("r.W", ["field W float64 of Rect", "W is the width."])]:
        msg_id = kc.inspect(code, code.index(".") + 2)
        while True:
            r = kc.get_shell_msg(timeout=10)
            if r["parent_header"]["msg_id"] == msg_id:
                break
        c = r["content"]
        assert c["found"] and all(w in c["data"]["text/plain"] for w in want), c


def test_message_order_over_100_executes(kernel):
    """ipykernel's test_message_order: replies come back in request order."""
    km, kc = kernel
    ids = [kc.execute("%d" % i) for i in range(100)]
    got = []
    while len(got) < 100:
        r = kc.get_shell_msg(timeout=30)
        got.append(r["parent_header"]["msg_id"])
        assert r["content"]["execution_count"] == len(got)
    assert got == ids


def test_control_overtakes_queued_shell_work(kernel):
    """ipykernel's test_control_thread_priority."""
    km, kc = kernel
    busy = [kc.execute('import "time"\ntime.Sleep(300 * time.Millisecond)') for _ in range(3)]
    time.sleep(0.05)
    msg = kc.session.msg("kernel_info_request")
    kc.control_channel.send(msg)
    ctl = kc.get_control_msg(timeout=10)
    assert ctl["parent_header"]["msg_id"] == msg["header"]["msg_id"]
    done = []
    while len(done) < 3:
        done.append(kc.get_shell_msg(timeout=10))
    assert [r["parent_header"]["msg_id"] for r in done] == busy
    # the control reply was sent while shell work was still queued: before
    # the first queued cell (300 ms) could even have finished
    assert ctl["header"]["date"] < done[0]["header"]["date"]


def test_parent_header_and_identity(kernel):
    """ipykernel's test_parent_header_and_ident: replies and iopub messages
    carry the request as parent; the reply goes to the requesting socket."""
    km, kc = kernel
    c = execute(kc, 'import "fmt"\nfmt.Println("x")\n7')
    parent = c.reply["parent_header"]
    for m in c.msgs:
        assert m["parent_header"]["msg_id"] == parent["msg_id"]
        assert m["parent_header"]["session"] == kc.session.session
    assert c.reply["header"]["msg_type"] == "execute_reply"


def test_kernelspec_is_listed(tmp_path, gofutures_kernelspec):
    prefix = tmp_path / "p"
    subprocess.run([gofutures_kernelspec, "install", "--prefix", str(prefix)], check=True, capture_output=True)
    env = dict(os.environ, JUPYTER_PATH=str(prefix / "share" / "jupyter"))
    out = subprocess.run(["jupyter", "kernelspec", "list", "--json"], check=True, capture_output=True, text=True, env=env)
    specs = json.loads(out.stdout)["kernelspecs"]
    spec = specs["gofutures"]["spec"]
    assert spec["display_name"] == "Go (gofutures)" and spec["language"] == "go"
    assert spec["argv"][0] == os.path.realpath(gofutures_kernelspec) and spec["interrupt_mode"] == "message"
    assert os.path.exists(os.path.join(specs["gofutures"]["resource_dir"], "logo-64x64.png"))
