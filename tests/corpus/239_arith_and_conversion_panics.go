//go:build ignore

// Less common runtime panics, recovered and printed: division and
// remainder by zero for several integer types, a slice converted to an
// array of another length, a negative length for make, a negative shift
// count, and an int conversion that is fine. Each result is an error and
// a runtime.Error.
package main

import (
	"errors"
	"fmt"
	"runtime"
)

type Ratio struct{ Num, Den int32 }

type Meter uint8

//cell

func (r Ratio) Value() int32 { return r.Num / r.Den }

func (r Ratio) Rest() int32 { return r.Num % r.Den }

func (m Meter) Split(parts Meter) Meter { return m / parts }

func firstFour(s []int) [4]int { return [4]int(s) }

func grow(n int) []byte { return make([]byte, n) }

func shifted(v uint, by int) uint { return v << by }

//cell

type outcome struct {
	name string
	text string
	rt   bool
}

func attempt(name string, f func() any) (o outcome) {
	o.name = name
	defer func() {
		if r := recover(); r != nil {
			err, _ := r.(error)
			var re runtime.Error
			o.rt = errors.As(err, &re)
			o.text = fmt.Sprint("panic: ", r)
		}
	}()
	o.text = fmt.Sprint(f())
	return o
}

//cell

func main() {
	var zero8 int8
	var zero64 uint64
	results := []outcome{
		attempt("ratio", func() any { return Ratio{7, 2}.Value() }),
		attempt("ratio/0", func() any { return Ratio{7, 0}.Value() }),
		attempt("rest/0", func() any { return Ratio{7, 0}.Rest() }),
		attempt("meter", func() any { return Meter(200).Split(3) }),
		attempt("meter/0", func() any { return Meter(200).Split(0) }),
		attempt("int8/0", func() any { return int8(5) / zero8 }),
		attempt("uint64%0", func() any { return uint64(9) % zero64 }),
		attempt("array", func() any { return firstFour([]int{1, 2, 3, 4, 5}) }),
		attempt("array-short", func() any { return firstFour([]int{1, 2}) }),
		attempt("make", func() any { return len(grow(3)) }),
		attempt("make-neg", func() any { return len(grow(-1)) }),
		attempt("shift", func() any { return shifted(1, 4) }),
		attempt("shift-neg", func() any { return shifted(1, -2) }),
	}
	for _, o := range results {
		fmt.Printf("%-12s runtime=%-5t %s\n", o.name, o.rt, o.text)
	}
}
