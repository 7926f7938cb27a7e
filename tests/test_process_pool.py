"""Process pools from notebook cells: functions and types declared in cells
run in worker processes (what CPython's ProcessPoolExecutor cannot do in a
notebook), and a worker's death costs only its task."""
import os
import subprocess
import time

from conftest import execute, children

DECLS = '''import (
	"fmt"
	"github.com/gofutures/gofutures/executor"
)

type Pair struct{ A, B int }

func gcd(p Pair) int {
	low := p.A
	if p.B < low {
		low = p.B
	}
	for i := low; i > 0; i-- {
		if p.A%i == 0 && p.B%i == 0 {
			return i
		}
	}
	return 1
}'''

NUMBERS = ('numbers := []Pair{{1963309, 2265973}, {1879675, 2493670}, {2030677, 3814172}, '
           '{1551645, 2229620}, {1988912, 4736670}, {2198964, 7876293}}')


def test_cell_functions_run_in_worker_processes(kernel):
    km, kc = kernel
    assert execute(kc, DECLS).status == "ok"
    c = execute(kc, NUMBERS + "\npool := executor.NewProcessPool(2)\nresults, err := pool.Map(gcd, numbers)\nfmt.Println(results, err)")
    assert c.stdout == "[1 5 1 5 2 3] <nil>\n", (c.stdout, c.stderr, c.error)
    interp = children(km.provisioner.process.pid)
    assert len(interp) == 1 and len(children(interp[0])) == 2  # two worker processes
    # declared after the pool started: reaches the workers before the task
    execute(kc, 'const greeting = "hello from"\nfunc hello(who string) string {\n\tfmt.Println(greeting, who)\n\treturn who + "!"\n}')
    c = execute(kc, 'f := pool.Submit(hello, "a worker")\nfmt.Println(f.Result())')
    assert "a worker! <nil>" in c.stdout
    assert "] hello from a worker" in c.stdout and "[ProcessPool-" in c.stdout  # worker output, marked
    c = execute(kc, "pool.Submit(func() int { return 1 }).Err()")
    assert "by name" in c.result
    c = execute(kc, 'import "os"\nfunc die() int { os.Exit(7); return 0 }\nd := pool.Submit(die)\n'
                    'rest, err := pool.Map(gcd, numbers)\nfmt.Println(d.Err())\nfmt.Println(rest, err)')
    assert "died running task" in c.stdout and "(die)" in c.stdout and "exit status 7" in c.stdout, c.stdout
    assert "[1 5 1 5 2 3] <nil>" in c.stdout
    execute(kc, "pool.Shutdown(true, false)")
    assert children(interp[0]) == []


def test_chunks_stop_at_the_first_failure(kernel):
    # Chunks of a cell function run in one interpreted loop per chunk in the
    # worker; an error or a panic ends the chunk there, as it does without.
    km, kc = kernel
    assert execute(kc, DECLS).status == "ok"
    assert execute(kc, 'import "errors"\n'
                       'func div(p Pair) (int, error) {\n'
                       '\tif p.B == 0 {\n\t\treturn 0, errors.New("division by zero")\n\t}\n'
                       '\tif p.B < 0 {\n\t\tpanic("negative divisor")\n\t}\n'
                       '\treturn p.A / p.B, nil\n}').status == "ok"
    c = execute(kc, 'pool := executor.NewProcessPool(2)\n'
                    'pairs := []Pair{}\nfor i := 1; i <= 1000; i++ {\n\tpairs = append(pairs, Pair{i * 6, 3})\n}\n'
                    'out, err := pool.Map(div, pairs, executor.ChunkSize(100))\n'
                    'fmt.Println(len(out), out[0], out[999], err)\n'
                    'pairs[250].B = 0\npairs[620].B = -1\n'
                    'it := pool.MapIter(div, pairs, executor.ChunkSize(100))\nn := 0\n'
                    'for it.Next() {\n\tn++\n}\nfmt.Println(n, it.Err())\n'
                    'pairs[250].B = 3\nout, err = pool.Map(div, pairs, executor.ChunkSize(100))\nfmt.Println(len(out), err)\n'
                    'pool.Shutdown(true, false)')
    lines = c.stdout.splitlines()
    assert lines[0] == "1000 2 2000 <nil>", c.stdout + c.stderr
    assert lines[1] == "250 executor: map item 250: division by zero", c.stdout
    assert lines[2].startswith("620 executor: map item 620: ") and "negative divisor" in lines[2], c.stdout


