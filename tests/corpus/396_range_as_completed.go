//go:build ignore

// Range-over-func over the completion order and over Map's results:
// AsCompleted(...).All() yields futures as they finish (Err after the
// loop tells of a timeout), MapIter(...).Values() and .All() yield the
// results in input order, and breaking out of either loop closes the
// iterator: it unregisters from the futures, or cancels the items not
// yet started.
package main

import (
	"errors"
	"fmt"
	"time"

	"github.com/gofutures/gofutures/executor"
)

func square(x int) int { return x * x }

// chain submits jobs that finish in the given order once start is
// called: each, when done, opens the gate of the next. (Started before
// AsCompleted waits on them, all may be finished already, and it yields
// finished futures in the order given.)
func chain(pool executor.Executor, order []int) (fs []*executor.Future, start func()) {
	gates := make([]chan struct{}, len(order))
	for i := range gates {
		gates[i] = make(chan struct{})
	}
	fs = make([]*executor.Future, len(order))
	for i := range fs {
		gate := gates[i]
		fs[i] = pool.Submit(func() int { <-gate; return i })
	}
	for k := 0; k+1 < len(order); k++ {
		next := gates[order[k+1]]
		fs[order[k]].AddDoneCallback(func(*executor.Future) { close(next) })
	}
	return fs, func() { close(gates[order[0]]) }
}

// firstDone returns the result of the future that finishes first.
func firstDone(fs []*executor.Future, start func()) any {
	it := executor.AsCompleted(fs)
	start()
	for f := range it.All() {
		v, _ := f.Result()
		return v
	}
	return nil
}

//cell

func main() {
	pool := executor.NewThreadPool(4)
	defer pool.Close()

	fs, start := chain(pool, []int{2, 0, 3, 1})
	it := executor.AsCompleted(fs, executor.Timeout(10*time.Second))
	start()
	for f := range it.All() {
		v, _ := f.Result()
		fmt.Print(v, " ")
	}
	fmt.Println("err:", it.Err())

	fmt.Println("first:", firstDone(chain(pool, []int{1, 0})))

	// A timeout ends the loop; Err says how many were unfinished.
	block := make(chan struct{})
	slow := []*executor.Future{pool.Submit(square, 3), pool.Submit(func() { <-block })}
	slow[0].Result()
	it = executor.AsCompleted(slow, executor.Timeout(20*time.Millisecond))
	n := 0
	for range it.All() {
		n++
	}
	var te *executor.TimeoutError
	fmt.Println("before the timeout:", n, errors.As(it.Err(), &te), te.Unfinished, te.Total)

	// break closes the iterator.
	it = executor.AsCompleted(slow)
	for f := range it.All() {
		fmt.Println("took", f.State())
		break
	}
	fmt.Println("after break:", it.Next(), it.Err())
	close(block)

	for v := range pool.MapIter(square, []int{1, 2, 3, 4}).Values() {
		fmt.Print(v, " ")
	}
	fmt.Println()
	for i, v := range pool.MapIter(square, []int{5, 6, 7}, executor.ChunkSize(2)).All() {
		fmt.Print(i, ":", v, " ")
	}
	fmt.Println()

	// A failing item ends the loop; Err wraps its error.
	bad := errors.New("odd")
	mi := pool.MapIter(func(x int) (int, error) {
		if x%2 == 1 {
			return 0, bad
		}
		return x, nil
	}, []int{2, 4, 5, 6})
	for v := range mi.Values() {
		fmt.Print(v, " ")
	}
	fmt.Println("|", mi.Err(), errors.Is(mi.Err(), bad))

	// break cancels what has not started: one worker, blocked.
	one := executor.NewThreadPool(1)
	defer one.Close()
	gate := make(chan struct{})
	mi = one.MapIter(func(x int) int {
		if x > 1 {
			<-gate
		}
		return x
	}, []int{1, 2, 3, 4})
	for v := range mi.Values() {
		fmt.Println("first value", v)
		break
	}
	close(gate)
	cancelled := 0
	for _, f := range mi.Futures() {
		f.Err()
		if f.Cancelled() {
			cancelled++
		}
	}
	fmt.Println("cancelled at least 2:", cancelled >= 2, mi.Err())
}
