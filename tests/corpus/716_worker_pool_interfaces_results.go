//go:build ignore

// A worker pool whose jobs are interface values of several cell types,
// writing results into a slice by index; errors cross a channel.
package main

import (
	"errors"
	"fmt"
	"math"
	"sync"
)

//cell

type Shape interface {
	Area() float64
	Name() string
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }
type Bad struct{ Why string }

func (r Rect) Area() float64    { return r.W * r.H }
func (r Rect) Name() string     { return "rect" }
func (c *Circle) Area() float64 { return math.Pi * c.R * c.R }
func (c *Circle) Name() string  { return "circle" }
func (b Bad) Area() float64     { return math.NaN() }
func (b Bad) Name() string      { return "bad(" + b.Why + ")" }

type Job struct {
	ID    int
	Shape Shape
}

type Result struct {
	ID   int
	Name string
	Area float64
}

type ShapeError struct {
	ID  int
	Err error
}

func (e *ShapeError) Error() string { return fmt.Sprintf("job %d: %v", e.ID, e.Err) }
func (e *ShapeError) Unwrap() error { return e.Err }

var ErrNaN = errors.New("area is not a number")

//cell

func worker(jobs <-chan Job, results []Result, errs chan<- error, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		a := j.Shape.Area()
		if math.IsNaN(a) {
			errs <- &ShapeError{j.ID, ErrNaN}
			continue
		}
		results[j.ID] = Result{j.ID, j.Shape.Name(), math.Round(a*100) / 100}
	}
}

func run(shapes []Shape, workers int) ([]Result, []error) {
	jobs := make(chan Job)
	errs := make(chan error, len(shapes))
	results := make([]Result, len(shapes))
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go worker(jobs, results, errs, &wg)
	}
	for i, s := range shapes {
		jobs <- Job{i, s}
	}
	close(jobs)
	wg.Wait()
	close(errs)
	var all []error
	for e := range errs {
		all = append(all, e)
	}
	return results, all
}

//cell

func main() {
	shapes := []Shape{Rect{2, 3}, &Circle{1}, Bad{"x"}, Rect{1.5, 4}, &Circle{2.5}, Bad{"y"}}
	res, errs := run(shapes, 3)
	for _, r := range res {
		fmt.Printf("%+v\n", r)
	}
	fmt.Println(len(errs), "errors")
	ids := 0
	for _, e := range errs {
		var se *ShapeError
		if errors.As(e, &se) && errors.Is(e, ErrNaN) {
			ids += se.ID
		}
	}
	fmt.Println("id sum", ids)
	var zero Result
	fmt.Println(res[2] == zero, res[5] == zero)
}
