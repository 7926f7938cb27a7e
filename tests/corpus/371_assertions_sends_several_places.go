//go:build ignore

// Type assertions, conversions of slices to arrays, makes and channel
// operations in several places of one function, in a worker pipeline:
// the values, and the runtime errors recovered, read as Go's.
package main

import (
	"errors"
	"fmt"
)

//cell

type Job struct {
	ID      int
	Payload any
}

func handle(j Job, out chan<- string) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("job %d: %v", j.ID, r)
		}
	}()
	switch j.ID % 3 {
	case 0:
		s := j.Payload.(string)
		out <- "text " + s
	case 1:
		xs := j.Payload.([]int)
		first := [2]int(xs)
		out <- fmt.Sprint("pair ", first[0]+first[1])
	default:
		n := j.Payload.(int)
		buf := make([]byte, n)
		out <- fmt.Sprint("buf ", len(buf))
	}
	return nil
}

//cell

func main() {
	out := make(chan string, 10)
	jobs := []Job{
		{0, "hello"}, {1, []int{2, 3, 4}}, {2, 3},
		{3, 42}, {4, []int{1}}, {5, -1}, {6, "bye"},
	}
	var errs []error
	for _, j := range jobs {
		if err := handle(j, out); err != nil {
			errs = append(errs, err)
		}
	}
	close(out)
	for s := range out {
		fmt.Println(s)
	}
	fmt.Println(errors.Join(errs...))
	closed := make(chan string)
	close(closed)
	fmt.Println(handle(Job{9, "late"}, closed))
}
