//go:build ignore

// Pipelines and cancellation: stages connected by channels, each closing
// its output when it ends; fan-out to workers and fan-in with a
// WaitGroup; a stop channel that tells upstream stages to quit early
// without leaking goroutines. Output is made deterministic by sorting the
// fanned-in results.
package main

import (
	"fmt"
	"runtime"
	"slices"
	"sync"
)

// countdown sends from, from-1, ..., 1.
func countdown(stop <-chan struct{}, from int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for n := from; n > 0; n-- {
			select {
			case out <- n:
			case <-stop:
				return
			}
		}
	}()
	return out
}

// affine sends a*n+b for each n it receives.
func affine(stop <-chan struct{}, in <-chan int, a, b int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for n := range in {
			select {
			case out <- a*n + b:
			case <-stop:
				return
			}
		}
	}()
	return out
}

//cell

func fanIn(stop <-chan struct{}, ins ...<-chan int) <-chan int {
	out := make(chan int)
	var wg sync.WaitGroup
	relay := func(in <-chan int) {
		defer wg.Done()
		for n := range in {
			select {
			case out <- n:
			case <-stop:
				return
			}
		}
	}
	wg.Add(len(ins))
	for _, in := range ins {
		go relay(in)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

type exitTally struct {
	mu    sync.Mutex
	exits int
}

func (t *exitTally) halve(stop <-chan struct{}, in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer func() {
			t.mu.Lock()
			t.exits++
			t.mu.Unlock()
			close(out)
		}()
		for n := range in {
			select {
			case out <- n / 2:
			case <-stop:
				return
			}
		}
	}()
	return out
}

//cell

func main() {
	stop := make(chan struct{})
	for v := range affine(stop, affine(stop, countdown(stop, 4), 3, 0), 1, -1) {
		fmt.Print(v, " ")
	}
	fmt.Println()
	close(stop)

	stop2 := make(chan struct{})
	src := countdown(stop2, 9)
	w1 := affine(stop2, src, 10, 1)
	w2 := affine(stop2, src, 10, 1)
	w3 := affine(stop2, src, 10, 1)
	var got []int
	for v := range fanIn(stop2, w1, w2, w3) {
		got = append(got, v)
	}
	slices.Sort(got)
	fmt.Println(got)
	close(stop2)

	stop3 := make(chan struct{})
	tally := &exitTally{}
	var drained sync.WaitGroup
	first := tally.halve(stop3, countdown(stop3, 100))
	second := tally.halve(stop3, first)
	a, b, c := <-second, <-second, <-second
	close(stop3)
	drained.Add(1)
	go func() {
		defer drained.Done()
		for range second {
		}
	}()
	drained.Wait()
	for {
		tally.mu.Lock()
		n := tally.exits
		tally.mu.Unlock()
		if n == 2 {
			break
		}
		runtime.Gosched()
	}
	fmt.Println(a, b, c, "stages that exited:", tally.exits)
}
