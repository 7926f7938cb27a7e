//go:build ignore

// The Go 1.22 for-loop change: each iteration has its own loop variable,
// so closures, goroutines and pointers taken in the loop see the value of
// their iteration; three-clause loops copy the variable into the next
// iteration before the post statement, so a change in the body carries
// over.
package main

import (
	"fmt"
	"sort"
	"sync"
)

type Task struct {
	ID   int
	Name string
}

type registry struct {
	handlers map[string]func() string
}

func (r *registry) add(name string, h func() string) {
	if r.handlers == nil {
		r.handlers = map[string]func() string{}
	}
	r.handlers[name] = h
}

//cell

func collectClosures() []func() int {
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i * 10 })
	}
	return fs
}

func pointersTo(tasks []Task) []*Task {
	var ps []*Task
	for _, t := range tasks {
		ps = append(ps, &t)
	}
	return ps
}

func bodyChangesCarry() []int {
	var seen []int
	for i := 0; i < 10; i++ {
		seen = append(seen, i)
		if i%3 == 0 {
			i++
		}
	}
	return seen
}

//cell

func main() {
	for _, f := range collectClosures() {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	tasks := []Task{{1, "build"}, {2, "test"}, {3, "ship"}}
	for _, p := range pointersTo(tasks) {
		fmt.Print(p.Name, " ")
	}
	fmt.Println()
	ps := pointersTo(tasks)
	ps[0].Name = "changed"
	fmt.Println(tasks[0].Name, ps[0].Name, ps[0] != ps[1])

	var wg sync.WaitGroup
	var mu sync.Mutex
	var got []string
	for _, t := range tasks {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			got = append(got, fmt.Sprintf("%d-%s", t.ID, t.Name))
			mu.Unlock()
		}()
	}
	wg.Wait()
	sort.Strings(got)
	fmt.Println(got)

	var r registry
	for _, name := range []string{"get", "put", "del"} {
		r.add(name, func() string { return "handled " + name })
	}
	for _, k := range []string{"del", "get", "put"} {
		fmt.Println(r.handlers[k]())
	}

	fmt.Println(bodyChangesCarry())

	var addrs []*int
	for i := range 3 {
		addrs = append(addrs, &i)
	}
	fmt.Println(*addrs[0], *addrs[1], *addrs[2], addrs[0] != addrs[2])

	var prints []func()
	for i, j := 0, 10; i < 3; i, j = i+1, j-1 {
		prints = append(prints, func() { fmt.Print(i, ":", j, " ") })
	}
	for _, p := range prints {
		p()
	}
	fmt.Println()

	counter := 0
	var incs []func()
	for i := 0; i < 3; i++ {
		incs = append(incs, func() { counter += i })
	}
	for _, f := range incs {
		f()
	}
	fmt.Println("counter", counter)
}
