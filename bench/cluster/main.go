// Command cluster measures the cluster executor (executor/cluster: an
// embedded NATS JetStream server and local `gofutures worker --nats URL`
// workers) beside the local ProcessPool, both running the kernel's
// interpreter workers loaded with notebook declarations, in one run: Map
// of trivial tasks, one task at a time (p50 round trip), and the seed
// tutorial's gcd, over 2 and 4 workers. bench/cluster.sh runs it.
package main

import (
	"flag"
	"fmt"
	"log"
	"os"
	"os/exec"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/gofutures/gofutures/bench/internal/seed"
	"github.com/gofutures/gofutures/executor"
	"github.com/gofutures/gofutures/executor/cluster"
)

// Pair is the notebook's Pair (seed.Notebook).
type Pair struct{ A, B int }

var numbers = []Pair{{1963309, 2265973}, {1879675, 2493670}, {2030677, 3814172},
	{1551645, 2229620}, {1988912, 4736670}, {2198964, 7876293}}

var (
	noop = executor.Named("noop", func(x int) int { return x })
	gcd  = executor.Named("gcd", func(Pair) int { return 0 })
)

// result is what one executor measured.
type result struct {
	mapRate   float64       // trivial tasks/s, chunk size 1
	chunkRate float64       // trivial tasks/s, chunk size 100
	p50       time.Duration // Submit -> Result, one at a time
	gcd       time.Duration // Map(gcd, numbers)
}

func main() {
	bin := flag.String("gofutures", "gofutures", "path of the gofutures binary (its worker modes run the tasks)")
	n := flag.Int("n", 10000, "trivial tasks per Map")
	memory := flag.Bool("memory", false, "keep tasks and results in the server's memory (Options.Memory)")
	smoke := flag.Bool("smoke", false, "one small run of each measurement, to check that it works (CI)")
	flag.Parse()
	cfg, err := seed.WorkerConfig(*bin, os.Stderr)
	if err != nil {
		log.Fatal(err)
	}
	counts, pairs := workerCounts(), numbers
	if *smoke {
		*n, rounds, counts, pairs = 200, 20, []int{2}, numbers[:2]
	}
	items := make([]int, *n)
	for i := range items {
		items[i] = i
	}
	fmt.Printf("%d trivial tasks per Map; gcd of %d pairs; p50 of %d one-at-a-time round trips\n\n", *n, len(pairs), rounds)
	fmt.Printf("%-8s %-12s %14s %16s %10s %10s\n", "workers", "executor", "map tasks/s", "map chunk=100/s", "p50 (ms)", "gcd (s)")
	for _, w := range counts {
		local := measure(executor.NewProcessPool(w, executor.WithProcessConfig(cfg)), w, items, pairs)
		cl, err := cluster.New(cluster.Options{Workers: w, Process: cfg, Memory: *memory,
			WorkerCommand: func(args ...string) *exec.Cmd { return exec.Command(*bin, append([]string{"worker"}, args...)...) }})
		if err != nil {
			log.Fatal(err)
		}
		remote := measure(cl, w, items, pairs)
		for _, r := range []struct {
			name string
			r    result
		}{{"process", local}, {"cluster", remote}} {
			fmt.Printf("%-8d %-12s %14.0f %16.0f %10.3f %10.2f\n", w, r.name, r.r.mapRate, r.r.chunkRate, ms(r.r.p50), r.r.gcd.Seconds())
		}
		fmt.Printf("%-8d %-12s %14.2f %16.2f %10.2f %10.2f\n\n", w, "ratio c/p", remote.mapRate/local.mapRate,
			remote.chunkRate/local.chunkRate, float64(remote.p50)/float64(local.p50), remote.gcd.Seconds()/local.gcd.Seconds())
	}
	fmt.Println("ratios: cluster / ProcessPool (rates: higher is better for the cluster; times: lower is)")
}

// rounds is how many one-at-a-time round trips give the p50.
var rounds = 500

func measure(ex executor.Executor, workers int, items []int, pairs []Pair) result {
	defer ex.Close()
	// Warm up: every worker started and loaded.
	warm := make([]int, 4*workers)
	if _, err := ex.Map(noop, warm); err != nil {
		log.Fatal(err)
	}
	var r result
	t0 := time.Now()
	if _, err := ex.Map(noop, items); err != nil {
		log.Fatal(err)
	}
	r.mapRate = float64(len(items)) / time.Since(t0).Seconds()
	t0 = time.Now()
	if _, err := ex.Map(noop, items, executor.ChunkSize(100)); err != nil {
		log.Fatal(err)
	}
	r.chunkRate = float64(len(items)) / time.Since(t0).Seconds()
	var lat []time.Duration
	for i := range rounds {
		t := time.Now()
		if _, err := ex.Submit(noop, i).Result(); err != nil {
			log.Fatal(err)
		}
		lat = append(lat, time.Since(t))
	}
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	r.p50 = lat[len(lat)/2]
	t0 = time.Now()
	if _, err := ex.Map(gcd, pairs); err != nil {
		log.Fatal(err)
	}
	r.gcd = time.Since(t0)
	return r
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

// workerCounts are the pool sizes to measure: 2 and 4, or $CLUSTER_WORKERS.
func workerCounts() []int {
	if s := os.Getenv("CLUSTER_WORKERS"); s != "" {
		var out []int
		for _, f := range strings.Fields(s) {
			if n, err := strconv.Atoi(f); err == nil && n > 0 {
				out = append(out, n)
			}
		}
		return out
	}
	return []int{2, 4}
}
