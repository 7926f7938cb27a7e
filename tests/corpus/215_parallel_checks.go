//go:build ignore

// Checking a batch of inputs in parallel: goroutines started in a loop
// capture the loop variables (Go 1.22 semantics), write results into
// their own slot, errors are gathered by index, a bounded pool reads
// jobs from a channel, and the output is printed in input order.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Result struct {
	Index int
	Input string
	Words int
	Upper string
	Err   error
}

var ErrBlank = errors.New("blank input")

func check(i int, s string) Result {
	r := Result{Index: i, Input: s}
	if strings.TrimSpace(s) == "" {
		r.Err = fmt.Errorf("input %d: %w", i, ErrBlank)
		return r
	}
	r.Words = len(strings.Fields(s))
	r.Upper = strings.ToUpper(s)
	return r
}

//cell

var inputs = []string{"go is fun", "", "channels and goroutines", "   ", "x", "the quick brown fox"}

func bySlot(in []string) []Result {
	out := make([]Result, len(in))
	var wg sync.WaitGroup
	for i, s := range in {
		wg.Add(1)
		go func() {
			defer wg.Done()
			out[i] = check(i, s)
		}()
	}
	wg.Wait()
	return out
}

func byChannel(in []string) []Result {
	ch := make(chan Result)
	for i, s := range in {
		go func() { ch <- check(i, s) }()
	}
	res := make([]Result, 0, len(in))
	for range in {
		res = append(res, <-ch)
	}
	sort.Slice(res, func(a, b int) bool { return res[a].Index < res[b].Index })
	return res
}

//cell

func pool(in []string, workers int) (map[int]Result, []error) {
	jobs := make(chan int)
	var mu sync.Mutex
	got := map[int]Result{}
	var errs []error
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				r := check(i, in[i])
				mu.Lock()
				got[i] = r
				if r.Err != nil {
					errs = append(errs, r.Err)
				}
				mu.Unlock()
			}
		}()
	}
	for i := range in {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	sort.Slice(errs, func(a, b int) bool { return errs[a].Error() < errs[b].Error() })
	return got, errs
}

//cell

func main() {
	a := bySlot(inputs)
	b := byChannel(inputs)
	for i := range a {
		same := a[i].Index == b[i].Index && a[i].Words == b[i].Words && a[i].Upper == b[i].Upper
		fmt.Printf("%d %-24q words=%d same=%v err=%v\n", a[i].Index, a[i].Input, a[i].Words, same, a[i].Err)
	}
	got, errs := pool(inputs, 3)
	fmt.Println(len(got), len(errs), errors.Join(errs...))
	for _, e := range errs {
		fmt.Println(errors.Is(e, ErrBlank), e)
	}
	total := 0
	for i := 0; i < len(inputs); i++ {
		total += got[i].Words
	}
	fmt.Println("words:", total)
	var funcs []func() string
	for _, r := range a[:3] {
		funcs = append(funcs, func() string { return fmt.Sprint(r.Index, ":", r.Words) })
	}
	for _, f := range funcs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	fmt.Printf("%+v\n", a[4])
}
