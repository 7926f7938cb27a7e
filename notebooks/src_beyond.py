"""Cells of 02-beyond-the-tutorial; see build.py."""
from build import GCD_GO, code, md

# The gcd the Python programs below run (Euclid's, short: they only need a
# function that CPython can or cannot find in its workers).
EUCLID_PY = """def gcd(pair):
    a, b = pair
    while b:
        a, b = b, a % b
    return a
"""

BEYOND = [
    md(
        """
# Beyond the tutorial: cancellation, callbacks, failures, chunks, and spawn

The first notebook, `01-concurrent-futures.ipynb`, follows the Python tutorial. This one covers
what the tutorial leaves out, with the same `executor` package: cancelling futures, done
callbacks, errors and panics in tasks, `Wait` with `FirstException` on a failing task, a worker
process that crashes, tasks that never end, `chunksize`, initializers, and the case CPython
cannot do: a function declared in the notebook, run by a process pool whose workers start fresh
(*spawn*).

As in the first notebook, every duration is measured when the notebook runs.
"""
    ),
    code(
        """
import (
	"context"
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/gofutures/gofutures/display"
	"github.com/gofutures/gofutures/executor"
)

""" + GCD_GO + """
// chart shows a chart (a timing comparison or a worker timeline) as SVG,
// and also as HTML that embeds the same SVG as an image, because the
// nbconvert 6.5 of Debian strips the insides of SVG outputs when it
// renders a notebook as HTML (jupyter/nbconvert#1894).
func chart(c display.SVGer) display.Bundle {
	svg := c.SVG()
	img := `<img alt="chart" src="data:image/svg+xml;base64,` + base64.StdEncoding.EncodeToString([]byte(svg)) + `">`
	return display.MIME(map[string]any{"image/svg+xml": svg, "text/html": img, "text/plain": fmt.Sprint(c)})
}

// sleepy is a task of known length: it sleeps ms milliseconds and returns ms.
func sleepy(ms int) int {
	time.Sleep(time.Duration(ms) * time.Millisecond)
	return ms
}

// waitRunning waits until f has started (or is done).
func waitRunning(f *executor.Future) {
	for !f.Running() && !f.IsDone() {
		time.Sleep(2 * time.Millisecond)
	}
}
"""
    ),
    md(
        """
## 1. Cancellation

`f.Cancel()` stops a future that has not started: it reports `true`, the function never runs,
and `Result` returns a `*executor.CancelledError` at once (it matches `executor.ErrCancelled` and
`context.Canceled`). A future that is already running cannot be cancelled: `Cancel` reports
`false`. A pool of one worker makes the queue visible:
"""
    ),
    code(
        """
tp := executor.NewThreadPool(1)
first := tp.Submit(sleepy, 200)
second := tp.Submit(sleepy, 200)
waitRunning(first)
fmt.Println("cancel the running task:", first.Cancel(), "- state:", first.State())
fmt.Println("cancel the pending task:", second.Cancel(), "- state:", second.State())
_, err := second.Result()
fmt.Println("result of the cancelled task:", err)
fmt.Println("errors.Is(err, executor.ErrCancelled):", errors.Is(err, executor.ErrCancelled),
	"- errors.Is(err, context.Canceled):", errors.Is(err, context.Canceled))
fmt.Println(first.Result())
"""
    ),
    md(
        """
`Shutdown(wait, cancelFutures)` is Python's `shutdown(wait, cancel_futures)`: with
`cancelFutures` every task still in the queue is cancelled, and the running one finishes.
"""
    ),
    code(
        """
func submitSleepy(pool executor.Executor, ms, n int) []*executor.Future {
	fs := make([]*executor.Future, 0, n)
	for i := 0; i < n; i++ {
		fs = append(fs, pool.Submit(sleepy, ms))
	}
	return fs
}

queued := submitSleepy(tp, 100, 4)
waitRunning(queued[0])
tp.Shutdown(true, true)
for _, f := range queued {
	fmt.Println(f)
}
fmt.Println("after shutdown:", tp.Submit(sleepy, 1).Err())
"""
    ),
    md(
        """
A running task in a `ProcessPool` can be stopped too, by killing its worker process:
`pool.Terminate(f)`. The future fails with a `*executor.WorkerError`, and a fresh worker takes
the next task. (A goroutine cannot be killed from outside; a process can.)
"""
    ),
    code(
        """
pp := executor.NewProcessPool(1)
long := pp.Submit(sleepy, 10000)
waitRunning(long)
fmt.Println("Cancel while running:", long.Cancel())
fmt.Println("Terminate while running:", pp.Terminate(long))
fmt.Println("its error:", long.Err())
fmt.Println("errors.Is(err, executor.ErrWorkerDied):", errors.Is(long.Err(), executor.ErrWorkerDied))
next := pp.Submit(sleepy, 10)
pp.Close()
fmt.Print("the next task runs on a fresh worker: ")
fmt.Println(next.Result())

"""
    ),
    md(
        """
## 2. Callbacks

`f.AddDoneCallback(fn)` calls `fn(f)` when `f` is done, on the goroutine that completes it (a
pool worker), in the order the callbacks were added; if `f` is already done, `fn` runs at once.
Callbacks should be quick: a slow one holds up its worker. Here a callback prints, and another
drives a progress bar.
"""
    ),
    code(
        """
func announce(f *executor.Future) {
	v, err := f.Result()
	fmt.Printf("callback: task %d (%s) is done: %v %v\\n", f.ID(), f.Name(), v, err)
}

bar := display.NewProgress("sleepy tasks", 6)
tp = executor.NewThreadPool(2)
fs := []*executor.Future{tp.Submit(sleepy, 300), tp.Submit(sleepy, 100), tp.Submit(sleepy, 200)}
for _, f := range fs {
	f.AddDoneCallback(announce)
}
fs = append(fs, submitSleepy(tp, 50, 3)...)
for _, f := range fs {
	f.AddDoneCallback(func(done *executor.Future) { bar.Add(1) })
}
tp.Close() // the workers have run every callback when Close returns
bar.Close()
fmt.Println("a callback added to a future that is already done runs at once:")
fs[0].AddDoneCallback(announce)
fmt.Println("(all callbacks have run)")
"""
    ),
    md(
        """
## 3. Errors and panics in tasks

A task fails by returning an error (a function may return `(T, error)`) or by panicking. The
error comes back from `Result` and `Err` (Python's `exception()`); a panic becomes a
`*executor.PanicError` with the panic value and the stack, and fails that task only. `Map` stops
at the first failing item, returns the results before it, and cancels the items not started.
"""
    ),
    code(
        """
func checkedGCD(pair [2]int) (int, error) {
	if pair[0] <= 0 || pair[1] <= 0 {
		return 0, fmt.Errorf("gcd%v: want positive numbers", pair)
	}
	return gcd(pair), nil
}

func mustGCD(pair [2]int) int {
	if pair[0] <= 0 || pair[1] <= 0 {
		panic(fmt.Sprintf("gcd%v: want positive numbers", pair))
	}
	return gcd(pair)
}

bad := [][2]int{{12, 18}, {20, 30}, {-4, 6}, {9, 12}}
tp = executor.NewThreadPool(2)
res, err := tp.Map(checkedGCD, bad)
fmt.Println("Map with an error:", res, "-", err)
res, err = tp.Map(mustGCD, bad)
fmt.Println("Map with a panic: ", res, "-", err)
var pe *executor.PanicError
errors.As(err, &pe)
tp.Close()
fmt.Printf("the panic value: %q; the stack has %d lines\\n", pe.Value, strings.Count(string(pe.Stack), "\\n"))
"""
    ),
    md(
        """
In a process pool the same happens in the worker: a returned error travels back as its text
(a `*executor.RemoteError`), a panic as a `*executor.PanicError` with the worker's stack, and the
worker process lives on.
"""
    ),
    code(
        """
pp = executor.NewProcessPool(2)
res, err = pp.Map(checkedGCD, bad)
fmt.Printf("error:  %v (%T)\\n", err, errors.Unwrap(err))
res, err = pp.Map(mustGCD, bad)
fmt.Printf("panic:  %v\\n", err)
fmt.Println("errors.As PanicError:", errors.As(err, &pe))
res, err = pp.Map(gcd, numbers)
pp.Close()
fmt.Println("the same workers afterwards:", res, err)
"""
    ),
    md(
        """
A cell that does not handle an error can panic with it, and the notebook shows the error with
the cell and line. (This cell is tagged `raises-exception`, so that `jupyter nbconvert --execute`
runs on past it.)
""",
    ),
    code(
        """
f := executor.NewThreadPool(1).Submit(mustGCD, [2]int{0, 7})
panic(f.Err())
""",
        tags=["raises-exception"],
    ),
    md(
        """
## 4. `Wait` with `FirstException` on a failing task

`executor.Wait(fs, executor.FirstException)` returns as soon as any future fails — or, if none
does, when all are done. Here the third of seven tasks has a bad pair: `Wait` returns when it
fails, while the gcd tasks are still running or queued. The tasks not started are then cancelled,
as a program that gives up on the first failure would do.
"""
    ),
    code(
        """
table := display.NewTaskTable("Wait(FirstException)")
pp = executor.NewProcessPool(2, executor.WithProcessObserver(table))
var futures []*executor.Future
futures = append(futures, pp.Submit(checkedGCD, numbers[0]), pp.Submit(checkedGCD, numbers[1]))
futures = append(futures, pp.Submit(checkedGCD, [2]int{0, 5}))
futures = append(futures, pp.Submit(checkedGCD, numbers[2]), pp.Submit(checkedGCD, numbers[3]))
futures = append(futures, pp.Submit(checkedGCD, numbers[4]), pp.Submit(checkedGCD, numbers[5]))
start := time.Now()
done, notDone := executor.Wait(futures, executor.FirstException, executor.Timeout(10*time.Second))
fmt.Printf("Wait returned after %v: %d done, %d not done\\n", time.Since(start).Round(time.Millisecond), len(done), len(notDone))
for _, f := range done {
	fmt.Println("  done:", f)
}
cancelled := 0
for _, f := range notDone {
	if f.Cancel() {
		cancelled++
	}
}
fmt.Printf("cancelled %d tasks that had not started; %d were running and finish\\n", cancelled, len(notDone)-cancelled)
pp.Close()
table.Close()
"""
    ),
    code(
        """
chart(table.Log().Timeline("Wait(FirstException): the failing task (red) ends the wait"))
"""
    ),
    md(
        """
## 5. A worker crash that the pool survives

A task can kill its worker process: `os.Exit`, a panic in a goroutine it started, a fatal
runtime error. Only that task fails, with a `*executor.WorkerError` naming the worker and the
cause; the pool starts a replacement and runs the rest of the queue. In CPython, a worker that
dies breaks the whole pool: every pending future fails with `BrokenProcessPool` and the pool
accepts no more work (the cell after next shows it, if `python3` is installed).
"""
    ),
    code(
        """
func exitWorker(code int) int {
	os.Exit(code)
	return 0
}

func panicInGoroutine() int {
	go func() { panic("boom, in a goroutine of the task") }()
	time.Sleep(time.Second)
	return 0
}

table = display.NewTaskTable("a ProcessPool that survives its workers")
pp = executor.NewProcessPool(2, executor.WithProcessObserver(table))
exited := pp.Submit(exitWorker, 3)
panicked := pp.Submit(panicInGoroutine)
results, err := pp.Map(gcd, numbers)
fmt.Println("os.Exit:            ", exited.Err())
fmt.Println("goroutine panic:    ", panicked.Err())
fmt.Println("errors.Is(err, executor.ErrWorkerDied):", errors.Is(exited.Err(), executor.ErrWorkerDied), errors.Is(panicked.Err(), executor.ErrWorkerDied))
fmt.Println("results:", results, err)
pp.Close()
table.Close()
"""
    ),
    md(
        """
The same in CPython, run now with `python3` if it is installed: one task calls `os._exit(3)`.
"""
    ),
    code(
        r'''
// run starts a program and returns what it printed on stdout and stderr.
// (The kernel does not offer os/exec to cells; os.StartProcess does the job.)
func run(path string, args ...string) (string, error) {
	r, w, err := os.Pipe()
	if err != nil {
		return "", err
	}
	defer r.Close()
	proc, err := os.StartProcess(path, append([]string{path}, args...), &os.ProcAttr{Files: []*os.File{nil, w, w}})
	w.Close()
	if err != nil {
		return "", err
	}
	out, _ := io.ReadAll(r)
	_, err = proc.Wait()
	return string(out), err
}

// lookTool finds a program in the usual places, or returns "". (Cells see
// an empty environment in this kernel, so $PATH alone is not enough.)
func lookTool(name string) string {
	for _, d := range append(filepath.SplitList(os.Getenv("PATH")), "/usr/local/bin", "/usr/bin", "/bin") {
		p := filepath.Join(d, name)
		if st, err := os.Stat(p); err == nil && !st.IsDir() && st.Mode()&0o111 != 0 {
			return p
		}
	}
	return ""
}

// lastLines returns the lines of out that start with one of prefixes.
func lastLines(out string, prefixes ...string) string {
	var keep []string
	for _, line := range strings.Split(out, "\n") {
		for _, p := range prefixes {
			if strings.HasPrefix(line, p) {
				keep = append(keep, line)
				break
			}
		}
	}
	return strings.Join(keep, "\n")
}

const brokenPool = `import os
from concurrent.futures import ProcessPoolExecutor

''' + EUCLID_PY + r'''
if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as pool:
        dying = pool.submit(os._exit, 3)
        rest = [pool.submit(gcd, (12, 18)) for _ in range(4)]
        for f in [dying] + rest:
            try:
                print("result:", f.result())
            except Exception as e:
                print("error: %s: %s" % (type(e).__name__, e))
        try:
            pool.submit(gcd, (4, 6))
        except Exception as e:
            print("submit afterwards: %s: %s" % (type(e).__name__, e))
`

// python runs a Python program, from a file or with -c, and returns its
// output; ok is false when python3 is not installed.
func python(src string, asFile bool) (out string, ok bool) {
	py := lookTool("python3")
	if py == "" {
		return "", false
	}
	if !asFile {
		out, _ = run(py, "-c", src)
		return out, true
	}
	dir, err := os.MkdirTemp("", "py")
	if err != nil {
		return err.Error(), true
	}
	defer os.RemoveAll(dir)
	script := filepath.Join(dir, "main.py")
	os.WriteFile(script, []byte(src), 0o644)
	out, _ = run(py, script)
	return out, true
}

out, ok := python(brokenPool, true)
if !ok {
	fmt.Println("python3 not found: nothing to compare with")
}
fmt.Println(lastLines(out, "result:", "error:", "submit afterwards:"))
'''
    ),
    md(
        """
The results of the gcd tasks that did not die may or may not survive in CPython, depending on
timing; the pool itself is broken either way.

### Tasks that never end

A task stuck in an endless loop cannot be interrupted in a goroutine. In a process pool,
`executor.WithTaskTimeout(d)` kills the worker of any task that runs longer than `d`:
"""
    ),
    code(
        """
func forever() int {
	for {
	}
}

pp = executor.NewProcessPool(1, executor.WithTaskTimeout(300*time.Millisecond))
stuck := pp.Submit(forever)
fine := pp.Submit(gcd, numbers[0])
pp.Close()
fmt.Println("stuck:", stuck.Err())
fmt.Println("the next task, on a fresh worker:")
fmt.Println(fine.Result())
"""
    ),
    md(
        """
## 6. `chunksize`

Each task of a `ProcessPool` costs a round trip through a pipe. For many cheap calls that cost
dominates; `executor.ChunkSize(n)` (Python's `chunksize`) sends `n` calls to a worker in one
message, and the worker runs them in one loop inside its interpreter. The comparison below maps a trivial function over 5,000 numbers with different chunk
sizes, on a process pool and on a thread pool (where a chunk saves the per-task bookkeeping).
"""
    ),
    code(
        """
func square(x int) int { return x * x }

func upTo(n int) []int {
	xs := make([]int, n)
	for i := range xs {
		xs[i] = i
	}
	return xs
}

xs := upTo(5000)
pp = executor.NewProcessPool(2)
pp.Map(square, []int{1, 2}) // start the workers before timing
tp = executor.NewThreadPool(2)
chunks := display.NewComparison("map(square, 5,000 numbers), 2 workers")
chunks.Time("ProcessPool, chunksize 1", func() { pp.Map(square, xs) })
chunks.Time("ProcessPool, chunksize 100", func() { pp.Map(square, xs, executor.ChunkSize(100)) })
chunks.Time("ProcessPool, chunksize 1000", func() { pp.Map(square, xs, executor.ChunkSize(1000)) })
chunks.Time("ThreadPool, chunksize 1", func() { tp.Map(square, xs) })
chunks.Time("ThreadPool, chunksize 100", func() { tp.Map(square, xs, executor.ChunkSize(100)) })
got, err := pp.Map(square, xs, executor.ChunkSize(100))
fmt.Println("same results with chunks:", len(got), err, got[4999])
pp.Close()
tp.Close()
chart(chunks)

"""
    ),
    code(
        """
fmt.Printf("On the process pool, chunks of 100 were %.0f× as fast as single calls.\\n",
	chunks.SpeedUp("ProcessPool, chunksize 100"))
"""
    ),
    md(
        """
## 7. What CPython cannot do: a notebook function in a process pool under *spawn*

A CPython worker started with *spawn* (the default on macOS and Windows) or *forkserver* (the
default on Linux from Python 3.14) is a fresh interpreter that finds the task's function by
importing the main module. A function defined in a notebook cell is in no importable module,
so the worker fails with `AttributeError: Can't get attribute 'gcd' on <module '__main__'
(built-in)>` and the pool breaks (`BrokenProcessPool`). Python's documentation says
so: the `__main__` module must be importable by worker subprocesses, and the examples do not
work in the interactive interpreter. Only *fork*, which copies the parent process, hides the
problem.

gofutures' workers always start fresh — Go cannot fork a running program — and still run
notebook functions, because the kernel sends them the notebook's declarations by value.
Types declared in cells work too:
"""
    ),
    code(
        """
type Point struct{ X, Y float64 }

func norm(p Point) float64 { return math.Sqrt(p.X*p.X + p.Y*p.Y) }

pp = executor.NewProcessPool(2)
lengths, err := pp.Map(norm, []Point{{3, 4}, {5, 12}, {8, 15}})
fmt.Println(lengths, err)
"""
    ),
    md(
        """
A function declared *after* the pool started reaches the workers before the first task that
needs it. What a worker prints shows up in the cell, prefixed with the worker's name:
"""
    ),
    code(
        """
func whereAmI(label string) int {
	fmt.Println(label, "runs in process", os.Getpid())
	return os.Getpid()
}
"""
    ),
    code(
        """
workerPid, err := pp.Submit(whereAmI, "a function declared in a cell").Result()
pp.Close()
fmt.Println("the notebook's interpreter is process", os.Getpid(), "- the worker was", workerPid, err)
"""
    ),
    md(
        """
And the same in CPython with the *spawn* start method, with the function defined in the main
module of a program given as a string (`python3 -c`), as a notebook's functions are:
"""
    ),
    code(
        r'''
const spawnNotebook = `import multiprocessing
from concurrent.futures import ProcessPoolExecutor

''' + EUCLID_PY + r'''
multiprocessing.set_start_method("spawn")
with ProcessPoolExecutor(max_workers=2) as pool:
    try:
        print(list(pool.map(gcd, [(12, 18), (4, 6)])))
    except Exception as e:
        print("%s: %s" % (type(e).__name__, e))
`

out, ok = python(spawnNotebook, false)
if !ok {
	fmt.Println("python3 not found: nothing to compare with")
}
fmt.Println(lastLines(out, "AttributeError", "BrokenProcessPool", "["))

'''
    ),
    md(
        """
## 8. Initializers and fresh workers

`executor.WithProcessInitializer(fn, args...)` runs `fn` in every worker process when it
starts (Python's `initializer`, `initargs`), and `executor.WithMaxTasksPerChild(n)` replaces a
worker after `n` tasks (Python's `max_tasks_per_child`). The process ids show the replacements.
(The kernel passes notebook functions by name to `Submit`, `Map` and `MapIter`; for the
initializer, name it with `executor.Named`.)
"""
    ),
    code(
        """
func setUp(label string) {
	fmt.Println("initializer:", label, "in process", os.Getpid())
}

func pid(task int) int { return os.Getpid() }


pp = executor.NewProcessPool(1,
	executor.WithProcessInitializer(executor.Named("setUp", setUp), "ready"),
	executor.WithMaxTasksPerChild(2))
pids, err := pp.Map(pid, []int{1, 2, 3, 4, 5})
pp.Close()
fmt.Println("process of each task:", pids, err)
"""
    ),
    md(
        """
## Summary

| Python `concurrent.futures` | Go `executor` | shown in |
|---|---|---|
| `future.cancel()`, `shutdown(cancel_futures=True)` | `f.Cancel()`, `pool.Shutdown(true, true)` | 1 |
| — (a running task cannot be stopped) | `pool.Terminate(f)`, `WithTaskTimeout(d)` on a `ProcessPool` | 1, 5 |
| `future.add_done_callback(fn)` | `f.AddDoneCallback(fn)` | 2 |
| exception in `fn`, `future.exception()` | returned error or panic (`*PanicError`), `f.Err()` | 3 |
| `wait(fs, return_when=FIRST_EXCEPTION)` | `executor.Wait(fs, executor.FirstException)` | 4 |
| a dead worker: `BrokenProcessPool` | a dead worker: `*WorkerError` for its task only | 5 |
| `map(fn, xs, chunksize=n)` | `pool.Map(fn, xs, executor.ChunkSize(n))` | 6 |
| notebook functions fail under *spawn* | notebook functions and types run in fresh workers | 7 |
| `initializer`, `initargs`, `max_tasks_per_child` | `WithProcessInitializer`, `WithMaxTasksPerChild` | 8 |
"""
    ),
]
