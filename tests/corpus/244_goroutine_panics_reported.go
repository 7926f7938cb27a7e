//go:build ignore

// Each goroutine guards itself: a deferred recover turns its panic into a
// Failure sent back on a channel. The tasks fail in different ways
// (runtime errors, custom values, errors); the collector sorts the
// reports by task id so the output does not depend on scheduling.
package main

import (
	"errors"
	"fmt"
	"runtime"
	"sort"
	"sync"
)

type Task struct {
	ID    int
	Input []int
}

type Report struct {
	ID      int
	Sum     int
	Failure string
	Runtime bool
}

//cell

var ErrEmpty = errors.New("empty input")

func (t Task) Run() int {
	switch {
	case len(t.Input) == 0:
		panic(ErrEmpty)
	case t.Input[0] < 0:
		panic(fmt.Sprintf("task %d: negative head %d", t.ID, t.Input[0]))
	}
	total := 0
	for i := 0; i <= t.Input[0]; i++ {
		total += t.Input[i] / t.Input[len(t.Input)-1]
	}
	return total
}

func guarded(t Task, out chan<- Report, wg *sync.WaitGroup) {
	defer wg.Done()
	rep := Report{ID: t.ID}
	defer func() {
		if r := recover(); r != nil {
			_, rep.Runtime = r.(runtime.Error)
			if err, ok := r.(error); ok {
				rep.Failure = err.Error()
			} else {
				rep.Failure = fmt.Sprint(r)
			}
		}
		out <- rep
	}()
	rep.Sum = t.Run()
}

//cell

func main() {
	tasks := []Task{
		{1, []int{2, 4, 6}},
		{2, nil},
		{3, []int{-1, 5}},
		{4, []int{5, 1, 2}},
		{5, []int{1, 3, 0}},
		{6, []int{1, 8, 2}},
	}
	out := make(chan Report, len(tasks))
	var wg sync.WaitGroup
	for _, t := range tasks {
		wg.Add(1)
		go guarded(t, out, &wg)
	}
	wg.Wait()
	close(out)
	var reports []Report
	for r := range out {
		reports = append(reports, r)
	}
	sort.Slice(reports, func(i, j int) bool { return reports[i].ID < reports[j].ID })
	failed := 0
	for _, r := range reports {
		if r.Failure != "" {
			failed++
			fmt.Printf("task %d failed (runtime=%t): %s\n", r.ID, r.Runtime, r.Failure)
			continue
		}
		fmt.Printf("task %d sum %d\n", r.ID, r.Sum)
	}
	fmt.Printf("%d of %d failed\n", failed, len(reports))
}
