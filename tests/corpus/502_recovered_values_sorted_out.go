//go:build ignore

// Recovered values sorted out by a generic helper declared before the
// notebook's error types: runtime.Error and a pointer error type found
// with errors.As (also wrapped), a named int panicked with its String
// method, nested deferred recovers that panic again, a re-panic with a
// new value, deferred closures of a loop and a nil pointer's field.
package main

import (
	"errors"
	"fmt"
	"runtime"
	"strings"
)

// recoveredAs finds a T in what recover returned, through wrapping.
func recoveredAs[T error](r any) (T, bool) {
	var t T
	e, ok := r.(error)
	if !ok {
		return t, false
	}
	return t, errors.As(e, &t)
}

//cell

type QuotaError struct {
	Tenant string
	Over   int
}

func (q *QuotaError) Error() string {
	return fmt.Sprintf("tenant %s exceeded quota by %d", q.Tenant, q.Over)
}

type Stage int

func (s Stage) String() string { return "stage#" + fmt.Sprint(int(s)) }

// describe reports what a recovered value is.
func describe(r any) string {
	if re, ok := recoveredAs[runtime.Error](r); ok {
		return "runtime: " + re.Error()
	}
	if qe, ok := recoveredAs[*QuotaError](r); ok {
		return fmt.Sprintf("quota for %s (%d over)", qe.Tenant, qe.Over)
	}
	if e, ok := r.(error); ok {
		return "error: " + e.Error()
	}
	return fmt.Sprintf("value %T: %v", r, r)
}

//cell

func guarded(name string, work func()) (msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = name + " -> " + describe(r)
		}
	}()
	work()
	return name + " ok"
}

func nestedRecover() (out []string) {
	defer func() {
		out = append(out, "outer sees "+fmt.Sprint(recover()))
	}()
	defer func() {
		defer func() {
			out = append(out, "inner-nested sees "+fmt.Sprint(recover()))
		}()
		panic("second")
	}()
	panic("first")
}

func rethrow() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("wrapped: %v", r)
		}
	}()
	func() {
		defer func() {
			r := recover()
			panic(fmt.Sprintf("again(%v)", r))
		}()
		panic(Stage(3))
	}()
	return nil
}

//cell

var tasks = []struct {
	name string
	fn   func()
}{
	{"fine", func() {}},
	{"index", func() {
		xs := []int{1, 2}
		i := 5
		_ = xs[i]
	}},
	{"quota", func() { panic(&QuotaError{"acme", 7}) }},
	{"plain", func() { panic(errors.New("disk gone")) }},
	{"wrapped", func() { panic(fmt.Errorf("billing: %w", &QuotaError{"zed", 2})) }},
	{"stage", func() { panic(Stage(4)) }},
	{"nilmap", func() {
		var m map[string]int
		m["x"] = 1
	}},
	{"divide", func() {
		a, b := 10, 0
		fmt.Println(a / b)
	}},
	{"assert", func() {
		var v any = "text"
		_ = v.(int)
	}},
}

//cell

func main() {
	for _, t := range tasks {
		fmt.Println(guarded(t.name, t.fn))
	}
	fmt.Println(strings.Join(nestedRecover(), "; "))
	fmt.Println(rethrow())
	order := []string{}
	func() {
		for i := range 3 {
			defer func() { order = append(order, fmt.Sprint("d", i)) }()
		}
	}()
	fmt.Println(order)
	var re runtime.Error
	func() {
		defer func() {
			r := recover()
			re, _ = r.(runtime.Error)
		}()
		var p *QuotaError
		fmt.Println(p.Tenant)
	}()
	fmt.Println(re != nil, re)
	fmt.Printf("%v|%+v|%T\n", &QuotaError{"x", 1}, Stage(2), Stage(2))
}
