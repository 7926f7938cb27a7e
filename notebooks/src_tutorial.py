"""Cells of 01-concurrent-futures (English and Chinese); see build.py."""
from build import GCD_GO, SEED_URL, code, md

TUTORIAL = [
    md(
        en=f"""
# `concurrent.futures` in Go: the gcd tutorial, step by step

This notebook retells, cell by cell, a Chinese tutorial on Python's `concurrent.futures`
([original]({SEED_URL})) in Go, with the `executor` package of gofutures:
the same `gcd` function, the same six pairs of numbers, the same steps —
serial, a thread pool, a process pool, `map`, `submit`, future states,
`as_completed` and `wait`.

**About the numbers.** Every duration printed below is measured when the notebook runs,
on the machine that runs it. The tutorial's Python durations (2.507 s serial, 2.840 s with
threads, 1.861 s with processes, on two cores) are quoted *from the tutorial*: Python 2 on
the author's machine, years ago. They show the *shape* of Python's result (threads no faster,
processes faster), not a speed to compare with ours. Section 5 measures compiled Go and
CPython on this machine, when they are installed, for a fair comparison.

**The tutorial's premise** is CPython's global interpreter lock (GIL): only one thread runs
Python code at a time, so threads do not help CPU-bound work, and `ProcessPoolExecutor`
runs several interpreters in separate processes instead. Go has no GIL: goroutines run on
every core. The cells of this notebook are interpreted by [yaegi](https://github.com/traefik/yaegi),
and interpreted goroutines run in parallel too. A process pool's workers, by default, are not
interpreted: the kernel compiles the notebook's declarations into a program and runs that
(section 4).
""",
    ),
    code(
        """
import (
	"encoding/base64"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"time"

	"github.com/gofutures/gofutures/display"
	"github.com/gofutures/gofutures/executor"
)
"""
    ),
    code(
        """
// chart shows a chart (a timing comparison or a worker timeline) as SVG,
// and also as HTML that embeds the same SVG as an image, because the
// nbconvert 6.5 of Debian strips the insides of SVG outputs when it
// renders a notebook as HTML (jupyter/nbconvert#1894).
func chart(c display.SVGer) display.Bundle {
	svg := c.SVG()
	img := `<img alt="chart" src="data:image/svg+xml;base64,` + base64.StdEncoding.EncodeToString([]byte(svg)) + `">`
	return display.MIME(map[string]any{"image/svg+xml": svg, "text/html": img, "text/plain": fmt.Sprint(c)})
}

// loadAverage returns the 1-minute load average (Linux), or -1.
func loadAverage() float64 {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return -1
	}
	f, err := strconv.ParseFloat(strings.Fields(string(b))[0], 64)
	if err != nil {
		return -1
	}
	return f
}

fmt.Printf("This machine has %d CPU cores; the tutorial's had 2. The pools below use 2 workers, as the tutorial does.\\n", runtime.NumCPU())
if loadAverage() >= 0 {
	fmt.Printf("Load average over the last minute: %.2f (how many processes wanted a core, on average).\\n", loadAverage())
}
"""
    ),
    md(
        en="""
## 1. The work: the greatest common divisor of six pairs

The tutorial's `gcd` is deliberately slow: it counts down from the smaller number until it
finds a common divisor — about two million steps per pair, pure CPU work. Python passes each
pair as a tuple; in Go a pair is a `[2]int` (an array, which later travels to worker processes
in a compact binary encoding).
"""
    ),
    code("\n" + GCD_GO),
    md(
        en="""
## 2. Serial: `list(map(gcd, numbers))`

A plain loop on one core. `display.NewComparison` collects the durations of each variant and
draws them as a bar chart with speed-ups; `cmp.Time` runs a function five times and keeps the
median, so one disturbance on a busy machine does not decide the result.
"""
    ),
    code(
        """
func gcdAll(pairs [][2]int) []int {
	out := make([]int, 0, len(pairs))
	for _, p := range pairs {
		out = append(out, gcd(p))
	}
	return out
}

cmp := display.NewComparison("gcd of six pairs, 2 workers (measured in this notebook)")
cmp.Runs = 5
var serialResults []int
serial := cmp.Time("serial", func() { serialResults = gcdAll(numbers) })
fmt.Printf("Took %.3f seconds.\\n", serial.Seconds())
fmt.Println("results:", serialResults)
"""
    ),
    md(
        en="""
## 3. A thread pool with 2 workers: `ThreadPoolExecutor(max_workers=2)`

`executor.NewThreadPool(2)` is a pool of at most two goroutines. `pool.Map(gcd, numbers)`
returns the results in input order, as `[]any`, with the first error.

In the tutorial the thread pool was *slower* than the plain loop (2.840 s against 2.507 s,
the tutorial's numbers): with the GIL, two threads take turns on one core and pay for the
switching. Go has no GIL, so with two free cores the two workers run at the same time.
"""
    ),
    code(
        """
var threadResults []any
threads := cmp.Time("ThreadPool(2)", func() {
	pool := executor.NewThreadPool(2)
	defer pool.Close()
	res, err := pool.Map(gcd, numbers)
	if err != nil {
		panic(err)
	}
	threadResults = res
})
fmt.Printf("Took %.3f seconds.\\n", threads.Seconds())
fmt.Println("results:", threadResults)
fmt.Printf("The thread pool ran %.2f× as fast as the serial loop.\\n", cmp.SpeedUp("ThreadPool(2)"))
"""
    ),
    md(
        en="""
Two workers can at best halve the time, and these six tasks are of unequal length: a task's
time is about proportional to its loop count, the smaller number of its pair. The cell below
computes from the loop counts alone two figures: the speed-up of the best split of the six
tasks between two workers, and that of the split a pool makes by handing the tasks out in
order, each to the first free worker. Real task times differ from the loop counts by a few
percent, which can change which worker takes which task, so on a quiet machine the measured
speed-up lands near these figures, a little above or below (timing noise can even push it
slightly past 2×). On a busy machine (see the load
average printed by the first cell) the other programs take their share of the cores, and the
thread pool gains less, or nothing.
"""
    ),
    code(
        """
// loopCounts is the number of steps of gcd for each pair: the smaller number.
func loopCounts(pairs [][2]int) []int {
	counts := make([]int, len(pairs))
	for i, p := range pairs {
		counts[i] = p[0]
		if p[1] < counts[i] {
			counts[i] = p[1]
		}
	}
	return counts
}

// bestSplit is the speed-up of the best split of the tasks between two workers.
func bestSplit(counts []int) float64 {
	total := 0
	for _, c := range counts {
		total += c
	}
	best := total
	for mask := 0; mask < 1<<len(counts); mask++ {
		one := 0
		for i, c := range counts {
			if mask&(1<<i) != 0 {
				one += c
			}
		}
		longer := one
		if total-one > longer {
			longer = total - one
		}
		if longer < best {
			best = longer
		}
	}
	return float64(total) / float64(best)
}

// inOrder is the speed-up when the tasks go, in order, to the first free worker.
func inOrder(counts []int, workers int) float64 {
	free := make([]int, workers) // when each worker is free, in loop steps
	total, end := 0, 0
	for _, c := range counts {
		total += c
		w := 0
		for i := range free {
			if free[i] < free[w] {
				w = i
			}
		}
		free[w] += c
		if free[w] > end {
			end = free[w]
		}
	}
	return float64(total) / float64(end)
}

fmt.Printf("From the loop counts: best split %.2f×, handed out in order %.2f×; measured: %.2f×.\\n",
	bestSplit(loopCounts(numbers)), inOrder(loopCounts(numbers), 2), cmp.SpeedUp("ThreadPool(2)"))
"""
    ),
    md(
        en="""
## 4. A process pool with 2 workers: `ProcessPoolExecutor(max_workers=2)`

`executor.NewProcessPool(2)` starts two worker processes. Go cannot `fork` a running program,
so, like CPython's *spawn* start method, every worker is a fresh process. It gets the
notebook's functions in one of two ways:

* **Compiled workers**, the default. The kernel writes the notebook's declarations (`gcd`,
  `numbers`, ...) as a Go program and builds it with the go command, in the background, as soon
  as a cell changes the declarations. The build is cached by content: a new pool, or a restarted
  kernel, with the same declarations does not build again. The workers run that program, so a
  task runs at the speed of compiled Go. A pool whose first task finds the build unfinished
  waits for it, and the cell shows the progress if that takes more than a second. Where the
  declarations do not build as a program, the pool says why in one line and uses interpreted
  workers instead.
* **Interpreted workers**, with `executor.WithCompiledWorkers(false)` (or, for every pool,
  `GOFUTURES_POOL_WORKERS=interpreted` in the kernel's environment). Each worker is a new yaegi
  interpreter that first replays the notebook's declarations, and runs tasks at the speed of
  the cells.

Either way the kernel sees that `gcd` is a function declared in a cell and passes it by name,
as `executor.Named("gcd", gcd)`; arguments and results travel in a binary encoding. Section 10
tells the whole journey of a task.

The next cell first waits until the compiled program is ready: its build is not part of the
pools' timings, just as compiling a Go program is not part of its run time. Then it measures
both kinds of pool, each time including starting the pool, as in the tutorial.
"""
    ),
    code(
        """
// The kernel started building the workers' program when the cells above
// declared their functions: wait for it, so that the timings below are
// the pools' own.
ready := time.Now()
warmUp := executor.NewProcessPool(1)
warmUp.Submit(gcd, [2]int{4, 6}).Result()
warmUp.Close()
fmt.Printf("The compiled workers' program was ready after %v.\\n", time.Since(ready).Round(time.Millisecond))

var compiledResults, interpretedResults []any
processes := cmp.Time("ProcessPool(2), compiled workers", func() {
	pool := executor.NewProcessPool(2)
	defer pool.Close()
	res, err := pool.Map(gcd, numbers)
	if err != nil {
		panic(err)
	}
	compiledResults = res
})
interpreted := cmp.Time("ProcessPool(2), interpreted workers", func() {
	pool := executor.NewProcessPool(2, executor.WithCompiledWorkers(false))
	defer pool.Close()
	res, err := pool.Map(gcd, numbers)
	if err != nil {
		panic(err)
	}
	interpretedResults = res
})
fmt.Printf("Compiled workers took %.3f seconds; results: %v\\n", processes.Seconds(), compiledResults)
fmt.Printf("Interpreted workers took %.3f seconds; results: %v\\n", interpreted.Seconds(), interpretedResults)
fmt.Printf("Against the serial loop: compiled workers %.1f×, interpreted workers %.2f×.\\n",
	cmp.SpeedUp("ProcessPool(2), compiled workers"), cmp.SpeedUp("ProcessPool(2), interpreted workers"))
chart(cmp)
"""
    ),
    md(
        en="""
What does a process pool cost? The next cell measures the prices separately, for both kinds of
workers: starting a pool until its first result (two processes), and one round trip of a
trivial task once the workers run (encode the argument, send it down a pipe, call, encode the
result, send it back, decode). It also declares a function, `echo`, and so changes the
compiled workers' program: the first pool it starts waits for the kernel to build the new one
(unless the cache has it from an earlier run), which shows the third price, paid once per
version of the declarations.
"""
    ),
    code(
        """
func echo(x int) int { return x }

func roundTrip(pool executor.Executor, n int) time.Duration {
	start := time.Now()
	for i := 0; i < n; i++ {
		if _, err := pool.Submit(echo, i).Result(); err != nil {
			panic(err)
		}
	}
	return time.Since(start) / time.Duration(n)
}

// startUp starts a ProcessPool(2) and returns it with the time it took
// until its first result.
func startUp(opts ...executor.ProcessOption) (*executor.ProcessPool, time.Duration) {
	start := time.Now()
	pool := executor.NewProcessPool(2, opts...)
	pool.Submit(echo, 0).Result()
	return pool, time.Since(start)
}

first, withBuild := startUp() // waits for the program that has echo
first.Close()
cp, compiledStart := startUp()
compiledTrip := roundTrip(cp, 200)
cp.Close()
ip, interpretedStart := startUp(executor.WithCompiledWorkers(false))
interpretedTrip := roundTrip(ip, 200)
ip.Close()
tp := executor.NewThreadPool(2)
threadTrip := roundTrip(tp, 200)
tp.Close()
perTask := serial / time.Duration(len(numbers))

fmt.Printf("compiled workers:    first pool after declaring echo (any wait for its build included): %v\\n", withBuild.Round(time.Millisecond))
fmt.Printf("compiled workers:    ProcessPool(2) started and returned its first result in %v\\n", compiledStart.Round(100*time.Microsecond))
fmt.Printf("compiled workers:    one round trip of a trivial task: %v\\n", compiledTrip.Round(100*time.Nanosecond))
fmt.Printf("interpreted workers: ProcessPool(2) started and returned its first result in %v\\n", interpretedStart.Round(100*time.Microsecond))
fmt.Printf("interpreted workers: one round trip of a trivial task: %v\\n", interpretedTrip.Round(100*time.Nanosecond))
fmt.Printf("ThreadPool(2):       one round trip of a trivial task: %v\\n", threadTrip.Round(100*time.Nanosecond))
fmt.Printf("One gcd task in this interpreter: about %v, i.e. %.0f round trips of an interpreted worker.\\n",
	perTask.Round(time.Millisecond), float64(perTask)/float64(interpretedTrip))
"""
    ),
    md(
        en="""
So a process pool pays once to start and a little per task (a pipe round trip, and the encoding
on both sides), and compiled workers also pay for a build once per version of the declarations,
which the kernel starts in the background and caches. Compiled workers start faster: they are
ordinary programs, while an interpreted worker first loads its interpreter and replays the
notebook's declarations. What matters more is what a worker does with a task. A compiled
worker runs `gcd` at the speed of compiled Go, many times faster than the interpreter that runs
the cells and the `ThreadPool`'s goroutines; an interpreted worker runs it at the interpreter's
speed, and two of them gain no more than the second core gives. In this kernel, then, the
`ProcessPool` is the fast way to run a CPU-bound function declared in a cell. It has a second
advantage that has nothing to do with speed: a worker process is *isolated*. A task that crashes
its process, leaks memory or never ends can be killed without harming the notebook (see the
second notebook).

## 5. Why the numbers look like this: interpreted Go, compiled Go and CPython

The cells of this notebook are *interpreted*. yaegi walks a tree of instructions for every
step of the `gcd` loop, so it runs the loop many times slower than compiled Go — in the
project's own measurements about 25 times, and at about the speed of CPython (within a factor
of two either way). The serial loop, the `ThreadPool` and the interpreted workers run this
interpreted loop; the compiled workers run a compiled one. The next cell measures this on this
machine, if the tools are installed: it compiles the same `gcd` with `go run` (serial, then two
goroutines), and runs the tutorial's own Python program with `python3` (serial,
`ThreadPoolExecutor(2)`, `ProcessPoolExecutor(2)`). Each program reports its median of three
runs. If a tool is missing, its rows are left out.
"""
    ),
    code(
        r'''
const compiledGCD = `package main

import (
	"fmt"
	"sort"
	"sync"
	"time"
)

''' + GCD_GO + r'''
func median(f func()) float64 {
	var ds []float64
	for r := 0; r < 3; r++ {
		start := time.Now()
		f()
		ds = append(ds, time.Since(start).Seconds())
	}
	sort.Float64s(ds)
	return ds[1]
}

func main() {
	fmt.Println("serial", median(func() {
		for _, p := range numbers {
			gcd(p)
		}
	}))
	fmt.Println("goroutines", median(func() {
		work := make(chan [2]int)
		var wg sync.WaitGroup
		for w := 0; w < 2; w++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for p := range work {
					gcd(p)
				}
			}()
		}
		for _, p := range numbers {
			work <- p
		}
		close(work)
		wg.Wait()
	}))
}
`

const seedPython = `import statistics, time
from concurrent.futures import ThreadPoolExecutor, ProcessPoolExecutor

def gcd(pair):
    a, b = pair
    low = min(a, b)
    for i in range(low, 0, -1):
        if a % i == 0 and b % i == 0:
            return i

numbers = [
    (1963309, 2265973), (1879675, 2493670), (2030677, 3814172),
    (1551645, 2229620), (1988912, 4736670), (2198964, 7876293)
]

def median(f):
    ds = []
    for _ in range(3):
        start = time.time()
        f()
        ds.append(time.time() - start)
    return statistics.median(ds)

def pooled(cls):
    def run():
        with cls(max_workers=2) as pool:
            list(pool.map(gcd, numbers))
    return run

if __name__ == "__main__":
    print("serial", median(lambda: list(map(gcd, numbers))))
    print("threads", median(pooled(ThreadPoolExecutor)))
    print("processes", median(pooled(ProcessPoolExecutor)))
`

// run starts a program and returns what it printed. (The kernel does not
// offer os/exec to cells; os.StartProcess does the same job here.)
func run(path string, args ...string) (string, error) {
	r, w, err := os.Pipe()
	if err != nil {
		return "", err
	}
	defer r.Close()
	proc, err := os.StartProcess(path, append([]string{path}, args...), &os.ProcAttr{Files: []*os.File{nil, w, os.Stderr}})
	w.Close()
	if err != nil {
		return "", err
	}
	out, _ := io.ReadAll(r)
	state, err := proc.Wait()
	if err == nil && !state.Success() {
		err = fmt.Errorf("%s: %v", filepath.Base(path), state)
	}
	return string(out), err
}

// runTimings runs a program that prints "name seconds" lines.
func runTimings(path string, args ...string) (map[string]time.Duration, error) {
	out, err := run(path, args...)
	if err != nil {
		return nil, err
	}
	ds := map[string]time.Duration{}
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		f := strings.Fields(line)
		if len(f) != 2 {
			continue
		}
		s, err := strconv.ParseFloat(f[1], 64)
		if err == nil {
			ds[f[0]] = time.Duration(s * float64(time.Second))
		}
	}
	return ds, nil
}

// lookTool finds a program in the usual places, or returns "". (Cells see
// an empty environment in this kernel, so $PATH alone is not enough.)
func lookTool(name string) string {
	dirs := append(filepath.SplitList(os.Getenv("PATH")), "/usr/local/go/bin", "/usr/local/bin", "/usr/bin", "/bin")
	if name == "go" {
		dirs = append(dirs, filepath.Join(runtime.GOROOT(), "bin"))
	}
	for _, d := range dirs {
		p := filepath.Join(d, name)
		if st, err := os.Stat(p); err == nil && !st.IsDir() && st.Mode()&0o111 != 0 {
			return p
		}
	}
	return ""
}

// timeElsewhere runs a program with a tool found on this machine and
// returns its timings, or nil when the tool is missing or fails.
func timeElsewhere(tool string, args ...string) map[string]time.Duration {
	path := lookTool(tool)
	if path == "" {
		fmt.Println(tool, "not found: left out")
		return nil
	}
	ds, err := runTimings(path, args...)
	if err != nil {
		fmt.Println(tool, "left out:", err)
		return nil
	}
	return ds
}

dir, _ := os.MkdirTemp("", "gcd")
os.WriteFile(filepath.Join(dir, "gcd.go"), []byte(compiledGCD), 0o644)
os.WriteFile(filepath.Join(dir, "gcd.py"), []byte(seedPython), 0o644)
compiled := timeElsewhere("go", "run", filepath.Join(dir, "gcd.go"))
cpython := timeElsewhere("python3", filepath.Join(dir, "gcd.py"))
os.RemoveAll(dir)

everywhere := display.NewComparison("gcd of six pairs: interpreted Go, compiled Go and CPython on this machine")
everywhere.Add("yaegi, serial", serial)
everywhere.Add("yaegi, ThreadPool(2)", threads)
everywhere.Add("yaegi workers, ProcessPool(2)", interpreted)
everywhere.Add("compiled workers, ProcessPool(2)", processes)
if compiled != nil {
	everywhere.Add("compiled Go, serial", compiled["serial"])
	everywhere.Add("compiled Go, 2 goroutines", compiled["goroutines"])
}
if cpython != nil {
	everywhere.Add("CPython, serial", cpython["serial"])
	everywhere.Add("CPython, ThreadPoolExecutor(2)", cpython["threads"])
	everywhere.Add("CPython, ProcessPoolExecutor(2)", cpython["processes"])
}
chart(everywhere)
'''
    ),
    code(
        """
// ratio is how many times faster b ran than a.
func ratio(a, b time.Duration) float64 { return float64(a) / float64(b) }

if compiled != nil {
	fmt.Printf("Compiled Go ran the gcd loop %.0f× as fast as yaegi.\\n", ratio(serial, compiled["serial"]))
	fmt.Printf("ProcessPool(2) with compiled workers took %.2f× the time of compiled Go on two goroutines (start-up and round trips included).\\n",
		ratio(processes, compiled["goroutines"]))
}
if cpython != nil {
	if serial > cpython["serial"] {
		fmt.Printf("CPython ran the loop %.2f× as fast as yaegi.\\n", ratio(serial, cpython["serial"]))
	} else {
		fmt.Printf("yaegi ran the loop %.2f× as fast as CPython.\\n", ratio(cpython["serial"], serial))
	}
	fmt.Printf("Two threads:   CPython %.2f× its serial speed (the GIL), yaegi %.2f×.\\n",
		ratio(cpython["serial"], cpython["threads"]), ratio(serial, threads))
	fmt.Printf("Two processes: CPython %.2f× its serial speed, yaegi's interpreted workers %.2f×.\\n",
		ratio(cpython["serial"], cpython["processes"]), ratio(serial, interpreted))
	fmt.Printf("ProcessPool(2) with compiled workers ran %.1f× as fast as CPython's ProcessPoolExecutor(2).\\n",
		ratio(cpython["processes"], processes))
}

"""
    ),
    md(
        en="""
What to read in these numbers, whatever they are on your machine:

* **Compiled Go** is in another league for this loop. A notebook gets that speed from a
  `ProcessPool`, whose workers run the cells' functions compiled, or from a `%%compile` cell or
  a package it imports; adding interpreted workers does not get there.
* **Interpreted Go and CPython** are of the same order on this loop: both interpret it.
* **Threads**: CPython's thread pool gains nothing (the GIL); the goroutine pool gains close to
  the number of free cores, because yaegi's goroutines run in parallel — but each of them runs
  the interpreted loop.
* **Processes**: with two free cores, CPython's process pool and the interpreted workers gain
  from the second core, minus the start-up cost. The compiled workers run the loop compiled as
  well, so the pool takes a small fraction of CPython's time: close to compiled Go on two
  goroutines, plus the pool's start-up and round trips.

If a figure above contradicts this, the machine was busy while that cell ran (the load average
of the first cell gives an idea): run the cells again.

## 6. `map`: ordered results, and `with` as `defer pool.Close()`

The tutorial's next program puts the pool in a `with` block, so that `shutdown(wait=True)`
runs when the block ends, and prints the results: `[1, 5, 1, 5, 2, 3]`. Go's `with` is
`defer`: `defer pool.Close()` runs `Shutdown(true, false)` when the function returns, also when
it returns by a panic. The results come back in the order of `numbers`, whatever order the
tasks finish in.

This cell declares a function, so the compiled workers' program changes: the pool's first task
waits until the kernel has built the new one (unless the cache has it from an earlier run), and
the time printed includes any such wait. That is why section 4 waited for the build before timing.
"""
    ),
    code(
        """
func gcdsWithMap() ([]any, error) {
	pool := executor.NewProcessPool(2)
	defer pool.Close() // with ProcessPoolExecutor(max_workers=2) as pool:
	return pool.Map(gcd, numbers)
}

start := time.Now()
results, err := gcdsWithMap()
took := time.Since(start)
fmt.Println("results:", results, "error:", err)
fmt.Printf("Took %.3f seconds, including any wait for the workers' new program.\\n", took.Seconds())
"""
    ),
    md(
        en="""
## 7. `submit` and futures

`pool.Submit(gcd, pair)` schedules one call and returns at once with a `*executor.Future`;
`f.Result()` waits for it and returns the value and the error. The tutorial collects the futures
in a list and then asks each for its result, in order. (As in section 6, the cell declares
functions, and the time includes any wait for the new program.)
"""
    ),
    code(
        """
func submitAll(pool executor.Executor, pairs [][2]int) []*executor.Future {
	futures := make([]*executor.Future, 0, len(pairs))
	for _, pair := range pairs {
		futures = append(futures, pool.Submit(gcd, pair))
	}
	return futures
}

func resultsOf(futures []*executor.Future) []any {
	out := make([]any, 0, len(futures))
	for _, f := range futures {
		v, err := f.Result()
		if err != nil {
			v = err
		}
		out = append(out, v)
	}
	return out
}

func gcdsWithSubmit() []any {
	pool := executor.NewProcessPool(2)
	defer pool.Close()
	return resultsOf(submitAll(pool, numbers))
}

start = time.Now()
submitted := gcdsWithSubmit()
took = time.Since(start)
fmt.Println("results:", submitted)
fmt.Printf("Took %.3f seconds, including any wait for the workers' new program.\\n", took.Seconds())
"""
    ),
    md(
        en="""
## 8. Future states, live: `running()`, `done()` and `as_completed(futures, timeout=2)`

The tutorial prints `running()` and `done()` of every future right after submitting, then
iterates `as_completed(futures, timeout=2)`, which yields each future as it finishes and raises
`TimeoutError` if two seconds pass first, and prints the states again. In Go: `f.Running()`,
`f.IsDone()`, and `executor.AsCompleted(futures, executor.Timeout(2*time.Second))`, an iterator
whose `All()` a `for ... range` loop takes (it can also be used like `bufio.Scanner`, with
`it.Next()`); running out of time ends the loop and `it.Err()` returns a
`*executor.TimeoutError`.

Here the pool also reports to a live table of tasks (`display.NewTaskTable`, installed with
`executor.WithProcessObserver`), which updates in place while the tasks run. Before submitting,
`startedPool` waits for both workers to be up, by running one `slowEcho` task (a 50 ms sleep)
per worker — tasks 1 and 2 in the table — so that the states show the gcd tasks, not the
start-up. Its pools have interpreted workers (`executor.WithCompiledWorkers(false)`): compiled
workers finish the six gcd tasks within a few milliseconds, before the states are printed, and
there would be nothing to watch.
"""
    ),
    code(
        """
func printStates(futures []*executor.Future) {
	for _, f := range futures {
		fmt.Printf("«state»\\n", f.Running(), f.IsDone())
	}
}

func slowEcho(x int) int {
	time.Sleep(50 * time.Millisecond)
	return x
}

func startedPool(title string) (*executor.ProcessPool, *display.TaskTable) {
	table := display.NewTaskTable(title)
	pool := executor.NewProcessPool(2, executor.WithCompiledWorkers(false), executor.WithProcessObserver(table))
	// One slow echo per worker: both processes are up when this returns.
	pool.Map(slowEcho, []int{1, 2})
	return pool, table
}
"""
    ),
    code(
        """
pool, table := startedPool("gcd on ProcessPool(2): as_completed")
futures := submitAll(pool, numbers)
time.Sleep(20 * time.Millisecond) // let the workers pick up their first tasks
printStates(futures)
fmt.Println("«divider»")
it := executor.AsCompleted(futures, executor.Timeout(2*time.Second))
for f := range it.All() {
	printStates([]*executor.Future{f})
}
if it.Err() != nil {
	fmt.Println(it.Err())
}
pool.Close()
table.Close() // show the table's final state now
fmt.Println("results:", resultsOf(futures))
"""
    ),
    md(
        en="""
The tutorial shows four futures running with two workers: CPython marks a future as running when
it moves the call into the queue that feeds the worker processes, which holds a few more calls
than there are workers. This pool marks a future as running when a worker process takes it,
so at most two are running at once. The cell waited 20 ms after submitting before printing;
printed at once, the states would often show all six futures still pending, because the
workers had not yet taken them.

The worker timeline draws the same run: one row per worker process, one bar per task.
"""
    ),
    code(
        """
chart(table.Log().Timeline("as_completed on ProcessPool(2): one row per worker process"))
"""
    ),
    md(
        en="""
Had the tasks needed more than the timeout, the loop would have ended early with a
`*executor.TimeoutError` — as with a 100 ms timeout here (the running tasks go on; `Close` waits
for them):
"""
    ),
    code(
        """
pool, table = startedPool("as_completed with a 100 ms timeout")
futures = submitAll(pool, numbers)
it = executor.AsCompleted(futures, executor.Timeout(100*time.Millisecond))
n := 0
for it.Next() {
	n++
}
pool.Close()
table.Close()
fmt.Printf("%d futures completed within the timeout; error: %v\\n", n, it.Err())
"""
    ),
    md(
        en="""
## 9. `wait`: `ALL_COMPLETED`, `FIRST_COMPLETED`, `FIRST_EXCEPTION`

`wait(futures, timeout, return_when)` returns two sets: the futures done and those not done.
In Go, `executor.Wait(futures, executor.AllCompleted, executor.Timeout(10*time.Second))` returns
two slices, in input order. Running out of time is not an error: check `len(notDone)`.

**`ALL_COMPLETED`** waits for every future:
"""
    ),
    code(
        """
pool, table = startedPool("wait(ALL_COMPLETED)")
futures = submitAll(pool, numbers)
time.Sleep(20 * time.Millisecond)
printStates(futures)
fmt.Println("«divider»")
done, notDone := executor.Wait(futures, executor.AllCompleted, executor.Timeout(10*time.Second))
for _, f := range done {
	printStates([]*executor.Future{f})
	fmt.Println(f.Result())
}
pool.Close()
table.Close()
fmt.Printf("done: %d, not done: %d\\n", len(done), len(notDone))
"""
    ),
    md(
        en="""
**`FIRST_COMPLETED`** returns as soon as any future is done, with all those done by then
(the tutorial's run happened to return two). The other tasks keep running. Here the futures
not yet started are cancelled, and `Close` waits for the running ones; the live table shows
which tasks were cancelled, and the timeline the tasks that ran.

"""
    ),
    code(
        """
pool, table = startedPool("wait(FIRST_COMPLETED), then cancel the rest")
futures = submitAll(pool, numbers)
time.Sleep(20 * time.Millisecond)
printStates(futures)
fmt.Println("«divider»")
done, notDone = executor.Wait(futures, executor.FirstCompleted, executor.Timeout(10*time.Second))
printStates(done)
cancelled := 0
for _, f := range notDone {
	if f.Cancel() {
		cancelled++
	}
}
fmt.Printf("done: %d, not done: %d, of which cancelled before they started: %d\\n", len(done), len(notDone), cancelled)
pool.Close()
table.Close()
chart(table.Log().Timeline("wait(FIRST_COMPLETED): the cancelled tasks never ran"))
"""
    ),
    md(
        en="""
**`FIRST_EXCEPTION`** returns when any future finishes with an error, or else when all are
done. None of the gcd tasks fails, so here it waits for all six, like `ALL_COMPLETED`; the
second notebook makes a task fail.
"""
    ),
    code(
        """
pool, table = startedPool("wait(FIRST_EXCEPTION)")
futures = submitAll(pool, numbers)
done, notDone = executor.Wait(futures, executor.FirstException, executor.Timeout(10*time.Second))
printStates(done)
fmt.Printf("done: %d, not done: %d\\n", len(done), len(notDone))
pool.Close()
table.Close()
fmt.Println("results:", resultsOf(futures))

"""
    ),
    md(
        en="""
## 10. What the process pool does, step by step

The tutorial lists ten steps `ProcessPoolExecutor` takes for `pool.map(gcd, numbers)`.
Here they are for `executor.ProcessPool` in this kernel, with compiled workers:

| | CPython `ProcessPoolExecutor` (from the tutorial) | `executor.ProcessPool` in the gofutures kernel |
|---|---|---|
| 1 | each item of `numbers` is handed to `map` | `Map` checks every call against `gcd`'s parameters first (a wrong type is a `*executor.CallError` before anything runs), then queues one task per item (or per chunk, with `executor.ChunkSize(n)`) |
| 2 | the data is serialized with `pickle` | the arguments are encoded in a binary encoding that follows their type, exactly (floats bit for bit, integers at full width, nil apart from empty); a channel or a closure cannot be sent, and says so |
| 3 | the bytes go over a local socket to a child process | each worker process has its own pipes: requests on one, replies on another; what a worker prints comes back on its stdout and stderr, prefixed with its name |
| 4 | the child unpickles the data into Python objects | the worker decodes the bytes into the types of `gcd`'s parameters (`[2]int`) |
| 5 | the child imports the module that contains `gcd` | the worker *is* the notebook, compiled: the kernel wrote the cells' declarations (imports, types, functions, constants, and the variables that functions use) as the files of a Go program, each with a `//line` directive naming its cell, and an `init` that registers each function and variable by name (`executor.Register`, `executor.RegisterVar`) and makes the program serve as a worker; it built the program with the go command and cached it. `gcd` travels by name, because the kernel rewrote `pool.Map(gcd, numbers)` to pass `executor.Named("gcd", gcd)`, and the worker finds it in that registry. A task also carries the current values of the package-level variables its function uses, when they changed since the worker last got them. After a cell changes the declarations, the pool replaces a worker of the older program before its next task |
| 6 | the children compute in parallel | each worker process runs one task at a time, compiled, in parallel with the others (a chunk of `Map` runs as one loop inside the worker) |
| 7 | the result is pickled into bytes | the result is encoded the same way; an error travels as its text (and still matches the notebook's sentinel errors with `errors.Is`), a panic as its value and stack, which names cell lines, like `Cell In[3], line 7, in gcd` |
| 8 | the bytes are copied back over the socket | the reply goes back on the worker's reply pipe |
| 9 | the parent unpickles the bytes | the pool decodes the reply into `gcd`'s result type, so an `int` comes back as an `int` |
| 10 | the results are merged into a list for the caller | the task's future is completed; `Map` yields the results in input order |

Interpreted workers differ in steps 5 and 6 only: the kernel sends each worker the source of
the declarations, its interpreter evaluates them, and it runs the tasks at the interpreter's
speed.

Two differences from CPython matter in practice. Workers start fresh, like CPython's *spawn*:
nothing of the parent's memory is inherited; all they have of the notebook is its declarations
and, with each task, the current values of the package-level variables the task's function uses
— other values computed by statements (like `results` above) are not there. And a worker that
dies fails only its own task: the pool starts a replacement, where CPython's pool breaks.

## Summary

All durations of this notebook, measured while it ran:
"""
    ),
    code(
        """
chart(cmp)
"""
    ),

    code(
        """
fmt.Printf("ThreadPool(2):                      %.2f× the speed of the serial loop\\n", cmp.SpeedUp("ThreadPool(2)"))
fmt.Printf("ProcessPool(2), compiled workers:    %.2f× (start-up included)\\n", cmp.SpeedUp("ProcessPool(2), compiled workers"))
fmt.Printf("ProcessPool(2), interpreted workers: %.2f× (start-up included)\\n", cmp.SpeedUp("ProcessPool(2), interpreted workers"))
fmt.Printf("from the loop counts: best split %.2f×, handed out in order %.2f×\\n", bestSplit(loopCounts(numbers)), inOrder(loopCounts(numbers), 2))
if loadAverage() >= 0 {
	fmt.Printf("load average over the last minute: %.2f on %d cores (this notebook's own work included)\\n", loadAverage(), runtime.NumCPU())
}

"""
    ),
    md(
        en="""
The tutorial's conclusion, that for CPU-bound work in CPython only processes help, carries over
to this kernel only in part. Goroutines run in parallel, even in the interpreter, so a
`ThreadPool` does use the cores — but its goroutines run the interpreted loop. A `ProcessPool`'s
compiled workers run the cells' functions compiled, in parallel: for CPU-bound work declared in
cells, it is the fast choice, and on a machine like this one it can beat CPython's process pool
many times over (section 5 shows by how much here). It costs a build in the background when the
declarations change, a start-up of a few milliseconds and a round trip per task, and it buys
isolation as well. Interpreted workers (`executor.WithCompiledWorkers(false)`) run at about
CPython's speed; the pool falls back to them where the declarations do not build as a program.
The next notebook, `02-beyond-the-tutorial.ipynb`, covers what the tutorial
leaves out: cancellation, callbacks, errors and panics, a crashing worker, `chunksize`, and the
case CPython cannot do.
"""
    ),
]

