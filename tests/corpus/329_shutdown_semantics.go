//go:build ignore

// Shutdown semantics of a thread pool, step by step: Shutdown(false,
// true) cancels what has not started without waiting, the running task
// finishes, Submit and Map afterwards fail with ErrShutdown, Shutdown is
// safe to repeat, and a task may submit more work to its own pool while
// the pool is open.
package main

import (
	"errors"
	"fmt"
	"sync"

	"github.com/gofutures/gofutures/executor"
)

// Ledger counts what ran, safely.
type Ledger struct {
	mu   sync.Mutex
	runs map[string]int
}

func (l *Ledger) Note(name string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.runs[name]++
}

func (l *Ledger) Count(name string) int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.runs[name]
}

//cell

var ledger = &Ledger{runs: map[string]int{}}

func work(name string) string {
	ledger.Note(name)
	return "did " + name
}

// fanOut submits a child task per name to the same pool and waits.
func fanOut(pool *executor.ThreadPool, names []string) ([]string, error) {
	var fs []*executor.Future
	for _, n := range names {
		fs = append(fs, pool.Submit(work, n))
	}
	var out []string
	for _, f := range fs {
		v, err := f.Result()
		if err != nil {
			return out, err
		}
		out = append(out, v.(string))
	}
	return out, nil
}

//cell

func main() {
	pool := executor.NewThreadPool(1)
	gate := make(chan struct{})
	started := make(chan struct{})
	running := pool.Submit(func() string {
		close(started)
		<-gate
		return work("running")
	})
	<-started
	q1 := pool.Submit(work, "queued-1")
	q2 := pool.Submit(work, "queued-2")
	fmt.Println(running.State(), q1.State(), q2.State())

	pool.Shutdown(false, true)
	fmt.Println(q1.State(), q1.Cancelled(), q2.IsDone())
	_, err := q1.Result()
	fmt.Println(errors.Is(err, executor.ErrCancelled))

	late := pool.Submit(work, "late")
	fmt.Println(late.IsDone(), late.Err(), errors.Is(late.Err(), executor.ErrShutdown))
	res, err := pool.Map(work, []string{"m1", "m2"})
	fmt.Println(len(res), errors.Is(err, executor.ErrShutdown))

	close(gate)
	pool.Shutdown(true, false)
	pool.Shutdown(true, true)
	fmt.Println(pool.Close())
	fmt.Println(running.Result())
	for _, n := range []string{"running", "queued-1", "queued-2", "late", "m1"} {
		fmt.Println(n, ledger.Count(n))
	}

	// A task that submits to its own pool, then the pool closes after.
	p2 := executor.NewThreadPool(2)
	f := p2.Submit(fanOut, p2, []string{"c1", "c2", "c3"})
	fmt.Println(f.Result())
	p2.Close()
	fmt.Println(p2.Submit(fanOut, p2, []string{"c4"}).Err())
	fmt.Println(ledger.Count("c2"), ledger.Count("c4"))

	// Shutdown(true, false) lets queued tasks run to the end.
	p3 := executor.NewThreadPool(1)
	var fs []*executor.Future
	for _, n := range []string{"d1", "d2", "d3"} {
		fs = append(fs, p3.Submit(work, n))
	}
	p3.Shutdown(true, false)
	for _, f := range fs {
		v, err := f.Result()
		fmt.Print(v, " ", err, "; ")
	}
	fmt.Println()
	fmt.Println(ledger.Count("d3"), p3.MaxWorkers())
}
