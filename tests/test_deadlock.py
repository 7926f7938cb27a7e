"""A cell whose goroutines are all asleep ends as Go's program does:
"fatal error: all goroutines are asleep - deadlock!", the interpreter
process ends and a fresh one is restored with the values as before the
cell; cells that wait on timers, sleep or wait on pools' futures are not
deadlocked."""
import re
import time

from conftest import execute


def plain(tb):
    return [re.sub(r"\x1b\[[0-9;]*m", "", t) for t in tb]


def test_deadlocked_cell_ends_with_fatal_error(kernel):
    km, kc = kernel
    assert execute(kc, 'import ("fmt"; "sync")\nkept := 41').status == "ok"
    t0 = time.monotonic()
    c = execute(kc, 'kept = 99\nch := make(chan int)\nch <- 1\nfmt.Println("never")', timeout=30)
    took = time.monotonic() - t0
    assert (c.error["ename"], c.error["evalue"]) == ("fatal error", "all goroutines are asleep - deadlock!"), c.error
    tb = plain(c.error["traceback"])
    assert tb[:3] == ["fatal error: all goroutines are asleep - deadlock!", "", "goroutine 1 [chan send]:"], tb
    assert tb[-1].startswith("InterpreterDied: ") and "restored" in tb[-1], tb
    assert "never" not in c.stdout and took < 5, (c.stdout, took)
    assert execute(kc, "kept + 1").result == "42"  # as before the cell
    # several goroutines waiting on each other, the cell on a WaitGroup
    c = execute(kc, 'var wg sync.WaitGroup\na, b := make(chan int), make(chan int)\nwg.Add(2)\n'
                    'go func() { defer wg.Done(); <-a; b <- 1 }()\ngo func() { defer wg.Done(); <-b; a <- 1 }()\n'
                    'wg.Wait()\nfmt.Println("never")', timeout=30)
    assert c.error["ename"] == "fatal error", c.error
    tb = plain(c.error["traceback"])
    assert tb[2] == "goroutine 1 [sync.WaitGroup.Wait]:" and sum(t.endswith("[chan receive]:") for t in tb) == 2, tb
    assert execute(kc, "kept").result == "41"
    # an idle ThreadPool's workers wait for tasks, asleep as in Go
    c = execute(kc, 'import "github.com/gofutures/gofutures/executor"\nthreads := executor.NewThreadPool(2)\n'
                    'f := threads.Submit(func() int { return 1 })\nfmt.Println(f.Result())\nch := make(chan int)\n<-ch', timeout=30)
    assert c.error["ename"] == "fatal error" and c.stdout == "1 <nil>\n", (c.stdout, c.error)


def test_waiting_cells_are_not_deadlocked(kernel):
    km, kc = kernel
    assert execute(kc, 'import (\n"fmt"\n"time"\n"github.com/gofutures/gofutures/executor"\n)\n'
                       "func slow(ms int) int { time.Sleep(time.Duration(ms) * time.Millisecond); return ms }\n"
                       "n := 1").status == "ok"
    for code, out in [
        ('select {\ncase <-time.After(time.Second):\n\tfmt.Println("after")\n}', "after\n"),
        ('time.Sleep(time.Second)\nfmt.Println("slept")', "slept\n"),
        ('threads := executor.NewThreadPool(2)\nfmt.Println(threads.Submit(slow, 1000).Result())', "1000 <nil>\n"),
        ('pool := executor.NewProcessPool(1)\nfmt.Println(pool.Submit(slow, 1).Result())\n'
         'fmt.Println(pool.Submit(slow, 1000).Result())', "1 <nil>\n1000 <nil>\n"),
    ]:
        c = execute(kc, code, timeout=300)
        assert c.status == "ok" and c.stdout == out, (code, c.stdout, c.error)
    assert execute(kc, "n").result == "1"


def test_cell_waiting_for_input_is_not_deadlocked(kernel):
    """A cell reading its stdin waits for the front end (the input
    request), not for another goroutine: no deadlock however long."""
    km, kc = kernel
    msg_id = kc.execute('import ("bufio"; "fmt"; "os")\nline, _ := bufio.NewReader(os.Stdin).ReadString(\'\\n\')\nfmt.Println("got", line)', allow_stdin=True)
    kc.get_stdin_msg(timeout=30)
    time.sleep(1.5)  # several samples of the deadlock check
    kc.input("late")
    reply = kc.get_shell_msg(timeout=30)
    assert reply["parent_header"]["msg_id"] == msg_id and reply["content"]["status"] == "ok", reply["content"]
