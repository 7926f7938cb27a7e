//go:build ignore

// Goroutines started from a range over a function (wg.Go and go
// statements) capture each iteration's variables; a break stops the
// iteration; defers in a range body inside a goroutine run at its end.
package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"sync"
	"sync/atomic"
)

func Enumerate[T any](xs []T) iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		for i, x := range xs {
			if !yield(i, x) {
				return
			}
		}
	}
}

type Result struct {
	Idx  int
	Word string
	Len  int
}

//cell

var words = []string{"alpha", "be", "gamma", "de", "epsilon"}

func step1() {
	var wg sync.WaitGroup
	results := make(chan Result, len(words))
	for i, w := range Enumerate(words) {
		if len(w) < 3 {
			continue
		}
		wg.Go(func() {
			results <- Result{i, w, len(w)}
		})
	}
	wg.Wait()
	close(results)
	var rs []Result
	for r := range results {
		rs = append(rs, r)
	}
	slices.SortFunc(rs, func(a, b Result) int { return a.Idx - b.Idx })
	fmt.Println(rs)
}

//cell

func step2() {
	var total atomic.Int64
	var mu sync.Mutex
	seen := map[string]int{}
	var wg2 sync.WaitGroup
	for i, w := range Enumerate(words) {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			total.Add(int64(i))
			mu.Lock()
			defer mu.Unlock()
			seen[w] = i
		}()
		if i == 3 {
			break
		}
	}
	wg2.Wait()
	fmt.Println(total.Load(), slices.Sorted(maps.Keys(seen)), seen["gamma"])
	done := make(chan struct{})
	out := make([]string, 0)
	go func() {
		defer close(done)
		for i, w := range Enumerate(words) {
			defer func() { out = append(out, fmt.Sprint(i, w)) }()
		}
	}()
	<-done
	fmt.Println(out)
}

//cell

func main() {
	step1()
	step2()
}
