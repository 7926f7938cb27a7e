//go:build ignore

// Pipelines and cancellation: stages connected by channels, each closing
// its output when done; fan-out to workers and fan-in with a WaitGroup;
// a done channel that tells upstream stages to stop early without leaking
// goroutines. Output is made deterministic by sorting merged results.
package main

import (
	"fmt"
	"runtime"
	"slices"
	"sync"
)

func gen(done <-chan struct{}, nums ...int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for _, n := range nums {
			select {
			case out <- n:
			case <-done:
				return
			}
		}
	}()
	return out
}

func square(done <-chan struct{}, in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for n := range in {
			select {
			case out <- n * n:
			case <-done:
				return
			}
		}
	}()
	return out
}

//cell

func merge(done <-chan struct{}, cs ...<-chan int) <-chan int {
	var wg sync.WaitGroup
	out := make(chan int)
	forward := func(c <-chan int) {
		defer wg.Done()
		for n := range c {
			select {
			case out <- n:
			case <-done:
				return
			}
		}
	}
	wg.Add(len(cs))
	for _, c := range cs {
		go forward(c)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

type stageCount struct {
	mu      sync.Mutex
	stopped int
}

func (s *stageCount) counted(done <-chan struct{}, in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer func() {
			s.mu.Lock()
			s.stopped++
			s.mu.Unlock()
			close(out)
		}()
		for n := range in {
			select {
			case out <- n + 1:
			case <-done:
				return
			}
		}
	}()
	return out
}

//cell

func main() {
	done := make(chan struct{})
	for v := range square(done, square(done, gen(done, 1, 2, 3))) {
		fmt.Print(v, " ")
	}
	fmt.Println()
	close(done)

	done2 := make(chan struct{})
	in := gen(done2, 1, 2, 3, 4, 5, 6, 7, 8)
	w1, w2, w3 := square(done2, in), square(done2, in), square(done2, in)
	var all []int
	for v := range merge(done2, w1, w2, w3) {
		all = append(all, v)
	}
	slices.Sort(all)
	fmt.Println(all)
	close(done2)

	done3 := make(chan struct{})
	sc := &stageCount{}
	var exits sync.WaitGroup
	src := gen(done3, 10, 20, 30, 40, 50, 60)
	a := sc.counted(done3, src)
	b := sc.counted(done3, a)
	first := <-b
	second := <-b
	close(done3)
	exits.Add(1)
	go func() {
		defer exits.Done()
		for range b {
		}
	}()
	exits.Wait()
	for {
		sc.mu.Lock()
		n := sc.stopped
		sc.mu.Unlock()
		if n == 2 {
			break
		}
		runtime.Gosched()
	}
	fmt.Println(first, second, "stages stopped:", sc.stopped)
}
