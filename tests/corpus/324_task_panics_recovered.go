//go:build ignore

// Panics inside pool tasks: a string, an error of a cell type, a runtime
// error (index out of range, nil map write, integer division by zero) and
// a re-panic in a deferred call. Each fails its own future with a
// *executor.PanicError; errors.As finds the panic value's error through
// it, and the pool keeps working afterwards.
package main

import (
	"errors"
	"fmt"
	"runtime"

	"github.com/gofutures/gofutures/executor"
)

// BadInput is panicked with by parse.
type BadInput struct {
	Field string
	Pos   int
}

func (b BadInput) Error() string { return fmt.Sprintf("bad %s at %d", b.Field, b.Pos) }

//cell

func parse(s string) int {
	n := 0
	for i, r := range s {
		if r < '0' || r > '9' {
			panic(BadInput{"digit", i})
		}
		n = n*10 + int(r-'0')
	}
	return n
}

func pick(xs []int, i int) int { return xs[i] }

func ratio(a, b int) int { return a / b }

func store(m map[string]int, k string) { m[k] = 1 }

func cleanup() (n int) {
	defer func() {
		if r := recover(); r != nil {
			panic(fmt.Sprintf("cleanup failed after %v", r))
		}
	}()
	panic("first")
}

//cell

func main() {
	pool := executor.NewThreadPool(1)
	defer pool.Close()

	report := func(f *executor.Future) {
		v, err := f.Result()
		var pe *executor.PanicError
		if !errors.As(err, &pe) {
			fmt.Println("value", v, "err", err)
			return
		}
		var re runtime.Error
		var bi BadInput
		fmt.Printf("panic %v (%T)\n", pe.Value, pe.Value)
		fmt.Println("  runtime:", errors.As(err, &re), "bad input:", errors.As(err, &bi), bi.Pos, "stack:", len(pe.Stack) > 0)
	}

	report(pool.Submit(parse, "1234"))
	report(pool.Submit(parse, "12x4"))
	report(pool.Submit(pick, []int{1, 2, 3}, 5))
	report(pool.Submit(ratio, 7, 0))
	var m map[string]int
	report(pool.Submit(store, m, "k"))
	report(pool.Submit(cleanup))
	report(pool.Submit(func() error { panic(fmt.Errorf("wrapped: %w", BadInput{"sign", 0})) }))

	// The pool survived every panic.
	res, err := pool.Map(parse, []string{"7", "8", "9"})
	fmt.Println(res, err)
	// Map reports the first failing item.
	res, err = pool.Map(parse, []string{"7", "x", "9"})
	var bi BadInput
	fmt.Println(res, errors.As(err, &bi), bi)
}
