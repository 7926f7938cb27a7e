//go:build ignore

// Recovering in corners: recover called by a helper of the deferred
// function (nil) and by a function deferred directly (recovers), the
// arguments and receivers of deferred calls evaluated at the defer,
// panic(nil) recovered as *runtime.PanicNilError, a method called on a
// nil interface value recovered as a runtime.Error, a notebook type
// that claims RuntimeError, and the runtime errors of arrays, slices,
// nil functions, closed channels and failed assertions.
package main

import (
	"errors"
	"fmt"
	"runtime"
)

func tryRecover() any { return recover() }

func safely(f func()) (got any) {
	defer func() { got = recover() }()
	f()
	return "none"
}

//cell

type Meter struct{ reading int }

func (m Meter) Report(tag string)   { fmt.Println(tag, m.reading) }
func (m *Meter) PReport(tag string) { fmt.Println(tag, m.reading) }

type fakeRuntime struct{ what string }

func (f fakeRuntime) Error() string { return "fake: " + f.what }
func (f fakeRuntime) RuntimeError() {}

//cell

func indirect() (out string) {
	defer func() {
		out = fmt.Sprint("indirect sees ", tryRecover())
		if r := recover(); r != nil {
			out += fmt.Sprint(" / direct sees ", r)
		}
	}()
	panic("boom")
}

func deferredHelper() (out string) {
	defer func() {
		if r := recover(); r != nil {
			out = fmt.Sprint("caught later: ", r)
		}
	}()
	defer tryRecover() // called directly by defer: recovers
	panic("early")
}

func argsNow() {
	m := Meter{1}
	x := 10
	defer fmt.Println("deferred x =", x)
	defer m.Report("value recv")
	defer m.PReport("ptr recv")
	defer func() { fmt.Println("closure x =", x) }()
	m.reading = 2
	x = 20
}

func panicNil() (msg string) {
	defer func() {
		r := recover()
		var pe *runtime.PanicNilError
		if err, ok := r.(error); ok && errors.As(err, &pe) {
			msg = "nil panic: " + pe.Error()
		} else {
			msg = fmt.Sprint("other: ", r)
		}
	}()
	panic(nil)
}

func loopDefers() (sum int) {
	for i := 1; i <= 4; i++ {
		defer func() { sum = sum*10 + i }()
	}
	return 0
}

//cell

func main() {
	fmt.Println(indirect())
	fmt.Println(deferredHelper())
	argsNow()
	fmt.Println(panicNil())
	fmt.Println(loopDefers())
	r := safely(func() { panic(fakeRuntime{"x"}) })
	re, ok := r.(runtime.Error)
	fmt.Println(ok, re)
	fmt.Printf("%v %T\n", safely(func() {}), safely(func() { panic(fmt.Errorf("wrap: %w", fakeRuntime{"y"})) }))
	var target runtime.Error
	err := safely(func() { panic(fmt.Errorf("wrap: %w", fakeRuntime{"z"})) }).(error)
	fmt.Println(errors.As(err, &target), target)
	e2 := safely(func() {
		var arr [3]int
		k := -1
		arr[k+0*len(arr)] = 1
	})
	fmt.Printf("%T %v\n", e2, e2)
	e3 := safely(func() {
		s := []int{1, 2, 3}
		lo, hi := 2, 1
		_ = s[lo:hi]
	})
	fmt.Printf("%v\n", e3)
	e4 := safely(func() {
		var f func()
		f()
	})
	fmt.Println(e4)
	e5 := safely(func() {
		ch := make(chan int)
		close(ch)
		close(ch)
	})
	fmt.Println(e5)
	e6 := safely(func() {
		var m *Meter
		m.Report("nil")
	})
	fmt.Println(e6)
	e7 := safely(func() {
		var e error
		_ = e.Error()
	})
	fmt.Println(e7)
	e8 := safely(func() { panic(fmt.Sprintf("%d items", 3)) })
	fmt.Printf("%q\n", e8)
	e9 := safely(func() {
		var x any = Meter{3}
		_ = x.(fmt.Stringer)
	})
	fmt.Println(e9)
}
