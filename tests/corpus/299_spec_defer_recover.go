//go:build ignore

// Defer, panic and recover by the spec: a deferred call's function value
// and arguments are evaluated when the defer statement runs, deferred
// calls run last-in first-out, a deferred closure may change named results
// after the return statement set them, and recover stops a panic only
// when called directly by a deferred function.
package main

import (
	"errors"
	"fmt"
)

var log []string

func logf(format string, args ...any) { log = append(log, fmt.Sprintf(format, args...)) }

func argsNow() {
	x := 1
	defer logf("arg x=%d", x)
	defer func() { logf("closure x=%d", x) }()
	p := &x
	defer logf("ptr *p=%d", *p)
	f := func(s string) { logf("first f %s", s) }
	defer f("bound")
	f = func(s string) { logf("second f %s", s) }
	x = 2
	for i := 0; i < 3; i++ {
		defer logf("loop %d", i)
	}
}

//cell

func double() (n int) {
	defer func() { n *= 2 }()
	return 21
}

func unnamed() int {
	n := 21
	defer func() { n *= 2 }()
	return n
}

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
			q = -1
		}
	}()
	return a / b, nil
}

func helper() any { return recover() }

func indirect() (got any) {
	defer func() {
		got = recover()
	}()
	defer func() {
		if r := helper(); r != nil {
			logf("helper saw %v", r)
		} else {
			logf("helper saw nil")
		}
	}()
	panic("boom")
}

//cell

type cleanupErr struct{ step string }

func (c cleanupErr) Error() string { return "cleanup " + c.step }

func withCleanup(fail bool) (err error) {
	defer func() {
		if cerr := cleanup(fail); cerr != nil && err == nil {
			err = cerr
		}
	}()
	return nil
}

func cleanup(fail bool) error {
	if fail {
		return cleanupErr{"close"}
	}
	return nil
}

func repanic() (msg string) {
	defer func() {
		msg = fmt.Sprint("outer got: ", recover())
	}()
	defer func() {
		r := recover()
		panic(fmt.Sprint("again after ", r))
	}()
	panic("first")
}

func nilRecover() (s string) {
	defer func() { s = fmt.Sprint(recover()) }()
	return "normal"
}

//cell

func main() {
	argsNow()
	for _, l := range log {
		fmt.Println(l)
	}
	log = nil
	fmt.Println(double(), unnamed())
	fmt.Println(safeDiv(7, 2))
	fmt.Println(safeDiv(7, 0))
	fmt.Println(indirect(), log)
	err := withCleanup(true)
	var ce cleanupErr
	fmt.Println(err, errors.As(err, &ce), ce.step, withCleanup(false))
	fmt.Println(repanic())
	fmt.Println(nilRecover())

	func() {
		defer func() {
			r := recover()
			e, ok := r.(error)
			fmt.Println("runtime error?", ok, e)
		}()
		var arr []int
		_ = arr[3]
	}()

	func() {
		defer func() {
			r := recover()
			fmt.Printf("%T %v\n", r, r)
		}()
		panic(fmt.Errorf("custom %d", 7))
	}()

	for i := 0; i < 3; i++ {
		defer fmt.Println("main deferred", i)
	}
	fmt.Println("end of main")
}