def test_kernel_shutdown_kills_workers(kernel):
    km, kc = kernel
    execute(kc, DECLS)
    execute(kc, "pool := executor.NewProcessPool(2)\npool.Map(gcd, []Pair{{4, 6}, {6, 9}, {8, 12}, {10, 15}})")
    interp = children(km.provisioner.process.pid)[0]
    workers = children(interp)
    # compiled workers start with the tasks that need them: one or two
    assert 1 <= len(workers) <= 2
    km.shutdown_kernel(now=False)
    deadline = time.time() + 5
    while time.time() < deadline and any(os.path.exists("/proc/%d" % p) for p in workers + [interp]):
        time.sleep(0.05)
    alive = [p for p in workers + [interp] if os.path.exists("/proc/%d" % p)
             and open("/proc/%d/stat" % p).read().split()[2] != "Z"]
    assert alive == []


def test_pool_after_an_interrupt(kernel):
    """After an interrupt restarts the interpreter and restores values, a new
    pool's workers run the notebook's functions (the compiled workers'
    program was built before the checker had them: "no function registered
    as slow")."""
    km, kc = kernel
    assert execute(kc, 'import (\n"fmt"\n"time"\n"github.com/gofutures/gofutures/executor"\n)\n'
                       "func slow(ms int) int { time.Sleep(time.Duration(ms) * time.Millisecond); return ms }\n"
                       "threads := executor.NewThreadPool(2)").status == "ok"
    msg_id = kc.execute("for {}")
    time.sleep(1)
    km.interrupt_kernel()
    reply = kc.get_shell_msg(timeout=20)
    assert reply["parent_header"]["msg_id"] == msg_id and reply["content"]["ename"] == "KeyboardInterrupt"
    assert "restored" in reply["content"]["evalue"], reply["content"]
    c = execute(kc, "pool := executor.NewProcessPool(2)\nresults, err := pool.Map(slow, []int{1, 2})\nfmt.Println(results, err)\npool.Close()",
                timeout=120)
    assert c.stdout == "[1 2] <nil>\n", (c.stdout, c.stderr, c.error)


def test_standard_library_functions_as_tasks(kernel):
    # Python's classic pool.map(math.sqrt, ...): functions of the standard
    # library go to workers by name, compiled (registered by the worker
    # program for the packages the notebook imports) or interpreting (the
    # interpreter's tables, imported or not); a generic instance is refused
    # with a reason, and ranging over the completion order works in a cell.
    km, kc = kernel
    assert execute(kc, 'import (\n\t"fmt"\n\t"math"\n\t"slices"\n\t"strconv"\n\t"strings"\n'
                       '\t"github.com/gofutures/gofutures/executor"\n)').status == "ok"
    c = execute(kc, 'pool := executor.NewProcessPool(2)\n'
                    'fmt.Println(pool.Map(math.Sqrt, []float64{1, 4, 9}))\n'
                    'fmt.Println(pool.Submit(strings.Repeat, "ab", 3).Result())\n'
                    'fmt.Println(pool.Map(strconv.Itoa, []int{7, 42}, executor.ChunkSize(2)))\n'
                    'up := strings.ToUpper\nfmt.Println(pool.Submit(up, "via a variable").Result())\n'
                    'fs := []*executor.Future{pool.Submit(strconv.Quote, "q"), pool.Submit(math.Pow, 2, 10)}\n'
                    'for f := range executor.AsCompleted(fs).All() {\n\tf.Result()\n}\n'
                    'fmt.Println(fs[0].Result())\nfmt.Println(fs[1].Result())')
    assert c.stdout.splitlines() == ["[1 2 3] <nil>", "ababab <nil>", "[7 42] <nil>", "VIA A VARIABLE <nil>",
                                     '"q" <nil>', "1024 <nil>"], (c.stdout, c.stderr, c.error)
    c = execute(kc, 'ip := executor.NewProcessPool(1, executor.WithCompiledWorkers(false))\n'
                    'fmt.Println(ip.Map(math.Sqrt, []float64{16, 25}))\n'
                    'fmt.Println(ip.Submit(strings.Fields, " a b ").Result())\n'
                    'ip.Shutdown(true, false)')
    assert c.stdout.splitlines() == ["[4 5] <nil>", "[a b] <nil>"], (c.stdout, c.stderr, c.error)
    c = execute(kc, 'pool.Submit(slices.Max[[]int], []int{1, 3}).Err()')
    assert "by name" in c.result and "generic" in c.result, c.result
    execute(kc, "pool.Shutdown(true, false)")
