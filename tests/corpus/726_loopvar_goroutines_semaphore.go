//go:build ignore

// Go 1.22 loop variables captured by goroutines (range and three-clause
// loops, nested, with arguments), a buffered-channel semaphore bounding
// them, and an accumulator that embeds sync.Mutex.
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

//cell

type Job struct {
	Name string
	N    int
}

func (j Job) Run() string { return strings.Repeat(j.Name, j.N) }

type Result struct {
	Idx int
	Out string
}

type Acc struct {
	sync.Mutex
	total map[string]int
}

func (a *Acc) Add(k string, v int) {
	a.Lock()
	defer a.Unlock()
	if a.total == nil {
		a.total = map[string]int{}
	}
	a.total[k] += v
}

//cell

func captures() {
	jobs := []Job{{"a", 1}, {"b", 2}, {"c", 3}}
	results := make(chan Result, len(jobs))
	var wg sync.WaitGroup
	for i, j := range jobs {
		wg.Go(func() { results <- Result{i, j.Run()} })
	}
	wg.Wait()
	close(results)
	ordered := make([]string, len(jobs))
	for r := range results {
		ordered[r.Idx] = r.Out
	}
	fmt.Println(ordered)

	var fns []func() Result
	for i := 0; i < 3; i++ {
		j := &jobs[i]
		fns = append(fns, func() Result { return Result{i, j.Run()} })
	}
	jobs[0].N = 4
	outs := make([]Result, len(fns))
	var wg2 sync.WaitGroup
	for k, f := range fns {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			outs[k] = f()
		}()
	}
	wg2.Wait()
	fmt.Println(outs)

	var mu sync.Mutex
	seen := map[int][]string{}
	var wg3 sync.WaitGroup
	for i := range 3 {
		for _, s := range []string{"x", "y"} {
			wg3.Add(1)
			go func(tag string) {
				defer wg3.Done()
				mu.Lock()
				seen[i] = append(seen[i], tag+s)
				mu.Unlock()
			}(fmt.Sprint(i))
		}
	}
	wg3.Wait()
	for i := range 3 {
		sort.Strings(seen[i])
		fmt.Print(seen[i], " ")
	}
	fmt.Println()
}

//cell

func bounded(words []string, limit int) ([]int, bool) {
	sem := make(chan struct{}, limit)
	var active, peak int
	var mu sync.Mutex
	lengths := make([]int, len(words))
	var wg sync.WaitGroup
	for i, w := range words {
		sem <- struct{}{}
		wg.Go(func() {
			defer func() { <-sem }()
			mu.Lock()
			active++
			peak = max(peak, active)
			mu.Unlock()
			lengths[i] = len(w)
			mu.Lock()
			active--
			mu.Unlock()
		})
	}
	wg.Wait()
	return lengths, peak <= limit && active == 0
}

//cell

func main() {
	captures()
	fmt.Println(bounded(strings.Fields("one two three four five six"), 2))
	fmt.Println(bounded(nil, 1))
	acc := &Acc{}
	var wg sync.WaitGroup
	for i := range 10 {
		k := []string{"even", "odd"}[i%2]
		wg.Go(func() { acc.Add(k, i) })
	}
	wg.Wait()
	fmt.Println(acc.total["even"], acc.total["odd"], len(acc.total))
}
