//go:build ignore

// The errgroup pattern written by hand: a Group of goroutines whose first
// error cancels a shared context and is the one Wait returns, a limit on
// how many run at once, and a typed error for the failing job; beside it
// counters as atomic.Int64 fields, a configuration swapped in whole
// through an atomic.Pointer of a cell type, and atomic.Bool and
// CompareAndSwap guarding a one-time shutdown.
package main

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
)

type Group struct {
	wg      sync.WaitGroup
	once    sync.Once
	err     error
	cancel  context.CancelFunc
	limiter chan struct{}
}

func WithContext(ctx context.Context) (*Group, context.Context) {
	ctx, cancel := context.WithCancel(ctx)
	return &Group{cancel: cancel}, ctx
}

func (g *Group) SetLimit(n int) { g.limiter = make(chan struct{}, n) }

func (g *Group) Go(f func() error) {
	if g.limiter != nil {
		g.limiter <- struct{}{}
	}
	g.wg.Add(1)
	go func() {
		defer g.wg.Done()
		defer func() {
			if g.limiter != nil {
				<-g.limiter
			}
		}()
		if err := f(); err != nil {
			g.once.Do(func() {
				g.err = err
				if g.cancel != nil {
					g.cancel()
				}
			})
		}
	}()
}

func (g *Group) Wait() error {
	g.wg.Wait()
	if g.cancel != nil {
		g.cancel()
	}
	return g.err
}

type JobError struct {
	Job    int
	Reason string
}

func (e *JobError) Error() string { return fmt.Sprintf("job %d: %s", e.Job, e.Reason) }

//cell

type Stats struct {
	Started  atomic.Int64
	Finished atomic.Int64
	Skipped  atomic.Int64
	Peak     atomic.Int64
	running  atomic.Int64
}

func (s *Stats) enter() {
	n := s.running.Add(1)
	for {
		p := s.Peak.Load()
		if n <= p || s.Peak.CompareAndSwap(p, n) {
			return
		}
	}
}

func (s *Stats) leave() { s.running.Add(-1) }

type Config struct {
	Name    string
	Retries int
	Hosts   []string
}

var current atomic.Pointer[Config]

func reload(name string, retries int, hosts ...string) *Config {
	next := &Config{Name: name, Retries: retries, Hosts: hosts}
	return current.Swap(next)
}

//cell

func runJobs(n, limit, failAt int) (error, *Stats, []int) {
	stats := &Stats{}
	g, ctx := WithContext(context.Background())
	g.SetLimit(limit)
	var mu sync.Mutex
	var done []int
	gate := make(chan struct{})
	for i := 1; i <= n; i++ {
		g.Go(func() error {
			stats.Started.Add(1)
			stats.enter()
			defer stats.leave()
			if i == failAt {
				close(gate)
				return &JobError{Job: i, Reason: "disk full"}
			}
			if failAt > 0 && i > failAt {
				<-ctx.Done()
				stats.Skipped.Add(1)
				return ctx.Err()
			}
			mu.Lock()
			done = append(done, i)
			mu.Unlock()
			stats.Finished.Add(1)
			return nil
		})
	}
	err := g.Wait()
	sort.Ints(done)
	return err, stats, done
}

//cell

func main() {
	err, st, done := runJobs(6, 2, 0)
	fmt.Println("all ok:", err, done)
	fmt.Println("started", st.Started.Load(), "finished", st.Finished.Load(), "peak<=2:", st.Peak.Load() <= 2)

	err, st, done = runJobs(8, 8, 5)
	fmt.Println("first error:", err, "done:", done)
	var je *JobError
	if errors.As(err, &je) {
		fmt.Printf("failed job %d (%s)\n", je.Job, je.Reason)
	}
	fmt.Println("canceled ones:", st.Skipped.Load(), "is canceled:", errors.Is(err, context.Canceled))

	fmt.Println("before any config:", current.Load() == nil)
	old := reload("alpha", 1, "a1")
	fmt.Println("old was nil:", old == nil)
	old = reload("beta", 3, "b1", "b2")
	fmt.Printf("old: %+v\n", *old)
	cfg := current.Load()
	fmt.Printf("now: %s retries=%d hosts=%v\n", cfg.Name, cfg.Retries, cfg.Hosts)
	swapped := current.CompareAndSwap(old, &Config{Name: "gamma"})
	fmt.Println("swap with stale pointer:", swapped)
	swapped = current.CompareAndSwap(cfg, &Config{Name: "gamma", Retries: 5})
	fmt.Println("swap with current:", swapped, current.Load().Name, current.Load().Retries)

	var closed atomic.Bool
	var wg sync.WaitGroup
	var winners atomic.Int32
	for range 10 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if closed.CompareAndSwap(false, true) {
				winners.Add(1)
			}
		}()
	}
	wg.Wait()
	fmt.Println("closed:", closed.Load(), "closers:", winners.Load())
	var total atomic.Uint64
	for i := range 100 {
		total.Add(uint64(i))
	}
	fmt.Println("sum:", total.Load())
}