# The Chinese text of each markdown cell, in order, with the start of the
# English text it translates (checked below, so the two stay in step).
ZH = [
    ("# `concurrent.futures` in Go", f"""
# 用 Go 重讲 `concurrent.futures`:gcd 教程,一步一步

本笔记用 Go 和 gofutures 的 `executor` 包,逐个单元格重讲一篇关于 Python `concurrent.futures`
的中文教程([原文]({SEED_URL})):同样的 `gcd` 函数,同样的六对数字,同样的步骤 ——
串行、线程池、进程池、`map`、`submit`、future 的状态、`as_completed` 和 `wait`。

**关于数字。** 下面打印的每一个耗时,都是在运行本笔记的机器上、运行时现场测得的。
教程里的 Python 耗时(两核机器上串行 2.507 秒、多线程 2.840 秒、多进程 1.861 秒)
*引自原教程*:那是多年前作者机器上的 Python 2。它们说明的是 Python 结果的*形状*
(线程不更快,进程更快),不能拿来和我们的速度直接比较。第 5 节会在本机(若已安装)
测量编译后的 Go 和 CPython,做公平的比较。

**教程的前提**是 CPython 的全局解释器锁(GIL):同一时刻只有一个线程能执行 Python 代码,
所以线程帮不了计算密集型的任务,`ProcessPoolExecutor` 改为在多个进程中运行多个解释器。
Go 没有 GIL:goroutine 可以在所有核上运行。本笔记的单元格由 [yaegi](https://github.com/traefik/yaegi)
解释执行,被解释的 goroutine 同样可以并行。进程池的工作进程默认并不解释执行:内核把本笔记的声明
编译成一个程序,由工作进程运行它(见第 4 节)。
"""),
    ("## 1. The work", """
## 1. 任务:六对数字的最大公约数

教程里的 `gcd` 故意写得很慢:从较小的数往下数,直到找到公约数 —— 每对大约两百万步,
纯 CPU 计算。Python 用元组传递每一对数;在 Go 里一对数是 `[2]int`(数组,之后会以
紧凑的二进制编码传给工作进程)。
"""),
    ("## 2. Serial", """
## 2. 串行:`list(map(gcd, numbers))`

在一个核上的普通循环。`display.NewComparison` 收集每种做法的耗时,画成带加速比的柱状图;
`cmp.Time` 把函数运行五次取中位数,这样机器繁忙时的一次干扰不会决定结果。
"""),
    ("## 3. A thread pool", """
## 3. 两个工作者的线程池:`ThreadPoolExecutor(max_workers=2)`

`executor.NewThreadPool(2)` 是最多两个 goroutine 的池。`pool.Map(gcd, numbers)`
按输入顺序返回结果(类型为 `[]any`)以及第一个错误。

在原教程中,线程池比普通循环*更慢*(原教程的数字:2.840 秒对 2.507 秒):因为 GIL,
两个线程在一个核上轮流执行,还要付出切换的代价。Go 没有 GIL,所以只要有两个空闲的核,
两个工作者就会同时运行。
"""),
    ("Two workers can at best halve the time", """
两个工作者最多把时间减半,而这六个任务长短不一:一个任务的耗时大约与它的循环次数(每对中较小的数)
成正比。下面的单元格仅根据循环次数算出两个数字:把六个任务在两个工作者之间做最好的划分时的加速比,
以及进程池按顺序把任务交给第一个空闲工作者时的加速比。实际耗时与循环次数会有几个百分点的出入,
这可能改变哪个工作者拿到哪个任务,所以在空闲的机器上,测得的加速比会落在这两个数字附近,略高或略低
(计时噪声甚至可能让它略微超过 2 倍)。
在繁忙的机器上(见第一个单元格打印的负载),其他程序会分走一部分 CPU,线程池的收益就会变小,甚至没有。
"""),
    ("## 4. A process pool", """
## 4. 两个工作者的进程池:`ProcessPoolExecutor(max_workers=2)`

`executor.NewProcessPool(2)` 启动两个工作进程。Go 无法 `fork` 一个正在运行的程序,
所以,与 CPython 的 *spawn* 启动方式一样,每个工作者都是全新的进程。它通过以下两种方式之一
得到本笔记的函数:

* **编译的工作者**(默认)。内核把本笔记的声明(`gcd`、`numbers` ……)写成一个 Go 程序,
  一旦有单元格改变了声明,就在后台用 go 命令构建它。构建结果按内容缓存:声明相同的新进程池,
  或重启后的内核,都不必重新构建。工作者运行的就是这个程序,所以任务以编译后 Go 的速度运行。
  如果进程池的第一个任务发现构建尚未完成,就会等待它;等待超过一秒时,单元格会显示构建进度。
  如果这些声明无法构建成程序,进程池会用一行文字说明原因,改用解释执行的工作者。
* **解释执行的工作者**,用 `executor.WithCompiledWorkers(false)` 指定(若要让所有进程池都如此,
  可在内核的环境中设置 `GOFUTURES_POOL_WORKERS=interpreted`)。每个工作者都是一个新的 yaegi
  解释器,先重放本笔记的声明,再以单元格的速度运行任务。

无论哪种方式,内核都会看出 `gcd` 是在单元格中声明的函数,并按名字传递它,即
`executor.Named("gcd", gcd)`;参数和结果以二进制编码传输。第 10 节讲述一个任务的完整旅程。

下一个单元格先等待编译的程序就绪:它的构建不计入进程池的耗时,正如编译一个 Go 程序的时间不计入
它的运行时间。然后它测量两种进程池,和原教程一样,每次都包括启动进程池。
"""),
    ("What does a process pool cost?", """
进程池的代价是什么?下一个单元格为两种工作者分别测量各项开销:启动一个池直到拿到第一个结果
(两个进程),以及工作者运行起来之后,一个空任务的往返(编码参数、经管道发送、调用、编码结果、
发回、解码)。它还声明了一个函数 `echo`,因而改变了编译的工作者所运行的程序:它启动的第一个池
要等内核构建出新程序(除非缓存中已有之前运行时构建的结果),这就是第三种开销,每个版本的声明付一次。
"""),
    ("So a process pool pays once", """
所以进程池在启动时付一次代价,每个任务再付一点(一次管道往返,两端各做一次编解码);编译的工作者
还要为每个版本的声明付一次构建的代价,内核在后台启动构建并缓存结果。编译的工作者启动得更快:它们是
普通的程序,而解释执行的工作者要先装入解释器、重放本笔记的声明。更重要的是工作者如何处理一个任务。
编译的工作者以编译后 Go 的速度运行 `gcd`,比运行单元格和 `ThreadPool` 中 goroutine 的解释器快很多倍;
解释执行的工作者以解释器的速度运行它,两个这样的工作者带来的收益不超过第二个核所能给的。
因此在这个内核里,要运行在单元格中声明的计算密集型函数,`ProcessPool` 是快的办法。
它还有一个与速度无关的好处:工作进程是*隔离*的。一个让进程崩溃、泄漏内存或永不结束的任务,
可以被杀掉而不伤及笔记本身(见第二个笔记)。

## 5. 数字为什么是这样:解释执行的 Go、编译的 Go 与 CPython

本笔记的单元格是*解释执行*的。yaegi 对 `gcd` 循环的每一步都要遍历一棵指令树,所以比编译后的
Go 慢很多倍 —— 按本项目自己的测量约 25 倍 —— 速度与 CPython 相当(相差在两倍以内)。
串行循环、`ThreadPool` 和解释执行的工作者运行的都是这个解释执行的循环;编译的工作者运行的是编译后的循环。
下一个单元格在本机上测量这些(若工具已安装):用 `go run` 编译同样的 `gcd`(串行,再用两个
goroutine),并用 `python3` 运行原教程自己的 Python 程序(串行、`ThreadPoolExecutor(2)`、
`ProcessPoolExecutor(2)`)。每个程序报告三次运行的中位数。缺少的工具,其结果行会被略去。
"""),
    ("What to read in these numbers", """
无论在你的机器上数字是多少,可以这样解读:

* **编译的 Go** 在这个循环上完全不是一个量级。笔记本可以从 `ProcessPool` 得到这样的速度
  (它的工作者以编译方式运行单元格中的函数),也可以借助 `%%compile` 单元格或它导入的包;
  增加解释执行的工作者达不到这个速度。
* **解释执行的 Go 与 CPython** 在这个循环上是同一量级:两者都是解释执行。
* **线程**:CPython 的线程池毫无收益(GIL);goroutine 池的收益接近空闲核的数量,
  因为 yaegi 的 goroutine 是并行运行的 —— 但每个 goroutine 运行的都是解释执行的循环。
* **进程**:在有两个空闲核时,CPython 的进程池和解释执行的工作者都能从第二个核获益,但要减去
  启动开销。编译的工作者还以编译方式运行循环,所以进程池只需 CPython 耗时的一小部分:接近两个
  goroutine 上编译的 Go,再加上进程池的启动和往返开销。

如果上面的某个数字与此矛盾,说明该单元格运行时机器正忙(第一个单元格打印的负载可作参考):请重新运行这些单元格。


## 6. `map`:有序的结果,以及用 `defer pool.Close()` 代替 `with`

原教程接下来把进程池放进 `with` 块,块结束时自动执行 `shutdown(wait=True)`,并打印结果:
`[1, 5, 1, 5, 2, 3]`。Go 里的 `with` 就是 `defer`:`defer pool.Close()` 在函数返回时
(包括因 panic 返回时)执行 `Shutdown(true, false)`。无论任务以什么顺序完成,结果都按
`numbers` 的顺序返回。

这个单元格声明了一个函数,所以编译的工作者所运行的程序变了:进程池的第一个任务要等内核构建出新程序
(除非缓存中已有之前运行时构建的结果),如果有这样的等待,打印的耗时也包含在内。这正是第 4 节在计时之前先等待构建的原因。
"""),
    ("## 7. `submit` and futures", """
## 7. `submit` 与 future

`pool.Submit(gcd, pair)` 安排一次调用并立即返回一个 `*executor.Future`;`f.Result()`
等待它完成,返回值和错误。原教程把 future 收集到列表里,再按顺序向每个 future 取结果。
(和第 6 节一样,这个单元格声明了函数,如果需要等待新程序,耗时也包含这段等待。)
"""),
    ("## 8. Future states, live", """
## 8. future 的状态(实时):`running()`、`done()` 与 `as_completed(futures, timeout=2)`

原教程在提交之后立即打印每个 future 的 `running()` 和 `done()`,然后遍历
`as_completed(futures, timeout=2)` —— 它在每个 future 完成时将其返回,若先过了两秒则抛出
`TimeoutError` —— 并再次打印状态。在 Go 里:`f.Running()`、`f.IsDone()`,以及
`executor.AsCompleted(futures, executor.Timeout(2*time.Second))`,一个迭代器:`for ... range`
循环遍历它的 `All()`(也可以像 `bufio.Scanner` 那样用 `it.Next()`);超时会结束循环,
`it.Err()` 返回 `*executor.TimeoutError`。

这里进程池还把事件报告给一张实时任务表(`display.NewTaskTable`,用
`executor.WithProcessObserver` 安装),任务运行时它会就地更新。提交之前,`startedPool`
先让每个工作者运行一个 `slowEcho` 任务(睡眠 50 毫秒)—— 即表中的任务 1 和 2 ——
以等待两个工作者都已启动,这样打印出的状态反映的是 gcd 任务,而不是启动过程。
它创建的进程池使用解释执行的工作者(`executor.WithCompiledWorkers(false)`):编译的工作者
几毫秒之内就做完了六个 gcd 任务,等不到打印状态,也就没有什么可看的了。
"""),
    ("The tutorial shows four futures running", """
原教程在两个工作者的情况下显示有四个 future 处于执行中:CPython 在把调用放进喂给工作进程的
队列时就把 future 标记为执行中,而这个队列容纳的调用比工作者数量多几个。本进程池只在工作进程
取走任务时才把 future 标记为执行中,所以同时最多有两个处于执行中。上面的单元格在提交后等了
20 毫秒再打印;如果立即打印,往往会看到六个 future 都还在等待,因为工作者还没来得及取走它们。

工作者时间线画出了同一次运行:每个工作进程一行,每个任务一条。
"""),
    ("Had the tasks needed more than the timeout", """
如果任务需要的时间超过了超时时间,循环就会提前结束,并得到 `*executor.TimeoutError` ——
比如这里用 100 毫秒的超时(正在运行的任务会继续;`Close` 会等待它们):
"""),
    ("## 9. `wait`", """
## 9. `wait`:`ALL_COMPLETED`、`FIRST_COMPLETED`、`FIRST_EXCEPTION`

`wait(futures, timeout, return_when)` 返回两个集合:已完成的 future 和未完成的 future。
在 Go 里,`executor.Wait(futures, executor.AllCompleted, executor.Timeout(10*time.Second))`
按输入顺序返回两个切片。超时不算错误:请检查 `len(notDone)`。

**`ALL_COMPLETED`** 等待所有 future 完成:
"""),
    ("**`FIRST_COMPLETED`**", """
**`FIRST_COMPLETED`** 在任意一个 future 完成时立即返回,并带上此时所有已完成的 future
(原教程那次运行恰好返回了两个)。其余任务继续运行。这里把尚未开始的 future 取消,
`Close` 等待正在运行的任务;实时任务表显示哪些任务被取消,时间线显示实际运行了的任务。
"""),
    ("**`FIRST_EXCEPTION`**", """
**`FIRST_EXCEPTION`** 在任意一个 future 以错误结束时返回,否则等到全部完成。gcd 任务都不会
失败,所以这里它会等待全部六个任务,与 `ALL_COMPLETED` 一样;第二个笔记会让一个任务失败。
"""),
    ("## 10. What the process pool does", """
## 10. 进程池做了什么,一步一步

原教程列出了 `ProcessPoolExecutor` 执行 `pool.map(gcd, numbers)` 时的十个步骤。
下面是本内核中使用编译的工作者时,`executor.ProcessPool` 对应的做法:

| | CPython `ProcessPoolExecutor`(引自原教程) | gofutures 内核中的 `executor.ProcessPool` |
|---|---|---|
| 1 | 把 `numbers` 中的每一项输入数据传给 `map` | `Map` 先按 `gcd` 的参数检查每一次调用(类型不对会在任何任务运行前得到 `*executor.CallError`),再为每一项(或用 `executor.ChunkSize(n)` 时为每一块)排入一个任务 |
| 2 | 用 `pickle` 把数据序列化 | 参数按其类型被编码为二进制,且精确无损(浮点数逐位保留,整数保持全宽,nil 与空值有别);通道或闭包无法发送,并会给出说明 |
| 3 | 通过本地套接字把数据发送到子进程 | 每个工作进程有自己的管道:一条传请求,一条传回复;工作者打印的内容经它的 stdout 和 stderr 传回,并加上它的名字作为前缀 |
| 4 | 子进程用 `pickle` 把数据还原成 Python 对象 | 工作者把字节解码成 `gcd` 参数的类型(`[2]int`) |
| 5 | 子进程引入包含 `gcd` 函数的模块 | 工作者*就是*编译后的笔记本:内核把单元格中的声明(import、类型、函数、常量,以及函数用到的变量)写成一个 Go 程序的各个文件,每个文件都用 `//line` 指令标出它所在的单元格,再加上一个 `init`,按名字注册每个函数和变量(`executor.Register`、`executor.RegisterVar`),并让程序作为工作者提供服务;内核用 go 命令构建这个程序并缓存。`gcd` 按名字传递,因为内核把 `pool.Map(gcd, numbers)` 改写成了传递 `executor.Named("gcd", gcd)`,工作者在注册表中找到它。任务还会带上它的函数所用的包级变量的当前值(仅当工作者上次收到之后它们变了)。单元格改变声明之后,进程池会在运行旧程序的工作者执行下一个任务之前替换它 |
| 6 | 各个子进程并行计算 | 每个工作进程一次以编译方式运行一个任务,与其他工作进程并行(`Map` 的一个分块在工作者内作为一个循环运行) |
| 7 | 把结果序列化成字节 | 结果以同样的方式编码;错误以文本传递(用 `errors.Is` 仍能与本笔记声明的哨兵错误匹配),panic 以其值和调用栈传递,调用栈指明单元格中的行,例如 `Cell In[3], line 7, in gcd` |
| 8 | 通过套接字把字节复制回主进程 | 回复经工作者的回复管道传回 |
| 9 | 主进程把字节反序列化 | 进程池把回复解码成 `gcd` 的结果类型,所以 `int` 回来还是 `int` |
| 10 | 把结果合并到列表中返回给调用者 | 任务的 future 被完成;`Map` 按输入顺序给出结果 |

解释执行的工作者只在第 5、6 步不同:内核把声明的源码发给每个工作者,由它的解释器执行,
任务以解释器的速度运行。

与 CPython 相比,实践中有两点不同。工作者是全新启动的,和 CPython 的 *spawn* 一样:不继承父进程的
任何内存,它们对本笔记的了解只有声明,以及随每个任务送来的、该任务的函数所用的包级变量的当前值 ——
由语句计算出的其他值(比如上面的 `results`)并不存在于工作者中。另外,一个死掉的工作者只会让它自己的
任务失败:进程池会启动一个替代者,而 CPython 的进程池则会整个损坏。

## 总结

本笔记的所有耗时,均在运行时测得:
"""),
    ("The tutorial's conclusion", """
原教程的结论 —— 在 CPython 中,计算密集型任务只有多进程有帮助 —— 在这个内核里只部分成立。
goroutine 是并行运行的,即使在解释器中也是如此,所以 `ThreadPool` 确实能用上多核 —— 但它的
goroutine 运行的是解释执行的循环。`ProcessPool` 的编译的工作者以编译方式并行运行单元格中的函数:
对于在单元格中声明的计算密集型任务,它是快的选择,在像本机这样的机器上可能比 CPython 的进程池快
许多倍(第 5 节给出了本机上的具体倍数)。它的代价是声明改变时在后台进行的一次构建、几毫秒的启动,
以及每个任务一次往返,同时还换来了隔离。解释执行的工作者(`executor.WithCompiledWorkers(false)`)
的速度与 CPython 相当;当声明无法构建成程序时,进程池会退而使用它们。下一个笔记
`02-beyond-the-tutorial.ipynb` 讲述原教程没有涉及的内容:取消、回调、错误与 panic、
崩溃的工作者、`chunksize`,以及 CPython 做不到的情形。
"""),
]

_md = [c for c in TUTORIAL if c["kind"] == "md"]
assert len(_md) == len(ZH), (len(_md), len(ZH))
for _c, (_start, _zh) in zip(_md, ZH):
    assert _c["en"].strip().startswith(_start), (_start, _c["en"][:80])
    _c["zh"] = _zh
