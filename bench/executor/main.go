// Command executor-bench measures gofutures/executor side by side with
// other Go worker pools, in one run on one machine, and prints ratios:
//
//   - throughput: N trivial tasks on 2 workers, ns/task (submit all, then
//     wait for all);
//   - latency: submit one task and wait for its result, median and p99;
//   - the seed tutorial's gcd over six pairs in a yaegi cell: serial loop
//     vs executor.ThreadPool(2).Map, and the same compiled.
//
// Run it with run.sh. It lives in its own module so that the main module
// does not depend on the pools it is compared with.
package main

import (
	"flag"
	"fmt"
	"os"
	"runtime"
	"slices"
	"sync"
	"time"

	"github.com/alitto/pond/v2"
	"github.com/panjf2000/ants/v2"
	concpool "github.com/sourcegraph/conc/pool"
	"golang.org/x/sync/errgroup"

	"github.com/gofutures/gofutures/executor"
)

var (
	nTasks   = flag.Int("n", 1_000_000, "trivial tasks per throughput run")
	nLatency = flag.Int("lat", 100_000, "submit->result round trips per latency run")
	reps     = flag.Int("reps", 5, "repetitions; the median is reported")
	workers  = flag.Int("workers", 2, "pool size")
	only     = flag.String("only", "", "run only this section: throughput, latency or gcd")
	nPairs   = flag.Int("pairs", 6, "gcd pairs of the seed to use (1-6; fewer for smoke runs)")
)

//go:noinline
func trivial() {}

func main() {
	flag.Parse()
	numbers = numbers[:max(1, min(*nPairs, len(numbers)))]
	if la, err := os.ReadFile("/proc/loadavg"); err == nil {
		fmt.Printf("load average at start: %s", la) // the machine may be shared
	}
	fmt.Printf("go %s, GOMAXPROCS %d, NumCPU %d, %d workers, median of %d\n\n",
		runtime.Version(), runtime.GOMAXPROCS(0), runtime.NumCPU(), *workers, *reps)
	if *only == "" || *only == "throughput" {
		throughput()
	}
	if *only == "" || *only == "latency" {
		latency()
	}
	if *only == "" || *only == "gcd" {
		gcdBench()
	}
}

// median runs f reps times (after one warm-up) and returns the median.
func median(f func() float64) float64 {
	f()
	xs := make([]float64, *reps)
	for i := range xs {
		runtime.GC()
		xs[i] = f()
	}
	slices.Sort(xs)
	return xs[len(xs)/2]
}

type row struct {
	name string
	v    float64
}

func printRows(title, unit string, rows []row, base string, target float64) {
	fmt.Printf("%s\n", title)
	var b float64
	for _, r := range rows {
		if r.name == base {
			b = r.v
		}
	}
	for _, r := range rows {
		mark := ""
		if r.name == base && target > 0 {
			if r.v <= target {
				mark = fmt.Sprintf("  (target <= %.0f: met)", target)
			} else {
				mark = fmt.Sprintf("  (target <= %.0f: MISSED)", target)
			}
		}
		fmt.Printf("  %-48s %9.1f %s   %5.2fx of executor%s\n", r.name, r.v, unit, r.v/b, mark)
	}
	fmt.Println()
}

// perTask times one run of n tasks and returns ns/task.
func perTask(n int, run func(n int)) float64 {
	start := time.Now()
	run(n)
	return float64(time.Since(start).Nanoseconds()) / float64(n)
}

func throughput() {
	n, w := *nTasks, *workers
	rows := []row{
		{"executor Submit[T] + Result (generic)", median(func() float64 {
			return perTask(n, func(n int) {
				p := executor.NewThreadPool(w)
				fs := make([]executor.TypedFuture[int], n)
				for i := range fs {
					fs[i] = executor.Submit(p, func() (int, error) { trivial(); return 1, nil })
				}
				for _, f := range fs {
					f.Result()
				}
				p.Close()
			})
		})},
		{"executor Submit(func()) + Close (cell face)", median(func() float64 {
			return perTask(n, func(n int) {
				p := executor.NewThreadPool(w)
				for range n {
					p.Submit(trivial)
				}
				p.Close()
			})
		})},
		{"executor Map ChunkSize(1000) (generic)", median(func() float64 {
			in := make([]int, n)
			return perTask(n, func(n int) {
				p := executor.NewThreadPool(w)
				for range executor.Map(p, func(int) (int, error) { trivial(); return 1, nil }, in, executor.ChunkSize(1000)) {
				}
				p.Close()
			})
		})},
		{"errgroup SetLimit + Go + Wait", median(func() float64 {
			return perTask(n, func(n int) {
				var g errgroup.Group
				g.SetLimit(w)
				for range n {
					g.Go(func() error { trivial(); return nil })
				}
				g.Wait()
			})
		})},
		{"conc pool WithMaxGoroutines + Go + Wait", median(func() float64 {
			return perTask(n, func(n int) {
				p := concpool.New().WithMaxGoroutines(w)
				for range n {
					p.Go(trivial)
				}
				p.Wait()
			})
		})},
		{"pond v2 Submit -> Task.Wait", median(func() float64 {
			return perTask(n, func(n int) {
				p := pond.NewPool(w)
				ts := make([]pond.Task, n)
				for i := range ts {
					ts[i] = p.Submit(trivial)
				}
				for _, t := range ts {
					t.Wait()
				}
				p.StopAndWait()
			})
		})},
		{"ants Submit + WaitGroup", median(func() float64 {
			return perTask(n, func(n int) {
				p, _ := ants.NewPool(w)
				var wg sync.WaitGroup
				wg.Add(n)
				for range n {
					p.Submit(func() { trivial(); wg.Done() })
				}
				wg.Wait()
				p.Release()
			})
		})},
		{"plain buffered chan int, 2 readers", median(func() float64 {
			return perTask(n, func(n int) {
				ch := make(chan int, 1024)
				var wg sync.WaitGroup
				for range w {
					wg.Add(1)
					go func() {
						defer wg.Done()
						for range ch {
							trivial()
						}
					}()
				}
				for i := range n {
					ch <- i
				}
				close(ch)
				wg.Wait()
			})
		})},
	}
	printRows(fmt.Sprintf("Throughput: %d trivial tasks on %d workers (ns/task, lower is better)", n, w),
		"ns/task", rows, rows[0].name, 200)
}

