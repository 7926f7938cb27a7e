//go:build ignore

// Goroutines of cell functions: sync.WaitGroup.Go with closures over loop
// variables (one per iteration), results gathered by index, a mutex
// guarding a map of a cell type, and context cancellation whose output
// does not depend on timing.
package main

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sync"
	"time"
)

type Job struct {
	Name  string
	Steps int
}

type Tally struct {
	mu   sync.Mutex
	seen map[string]int
}

func (t *Tally) Add(name string, n int) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.seen[name] += n
}

var jobs = []Job{{"lint", 2}, {"test", 5}, {"build", 3}, {"docs", 1}}

//cell

func runAll(js []Job) ([]string, *Tally) {
	var wg sync.WaitGroup
	out := make([]string, len(js))
	t := &Tally{seen: map[string]int{}}
	for i, j := range js {
		wg.Go(func() {
			total := 0
			for s := range j.Steps {
				total += s + 1
			}
			out[i] = fmt.Sprintf("%s=%d", j.Name, total)
			t.Add(j.Name[:1], total)
		})
	}
	wg.Wait()
	return out, t
}

func init() {
	out, t := runAll(jobs)
	fmt.Println(out)
	keys := make([]string, 0)
	for k := range t.seen {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		fmt.Print(k, t.seen[k], " ")
	}
	fmt.Println()
}

//cell

var ErrTooSlow = errors.New("too slow")

func worker(ctx context.Context, j Job, started chan<- string) error {
	started <- j.Name
	<-ctx.Done() // waits until the caller cancels
	return fmt.Errorf("%s stopped: %w", j.Name, context.Cause(ctx))
}

//cell

func main() {
	ctx, cancel := context.WithCancelCause(context.Background())
	started := make(chan string)
	errs := make([]error, len(jobs))
	var wg sync.WaitGroup
	for i, j := range jobs {
		wg.Go(func() { errs[i] = worker(ctx, j, started) })
	}
	var names []string
	for range jobs {
		names = append(names, <-started)
	}
	slices.Sort(names)
	fmt.Println("started", names)
	cancel(ErrTooSlow)
	wg.Wait()
	for _, e := range errs {
		fmt.Println(e, errors.Is(e, ErrTooSlow))
	}
	fmt.Println(ctx.Err(), context.Cause(ctx))
	tctx, stop := context.WithTimeout(context.Background(), time.Hour)
	stop()
	<-tctx.Done()
	fmt.Println(tctx.Err(), errors.Is(tctx.Err(), context.Canceled))
	dctx, stop2 := context.WithDeadline(context.Background(), time.Now().Add(-time.Second))
	defer stop2()
	fmt.Println(dctx.Err(), errors.Is(dctx.Err(), context.DeadlineExceeded))
	vctx := context.WithValue(ctx, ctxKey("user"), Job{"who", 0})
	j, ok := vctx.Value(ctxKey("user")).(Job)
	fmt.Println(j.Name, ok, vctx.Value("user"))
}

type ctxKey string
