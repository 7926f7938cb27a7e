//go:build ignore

// Done callbacks with deterministic output: callbacks added to a pending
// future run in the order they were added, on the goroutine that completes
// it; a callback added to a done future runs at once on the caller's; a
// panicking callback does not stop the others. A callback records into a
// cell type guarded by a mutex, and the log is printed afterwards.
package main

import (
	"fmt"
	"io"
	"log"
	"strings"
	"sync"

	"github.com/gofutures/gofutures/executor"
)

// Journal collects lines from callbacks.
type Journal struct {
	mu    sync.Mutex
	lines []string
}

func (j *Journal) Add(format string, args ...any) {
	j.mu.Lock()
	defer j.mu.Unlock()
	j.lines = append(j.lines, fmt.Sprintf(format, args...))
}

func (j *Journal) String() string {
	j.mu.Lock()
	defer j.mu.Unlock()
	return strings.Join(j.lines, "\n")
}

//cell

var journal = &Journal{}

func square(n int) int { return n * n }

// record returns a callback that logs the future's outcome under tag.
func record(tag string) func(*executor.Future) {
	return func(f *executor.Future) {
		v, err := f.Result()
		journal.Add("%s: %v %v %s", tag, v, err, f.State())
	}
}

//cell

func main() {
	log.SetOutput(io.Discard) // the panicking callback is logged there
	pool := executor.NewThreadPool(1)
	gate := make(chan struct{})
	blocker := pool.Submit(func() int { <-gate; return 0 })
	f := pool.Submit(square, 7)

	var wg sync.WaitGroup
	wg.Add(3)
	f.AddDoneCallback(func(*executor.Future) { defer wg.Done(); journal.Add("first") })
	f.AddDoneCallback(func(g *executor.Future) {
		defer wg.Done()
		panic("callback trouble")
	})
	f.AddDoneCallback(func(g *executor.Future) { defer wg.Done(); record("third")(g) })
	journal.Add("before: done=%t", f.IsDone())
	close(gate)
	wg.Wait()
	journal.Add("after: done=%t", f.IsDone())

	// Already done: the callback runs now, on this goroutine.
	f.AddDoneCallback(record("late"))
	journal.Add("late callback returned")
	blocker.AddDoneCallback(record("blocker"))

	// A cancelled future calls back too, from Cancel.
	gate2 := make(chan struct{})
	busy := pool.Submit(func() { <-gate2 })
	queued := pool.Submit(square, 3)
	queued.AddDoneCallback(func(q *executor.Future) {
		journal.Add("queued: cancelled=%t", q.Cancelled())
	})
	fmt.Println("cancel:", queued.Cancel())
	close(gate2)
	busy.Result()

	// Callbacks chaining work: each result submits the next square.
	var chain sync.WaitGroup
	chain.Add(1)
	var next func(*executor.Future)
	next = func(g *executor.Future) {
		v, _ := g.Result()
		n := v.(int)
		journal.Add("chain %d", n)
		if n > 1000 {
			chain.Done()
			return
		}
		pool.Submit(square, n).AddDoneCallback(next)
	}
	pool.Submit(square, 2).AddDoneCallback(next)
	chain.Wait()
	pool.Close()
	fmt.Println(journal)
}
