//go:build ignore

// Package-level variable initialization in Go's order: by dependency
// (through the functions and methods an initializer calls, function
// literals and method values too), then the earliest declared first;
// initializers that read variables of earlier cells and of their own
// cell; declarations of several values, of one call of several results
// (of a function declared after them), blank ones, groups, and init
// functions seeing the initialized values.
package main

import "fmt"

var trace []string

func note(s string, v int) int {
	trace = append(trace, s)
	return v
}

var base = 7

//cell

var total = sum() + base

func sum() int { return len(items) }

var items = []int{note("items", 1), 2}

func init() { fmt.Println("init sees", total, len(items)) }

//cell

var a = b + base
var b = base * 2
var m1, m2 = base, len(names)
var names = []string{"a", "b", "c"}

//cell

var (
	_      = note("blank", q1)
	r1, r2 = note("r1", r3), note("r2", 0)
	r3     = note("r3", 3)
	q1     = note("q1", 0)
)

//cell

var k1, k2 = pair()
var k3 = k2 + base

func pair() (int, int) { return k4, k4 + 1 }

var k4 = note("k4", 9)

//cell

type T struct{ n int }

func (t T) m() int { return t.n + len(w) }

var mv = T.m
var mr = mv(T{1})
var w = []int{note("w", 1)}
var g = func() int { return hh }
var hh = note("hh", 4)

//cell

func main() {
	fmt.Println(total, a, b, m1, m2, r1, r2, r3, q1)
	fmt.Println(k1, k2, k3, k4, mr, g(), hh)
	fmt.Println(trace)
}
