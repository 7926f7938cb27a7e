// Command processpool measures the gofutures ProcessPool as a notebook
// uses it, with both kinds of worker: interpreter workers (the kernel's
// "gofutures worker" processes, loaded with notebook declarations) and
// compiled workers (the program the kernel builds from the declarations):
// build time, start-up, round trip, Map throughput, and the seed
// tutorial's gcd, beside a serial run in the interpreter and compiled Go
// on two goroutines. bench/processpool.sh runs it beside CPython's
// concurrent.futures and prints the ratios.
package main

import (
	"context"
	"flag"
	"fmt"
	"log"
	"os"
	"sort"
	"strings"
	"time"

	"github.com/traefik/yaegi/interp"

	"github.com/gofutures/gofutures/bench/internal/seed"
	"github.com/gofutures/gofutures/executor"
	"github.com/gofutures/gofutures/kernel/session"
	"github.com/gofutures/gofutures/symbols"
)

// Pair is the notebook's Pair (seed.Notebook).
type Pair struct{ A, B int }

var numbers = []Pair{{1963309, 2265973}, {1879675, 2493670}, {2030677, 3814172},
	{1551645, 2229620}, {1988912, 4736670}, {2198964, 7876293}}

func main() {
	bin := flag.String("gofutures", "gofutures", "path of the gofutures binary (its worker mode runs the tasks)")
	n := flag.Int("n", 100000, "tasks for the Map throughput runs")
	smoke := flag.Bool("smoke", false, "one repetition and few round trips: checks that the benchmark runs")
	flag.Parse()
	reps, trips, warm := 5, 1000, 200
	if *smoke {
		reps, trips, warm = 1, 50, 20
	}
	interpreted, err := seed.WorkerConfig(*bin, nil)
	if err != nil {
		log.Fatal(err)
	}
	// Compiled workers, as the kernel builds them: cold (a fresh notebook
	// module and program cache), then cached.
	dir, err := os.MkdirTemp("", "ppbench-")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)
	_, cold, err := seed.CompiledWorkers(context.Background(), dir)
	if err != nil {
		log.Fatal(err)
	}
	compiled, cached, err := seed.CompiledWorkers(context.Background(), dir)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("compiled workers build: cold %.2f s, cached %.3f s\n", cold.Seconds(), cached.Seconds())

	pairs := numbers
	if *smoke {
		pairs = numbers[:2]
	}
	for _, c := range []struct {
		name string
		cfg  executor.ProcessConfig
	}{{"interpreted", interpreted}, {"compiled", compiled}} {
		fmt.Printf("== %s workers\n", c.name)
		overhead(c.cfg, *n, reps, trips, warm)
		var runs []time.Duration
		for range reps {
			t0 := time.Now()
			pool := executor.NewProcessPool(2, executor.WithProcessConfig(c.cfg))
			out, err := pool.Map(gcdTask, pairs)
			pool.Close()
			if err != nil || fmt.Sprint(out) != fmt.Sprint([]int{1, 5, 1, 5, 2, 3}[:len(pairs)]) {
				log.Fatal(out, err)
			}
			runs = append(runs, time.Since(t0))
		}
		fmt.Printf("gcd ProcessPool(2) map incl. start-up median %.3f s\n", median(runs).Seconds())
	}

	// the seed's gcd serial in one interpreter, and compiled Go on two
	// goroutines (a ThreadPool(2) of this program)
	sess := session.New(session.Options{Symbols: []interp.Exports{symbols.Symbols}})
	if _, err := sess.Execute(context.Background(), seed.Notebook, 1); err != nil {
		log.Fatal(err)
	}
	var serial, goroutines []time.Duration
	for range reps {
		t0 := time.Now()
		if _, err := sess.Execute(context.Background(), "out := []int{}\nfor _, p := range "+pairsSrc(pairs)+" {\n\tout = append(out, gcd(p))\n}", 2); err != nil {
			log.Fatal(err)
		}
		serial = append(serial, time.Since(t0))
		t0 = time.Now()
		tp := executor.NewThreadPool(2)
		if _, err := tp.Map(gcdGo, pairs); err != nil {
			log.Fatal(err)
		}
		tp.Close()
		goroutines = append(goroutines, time.Since(t0))
	}
	fmt.Printf("gcd serial interpreted median %.3f s\n", median(serial).Seconds())
	fmt.Printf("gcd compiled Go ThreadPool(2) median %.3f s\n", median(goroutines).Seconds())
	os.Exit(0)
}

var (
	noopTask = executor.Named("noop", func(x int) int { return x })
	gcdTask  = executor.Named("gcd", func(Pair) int { return 0 })
)

// gcdGo is seed.Notebook's gcd, compiled.
func gcdGo(p Pair) int {
	low := min(p.A, p.B)
	for i := low; i > 0; i-- {
		if p.A%i == 0 && p.B%i == 0 {
			return i
		}
	}
	return 1
}

// overhead measures start-up, round trip and Map throughput of pools
// with configuration cfg.
func overhead(cfg executor.ProcessConfig, n, reps, trips, warm int) {
	var starts []time.Duration
	for range reps {
		t0 := time.Now()
		pool := executor.NewProcessPool(2, executor.WithProcessConfig(cfg))
		if _, err := pool.Submit(noopTask, 1).Result(); err != nil {
			log.Fatal(err)
		}
		starts = append(starts, time.Since(t0))
		pool.Close()
	}
	fmt.Printf("startup ctor->first result median %.1f ms\n", ms(median(starts)))
	pool := executor.NewProcessPool(2, executor.WithProcessConfig(cfg))
	defer pool.Close()
	for i := range warm {
		pool.Submit(noopTask, i).Result()
	}
	var rtt []time.Duration
	for i := range trips {
		t0 := time.Now()
		if _, err := pool.Submit(noopTask, i).Result(); err != nil {
			log.Fatal(err)
		}
		rtt = append(rtt, time.Since(t0))
	}
	sort.Slice(rtt, func(i, j int) bool { return rtt[i] < rtt[j] })
	fmt.Printf("submit(noop).result() round trip median %.1f us p99 %.1f us\n", us(rtt[len(rtt)/2]), us(rtt[len(rtt)*99/100]))
	items := make([]int, n)
	for i := range items {
		items[i] = i
	}
	// chunksize 1000 takes tens of milliseconds: the median of reps runs
	// (as py_futures_overhead.py does for CPython's).
	for _, chunk := range []int{1, 1000} {
		runs := 1
		if chunk > 1 {
			runs = reps
		}
		var times []time.Duration
		for range runs {
			t0 := time.Now()
			out, err := pool.Map(noopTask, items, executor.ChunkSize(chunk))
			if err != nil || len(out) != n {
				log.Fatal(err)
			}
			times = append(times, time.Since(t0))
		}
		dt := median(times)
		fmt.Printf("map %d noop chunksize=%d: %.3f s %.0f tasks/s (median of %d)\n", n, chunk, dt.Seconds(), float64(n)/dt.Seconds(), runs)
	}
}

// pairsSrc writes ps as a Go composite literal.
func pairsSrc(ps []Pair) string {
	var b strings.Builder
	b.WriteString("[]Pair{")
	for i, p := range ps {
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "{%d, %d}", p.A, p.B)
	}
	return b.String() + "}"
}

func median(d []time.Duration) time.Duration {
	s := append([]time.Duration(nil), d...)
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	return s[len(s)/2]
}

func ms(d time.Duration) float64 { return float64(d) / 1e6 }
func us(d time.Duration) float64 { return float64(d) / 1e3 }
