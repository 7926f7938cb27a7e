//go:build ignore

// Python's pool.map(math.sqrt, ...) in Go: standard-library functions as
// process-pool tasks. A compiled program's workers are the program
// itself, so it registers them under their names; in the notebook the
// kernel's workers know them by those names anyway. Results come back
// in input order, or in completion order through AsCompleted's All.
package main

import (
	"errors"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/gofutures/gofutures/executor"
)

//cell

func main() {
	executor.Register("math.Sqrt", math.Sqrt)
	executor.Register("strings.Repeat", strings.Repeat)
	executor.Register("strconv.Itoa", strconv.Itoa)
	executor.Register("strconv.Atoi", strconv.Atoi)
	executor.RunWorker()

	pool := executor.NewProcessPool(2)
	defer pool.Close()

	roots, err := pool.Map(math.Sqrt, []float64{1, 4, 9, 2})
	fmt.Println(roots, err)
	fmt.Println(pool.Submit(strings.Repeat, "ab", 3).Result())
	fmt.Println(pool.Map(strconv.Itoa, []int{7, 42, -1}, executor.ChunkSize(2)))

	// An error a standard-library function returns crosses as its text.
	_, err = pool.Submit(strconv.Atoi, "x1").Result()
	fmt.Println(err)

	fs := []*executor.Future{pool.Submit(math.Sqrt, 81.0), pool.Submit(strings.Repeat, "-", 5)}
	n := 0
	for f := range executor.AsCompleted(fs).All() {
		if f.IsDone() {
			n++
		}
	}
	fmt.Println(n, "done")
	for _, f := range fs {
		fmt.Println(f.Result())
	}

	// A generic instance has no name a worker could look it up by.
	var ce *executor.CallError
	fmt.Println(errors.As(pool.Submit(slices.Max[[]int], []int{1, 3}).Err(), &ce))
}
