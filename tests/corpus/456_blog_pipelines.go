//go:build ignore

// The Go blog's "Go Concurrency Patterns: Pipelines and cancellation":
// gen and sq stages connected by channels, sq fanned out to two workers
// and merged with a WaitGroup, an explicit done channel closed to cancel
// upstream stages when the consumer stops early, buffered channels, and
// a bounded-parallelism digest of in-memory "files" (md5 of each, sorted
// by name). Results whose order depends on scheduling are summed or sorted.
package main

import (
	"crypto/md5"
	"fmt"
	"sort"
	"sync"
)

//cell

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

func sq(done <-chan struct{}, in <-chan int) <-chan int {
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

func merge(done <-chan struct{}, cs ...<-chan int) <-chan int {
	var wg sync.WaitGroup
	out := make(chan int)
	output := func(c <-chan int) {
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
		go output(c)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

//cell

type result struct {
	path string
	sum  [md5.Size]byte
}

func digestAll(files map[string]string, workers int) []result {
	done := make(chan struct{})
	defer close(done)
	paths := make(chan string)
	go func() {
		defer close(paths)
		names := make([]string, 0, len(files))
		for name := range files {
			names = append(names, name)
		}
		sort.Strings(names)
		for _, name := range names {
			select {
			case paths <- name:
			case <-done:
				return
			}
		}
	}()
	c := make(chan result)
	var wg sync.WaitGroup
	wg.Add(workers)
	for i := 0; i < workers; i++ {
		go func() {
			defer wg.Done()
			for p := range paths {
				select {
				case c <- result{p, md5.Sum([]byte(files[p]))}:
				case <-done:
					return
				}
			}
		}()
	}
	go func() {
		wg.Wait()
		close(c)
	}()
	var out []result
	for r := range c {
		out = append(out, r)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].path < out[j].path })
	return out
}

//cell

func main() {
	done := make(chan struct{})
	for n := range sq(done, sq(done, gen(done, 2, 3))) {
		fmt.Println(n)
	}

	in := gen(done, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10)
	c1 := sq(done, in)
	c2 := sq(done, in)
	var got []int
	for n := range merge(done, c1, c2) {
		got = append(got, n)
	}
	sort.Ints(got)
	fmt.Println(got)
	close(done)

	done2 := make(chan struct{})
	out := merge(done2, sq(done2, gen(done2, 5, 5, 5, 5)), sq(done2, gen(done2, 5, 5)))
	first := <-out
	close(done2)
	fmt.Println("first:", first)
	for range out {
	}
	fmt.Println("drained after cancel")

	buffered := make(chan int, 3)
	for _, v := range []int{7, 8, 9} {
		buffered <- v
	}
	close(buffered)
	fmt.Println(len(buffered), cap(buffered))
	total := 0
	for v := range buffered {
		total += v
	}
	fmt.Println(total)

	files := map[string]string{"a.txt": "alpha", "b.txt": "beta", "c/d.txt": "", "e.txt": "alpha"}
	for _, r := range digestAll(files, 3) {
		fmt.Printf("%x  %s\n", r.sum, r.path)
	}
}