// lat returns the median and p99 of n round trips of one.
func lat(n int, one func()) (med, p99 float64) {
	ds := make([]float64, n)
	for i := range ds {
		start := time.Now()
		one()
		ds[i] = float64(time.Since(start).Nanoseconds())
	}
	slices.Sort(ds)
	return ds[len(ds)/2], ds[len(ds)*99/100]
}

func latency() {
	n, w := *nLatency, *workers
	var rows, rows99 []row
	add := func(name string, setup func() (one func(), done func())) {
		var p99s []float64
		med := median(func() float64 {
			one, done := setup()
			m, p := lat(n, one)
			done()
			p99s = append(p99s, p)
			return m
		})
		slices.Sort(p99s)
		rows = append(rows, row{name, med})
		rows99 = append(rows99, row{name, p99s[len(p99s)/2]})
	}
	add("executor Submit[T] -> Result", func() (func(), func()) {
		p := executor.NewThreadPool(w)
		return func() { executor.Submit(p, func() (int, error) { return 1, nil }).Result() }, func() { p.Close() }
	})
	add("executor Submit(fn, arg) -> Result (cell face)", func() (func(), func()) {
		p := executor.NewThreadPool(w)
		f := func(x int) int { return x }
		return func() { p.Submit(f, 1).Result() }, func() { p.Close() }
	})
	add("errgroup Go -> Wait", func() (func(), func()) {
		var g errgroup.Group
		g.SetLimit(w)
		return func() { g.Go(func() error { return nil }); g.Wait() }, func() {}
	})
	add("conc pool Go -> Wait (pool per task)", func() (func(), func()) {
		return func() { p := concpool.New().WithMaxGoroutines(w); p.Go(trivial); p.Wait() }, func() {}
	})
	add("pond v2 Submit -> Wait", func() (func(), func()) {
		p := pond.NewPool(w)
		return func() { p.Submit(trivial).Wait() }, func() { p.StopAndWait() }
	})
	add("ants Submit -> WaitGroup", func() (func(), func()) {
		p, _ := ants.NewPool(w)
		var wg sync.WaitGroup
		return func() { wg.Add(1); p.Submit(func() { wg.Done() }); wg.Wait() }, func() { p.Release() }
	})
	printRows(fmt.Sprintf("Latency: submit one task -> its result, median of %d round trips (ns)", n), "ns", rows, rows[0].name, 350)
	printRows("Latency p99 (ns)", "ns", rows99, rows99[0].name, 0)
}

func gcdBench() {
	serialY, poolY, speedY, plainY, err := gcdYaegi(*workers)
	if err != nil {
		fmt.Fprintln(os.Stderr, "gcd in yaegi:", err)
		os.Exit(1)
	}
	serialC, poolC := gcdCompiled(*workers)
	plainC := gcdPlain(*workers)
	fmt.Printf("Seed gcd over %d pairs (median wall time, ms; speed-up = median of serial/pool over alternating runs)\n", len(numbers))
	fmt.Printf("  %-48s %9.1f ms\n", "yaegi cell: serial for loop", serialY)
	fmt.Printf("  %-48s %9.1f ms   speed-up %.2fx%s\n", fmt.Sprintf("yaegi cell: ThreadPool(%d).Map", *workers), poolY, speedY, targetMark(speedY >= 1.8, ">= 1.8x"))
	fmt.Printf("  %-48s %9s      speed-up %.2fx (what the machine gives now)\n", fmt.Sprintf("yaegi cell: %d plain goroutines", *workers), "", plainY)
	fmt.Printf("  %-48s %9.1f ms\n", "compiled: serial loop", serialC)
	fmt.Printf("  %-48s %9.1f ms   speed-up %.2fx\n", fmt.Sprintf("compiled: ThreadPool(%d).Map", *workers), poolC, serialC/poolC)
	fmt.Printf("  %-48s %9.1f ms   speed-up %.2fx (what the machine gives now)\n", fmt.Sprintf("compiled: %d plain goroutines", *workers), plainC, serialC/plainC)
	fmt.Println("  (CPython 3.11 on this machine, shared/notes: serial 388-438 ms, thread map(2) 380-388, process map(2) 233-297;",
		"run.sh --python re-measures)")
}

func targetMark(ok bool, target string) string {
	if ok {
		return "  (target " + target + ": met)"
	}
	return "  (target " + target + ": MISSED)"
}
