//go:build ignore

// Defer, panic and recover: deferred arguments are evaluated at the defer
// statement, deferred calls run last-in first-out, a deferred closure can
// change named results, and recover turns a panic inside a helper into an
// error value for the caller.
package main

import (
	"errors"
	"fmt"
	"strings"
)

var trace []string

func note(format string, args ...any) {
	trace = append(trace, fmt.Sprintf(format, args...))
}

func flush(title string) {
	fmt.Println(title+":", strings.Join(trace, " | "))
	trace = trace[:0]
}

//cell

func argsAtDefer() {
	x := 1
	defer note("deferred sees x=%d", x)
	x = 42
	defer func() { note("closure sees x=%d", x) }()
	x++
}

func stack() {
	for i := range 4 {
		defer note("pop %d", i)
	}
	note("loop done")
}

func doubled() (n int) {
	defer func() { n *= 2 }()
	return 21
}

func tripleOnPanic() (result int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
			result = -1
		}
	}()
	var m map[string]int
	m["boom"] = 1
	return 3, nil
}

//cell

type parseError struct {
	line int
	msg  string
}

func (e *parseError) Error() string { return fmt.Sprintf("line %d: %s", e.line, e.msg) }

func mustPositive(line, v int) int {
	if v <= 0 {
		panic(&parseError{line, fmt.Sprintf("want positive, got %d", v)})
	}
	return v
}

func total(vals []int) (sum int, err error) {
	defer func() {
		r := recover()
		if r == nil {
			return
		}
		if pe, ok := r.(*parseError); ok {
			err = pe
			return
		}
		panic(r)
	}()
	for i, v := range vals {
		sum += mustPositive(i+1, v)
	}
	return sum, nil
}

func depth(n int) {
	defer note("leave %d", n)
	if n == 3 {
		panic(fmt.Sprintf("too deep at %d", n))
	}
	note("enter %d", n+1)
	depth(n + 1)
}

//cell

func main() {
	argsAtDefer()
	flush("args")
	stack()
	flush("lifo")
	fmt.Println("doubled:", doubled())
	r, err := tripleOnPanic()
	fmt.Println("triple:", r, err)

	for _, vals := range [][]int{{1, 2, 3}, {4, -5, 6}, {}} {
		s, err := total(vals)
		var pe *parseError
		fmt.Println(s, err, errors.As(err, &pe))
	}

	func() {
		defer func() {
			note("recovered %v", recover())
		}()
		depth(0)
	}()
	flush("depth")

	func() {
		defer func() {
			r := recover()
			e, ok := r.(error)
			fmt.Println("runtime error?", ok, e)
		}()
		var xs []int
		_ = xs[len(trace)+2]
	}()
	fmt.Println("recover outside panic:", recover())
}
