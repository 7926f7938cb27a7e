//go:build ignore

// A calculator that turns panics into errors with defer and recover:
// the recovered runtime errors' texts (index out of range, nil map
// write, integer division by zero, failed type assertion, nil pointer),
// custom panic values, re-panicking, and named results set by the
// deferred function.
package main

import (
	"errors"
	"fmt"
	"runtime"
	"strings"
)

type Op func(args []any) any

var ops = map[string]Op{}

type PanicError struct {
	Op    string
	Value any
}

func (e *PanicError) Error() string { return fmt.Sprintf("%s panicked: %v", e.Op, e.Value) }

//cell

func safely(name string, f Op, args ...any) (result any, err error) {
	defer func() {
		if r := recover(); r != nil {
			if re, ok := r.(runtime.Error); ok {
				err = fmt.Errorf("%s: runtime: %w", name, re)
				return
			}
			err = &PanicError{name, r}
			result = "<none>"
		}
	}()
	return f(args), nil
}

func init() {
	ops["div"] = func(a []any) any { return a[0].(int) / a[1].(int) }
	ops["nth"] = func(a []any) any { return a[0].([]int)[a[1].(int)] }
	ops["put"] = func(a []any) any {
		var m map[string]int
		if a[0] == true {
			m = map[string]int{}
		}
		m["k"] = 1
		return len(m)
	}
	ops["neg"] = func(a []any) any {
		if a[0].(int) < 0 {
			panic(fmt.Sprintf("negative %d", a[0]))
		}
		return -a[0].(int)
	}
	ops["deref"] = func(a []any) any {
		var p *struct{ N int }
		if len(a) > 0 {
			p = &struct{ N int }{a[0].(int)}
		}
		return p.N
	}
	ops["fail"] = func(a []any) any { panic(errors.New("boom")) }
}

//cell

func run(name string, args ...any) {
	res, err := safely(name, ops[name], args...)
	var pe *PanicError
	var re runtime.Error
	switch {
	case errors.As(err, &re):
		fmt.Printf("%-6s runtime error %q\n", name, re.Error())
	case errors.As(err, &pe):
		fmt.Printf("%-6s %v (value %T) result=%v\n", name, pe, pe.Value, res)
	default:
		fmt.Printf("%-6s = %v\n", name, res)
	}
}

func mustPositive(n int) (out int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("  recovered:", r)
			out = -1
		}
	}()
	defer func() {
		if r := recover(); r != nil {
			panic(fmt.Sprint("re-panic: ", r))
		}
	}()
	if n <= 0 {
		panic("not positive")
	}
	return n * 2
}

//cell

func main() {
	run("div", 7, 2)
	run("div", 7, 0)
	run("nth", []int{1, 2, 3}, 1)
	run("nth", []int{1, 2, 3}, 5)
	run("nth", []int{}, -1+1)
	run("put", true)
	run("put", false)
	run("neg", 4)
	run("neg", -4)
	run("deref", 3)
	run("deref")
	run("div", "7", 1)
	run("fail")
	fmt.Println(mustPositive(5), mustPositive(0))

	func() {
		defer func() {
			r := recover()
			err, ok := r.(error)
			fmt.Println(ok, err, strings.HasPrefix(fmt.Sprint(r), "runtime error"))
		}()
		var arr [4]int
		i := 4
		arr[i%len(arr)] = 1
		fmt.Println(arr)
		_ = arr[i]
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		s := []string{"a", "b"}
		lo, hi := 2, 1
		fmt.Println(s[lo:hi])
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var x any = 3.5
		fmt.Println(x.(fmt.Stringer))
	}()
	fmt.Println(recover())
}
