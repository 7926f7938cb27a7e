//go:build ignore

// Workers started with a method expression, interface values of cell
// types sent through select, and panics of a cell error type recovered
// in goroutines, asserted to error and matched with errors.As.
package main

import (
	"errors"
	"fmt"
	"sort"
	"sync"
)

//cell

type Shape interface{ Area() int }
type Sq struct{ S int }
type Rc struct{ W, H int }

func (s Sq) Area() int  { return s.S * s.S }
func (r *Rc) Area() int { return r.W * r.H }

type Worker struct {
	ID   int
	done int
}

func (w *Worker) Run(in <-chan Shape, out chan<- int, wg *sync.WaitGroup) {
	defer wg.Done()
	for s := range in {
		w.done++
		out <- s.Area()
	}
}

//cell

func workers() {
	in := make(chan Shape)
	out := make(chan int, 10)
	var wg sync.WaitGroup
	ws := []*Worker{{ID: 1}, {ID: 2}}
	for _, w := range ws {
		wg.Add(1)
		go (*Worker).Run(w, in, out, &wg)
	}
	shared := &Rc{2, 3}
	for _, s := range []Shape{Sq{2}, shared, Sq{3}, shared} {
		in <- s
	}
	close(in)
	wg.Wait()
	close(out)
	var areas []int
	for a := range out {
		areas = append(areas, a)
	}
	sort.Ints(areas)
	fmt.Println(areas, ws[0].done+ws[1].done)

	sel := make(chan Shape, 1)
	var target Shape = Sq{3}
	for range 2 {
		select {
		case sel <- Sq{3}:
			fmt.Println("sent")
		default:
			fmt.Println("full")
		}
	}
	got := <-sel
	fmt.Println(got == target, got == Sq{3}, got != Shape(Sq{4}))
	rc := &Rc{1, 1}
	sel <- rc
	fmt.Println(<-sel == Shape(rc))
}

//cell

type JobError struct {
	Job  int
	Code int
}

func (e JobError) Error() string { return fmt.Sprintf("job %d failed with %d", e.Job, e.Code) }

type FatalError struct{ Msg string }

func (e *FatalError) Error() string { return "fatal: " + e.Msg }

func runJob(i int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(error); ok {
				err = fmt.Errorf("recovered: %w", e)
				return
			}
			err = fmt.Errorf("recovered value: %v", r)
		}
	}()
	switch i % 4 {
	case 1:
		panic(JobError{i, i * 10})
	case 2:
		var m map[string]int
		m["x"] = i
	case 3:
		panic(&FatalError{fmt.Sprint("job ", i)})
	}
	return nil
}

//cell

func main() {
	workers()
	errs := make([]error, 8)
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Go(func() { errs[i] = runJob(i) })
	}
	wg.Wait()
	for i, e := range errs {
		var je JobError
		var fe *FatalError
		var re interface{ RuntimeError() }
		fmt.Println(i, e, errors.As(e, &je), je.Code, errors.As(e, &fe), errors.As(e, &re))
	}
	joined := errors.Join(errs...)
	var je JobError
	fmt.Println(errors.As(joined, &je), je.Job)
}
