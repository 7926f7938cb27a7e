//go:build ignore

// A pipeline of stages over channels of cell struct types: a generator,
// a pool of workers with results carrying their job's index, a fan-in
// through a WaitGroup closer, errors of a cell type collected, and the
// results put back in order; a bounded semaphore channel.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
)

//cell

type Job struct {
	ID   int
	Text string
}

type Result struct {
	Job   Job
	Words int
	Upper string
	Err   error
}

type BadInput struct {
	ID     int
	Reason string
}

func (b BadInput) Error() string { return fmt.Sprintf("job %d: %s", b.ID, b.Reason) }

func generate(texts ...string) <-chan Job {
	out := make(chan Job)
	go func() {
		defer close(out)
		for i, t := range texts {
			out <- Job{ID: i, Text: t}
		}
	}()
	return out
}

func process(j Job) Result {
	if strings.TrimSpace(j.Text) == "" {
		return Result{Job: j, Err: BadInput{j.ID, "empty"}}
	}
	return Result{Job: j, Words: len(strings.Fields(j.Text)), Upper: strings.ToUpper(j.Text)}
}

//cell

func pool(in <-chan Job, n int) <-chan Result {
	out := make(chan Result)
	var wg sync.WaitGroup
	for w := 0; w < n; w++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for j := range in {
				out <- process(j)
			}
		}(w)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func squares(nums []int, limit int) []int {
	sem := make(chan struct{}, limit)
	res := make([]int, len(nums))
	var mu sync.Mutex
	maxActive, active := 0, 0
	var wg sync.WaitGroup
	for i, n := range nums {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			mu.Lock()
			active++
			maxActive = max(maxActive, active)
			mu.Unlock()
			res[i] = n * n
			mu.Lock()
			active--
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println("bounded:", maxActive <= limit)
	return res
}

func main() {
	var results []Result
	for r := range pool(generate("go is fun", "", "channels and pools", "  ", "x"), 3) {
		results = append(results, r)
	}
	sort.Slice(results, func(i, j int) bool { return results[i].Job.ID < results[j].Job.ID })
	var errs []error
	for _, r := range results {
		if r.Err != nil {
			errs = append(errs, r.Err)
			continue
		}
		fmt.Printf("%d %-20q words=%d %s\n", r.Job.ID, r.Job.Text, r.Words, r.Upper)
	}
	all := errors.Join(errs...)
	fmt.Println(all)
	var bi BadInput
	fmt.Println(errors.As(all, &bi), bi.ID, bi)
	fmt.Println(squares([]int{1, 2, 3, 4, 5, 6, 7}, 2))

	stage := func(in <-chan int, f func(int) int) <-chan int {
		out := make(chan int)
		go func() {
			defer close(out)
			for v := range in {
				out <- f(v)
			}
		}()
		return out
	}
	src := make(chan int)
	go func() {
		for i := 1; i <= 5; i++ {
			src <- i
		}
		close(src)
	}()
	sum := 0
	for v := range stage(stage(src, func(x int) int { return x * 10 }), func(x int) int { return x + 1 }) {
		fmt.Print(v, " ")
		sum += v
	}
	fmt.Println("sum", sum)
}
