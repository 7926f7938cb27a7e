//go:build ignore

// A buffered channel as a semaphore that lets at most three downloads
// run at once (an atomic gauge checks the limit), and a worker pool that
// writes each result into its job's slot, so the results come out in job
// order without sorting.
package main

import (
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
)

type Job struct {
	Index int
	URL   string
}

type Result struct {
	Job    Job
	Bytes  int
	Status string
}

type Gauge struct {
	now, peak atomic.Int32
}

//cell

func (g *Gauge) Enter() {
	n := g.now.Add(1)
	for {
		p := g.peak.Load()
		if n <= p || g.peak.CompareAndSwap(p, n) {
			return
		}
	}
}

func (g *Gauge) Leave() { g.now.Add(-1) }

func fetch(j Job) Result {
	host := strings.TrimPrefix(j.URL, "https://")
	if strings.HasSuffix(host, ".invalid") {
		return Result{j, 0, "failed"}
	}
	return Result{j, len(host) * 100, "ok"}
}

//cell

func withSemaphore(jobs []Job, limit int, g *Gauge) []Result {
	sem := make(chan struct{}, limit)
	results := make([]Result, len(jobs))
	var wg sync.WaitGroup
	for _, j := range jobs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			g.Enter()
			defer g.Leave()
			results[j.Index] = fetch(j)
		}()
	}
	wg.Wait()
	return results
}

func pool(jobs []Job, workers int) []Result {
	in := make(chan Job)
	results := make([]Result, len(jobs))
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range in {
				results[j.Index] = fetch(j)
			}
		}()
	}
	for _, j := range jobs {
		in <- j
	}
	close(in)
	wg.Wait()
	return results
}

//cell

func main() {
	var jobs []Job
	for i, u := range []string{"https://go.dev", "https://example.com", "https://nowhere.invalid", "https://pkg.go.dev", "https://a.b", "https://x.invalid", "https://golang.org"} {
		jobs = append(jobs, Job{i, u})
	}
	var g Gauge
	for _, r := range withSemaphore(jobs, 3, &g) {
		fmt.Printf("%d %-26s %-6s %d\n", r.Job.Index, r.Job.URL, r.Status, r.Bytes)
	}
	fmt.Println("peak within limit:", g.peak.Load() >= 1 && g.peak.Load() <= 3, "now:", g.now.Load())
	total, failed := 0, 0
	for _, r := range pool(jobs, 4) {
		total += r.Bytes
		if r.Status != "ok" {
			failed++
		}
	}
	fmt.Println("pool total", total, "failed", failed)
}
