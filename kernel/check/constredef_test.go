package check

import (
	"strings"
	"testing"
)

// A constant a later cell declares anew reaches the earlier functions and
// methods whose lowering wrote in the value of an expression of it
// (n * (1 + rate) is n * 1.1): they are lowered again with the cell
// (Result.Relowered), the function evaluated with it (it kept 1.1).
func TestRedeclaredConstRelowers(t *testing.T) {
	nb := newNotebook(t)
	nb.steps(t,
		step{`const rate = 0.1
const limit = 3
type Order struct{ Sub float64 }
func (o Order) Total() float64 { return o.Sub * (1 + rate) }
func price(n float64) float64 { return n * (1 + rate) }
func twice() int { return limit * 2 }
fmt.Println(price(100), twice(), Order{10}.Total())`, "110.00000000000001 6 11\n"},
		step{`const rate = 0.2
fmt.Println(price(100), twice())`, "120 6\n"},
		step{`const limit = 5
fmt.Println(price(100), twice())`, "120 10\n"},
	)
	r := nb.check("const rate = 0.5")
	var names []string
	for _, d := range r.Relowered {
		names = append(names, d.Names[0])
		if d.Names[0] == "Order.Total" && !strings.Contains(d.Src, "1.5") {
			t.Errorf("Order.Total lowered again without the new value:\n%s", d.Src)
		}
	}
	if strings.Join(names, " ") != "Order.Total price" {
		t.Errorf("relowered %v, want Order.Total and price", names)
	}
}

// A generic function (or a method of a generic type) a later cell
// declares anew: the earlier functions that use it are lowered again
// with the cell, and the copies of the instances they call made again
// from the new body (mainꞏTwiceꞏfloat64 kept the old one).
func TestRedeclaredGenericRecopies(t *testing.T) {
	nb := newNotebook(t)
	nb.steps(t,
		step{`func Twice[T int | float64](x T) T { return x * 2 }
type Stack[T any] struct{ items []T }
func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }
func half(x float64) float64 { return Twice(x) / 4 }
func fill() []string { s := &Stack[string]{}; s.Push("a"); return s.items }
fmt.Println(Twice(3), half(2), fill())`, "6 1 [a]\n"},
	)
	for _, c := range []struct{ src, copy, body string }{
		{"func Twice[T int | float64](x T) T { return x * 3 }", "mainꞏTwiceꞏfloat64", "x * 3"},
		{"func (s *Stack[T]) Push(v T) { s.items = append(s.items, v, v) }", "mainꞏStackꞏstring", "v, v"},
	} {
		r := nb.check(c.src)
		found := false
		for _, d := range r.Generated {
			if strings.Contains(strings.Join(d.Names, " "), c.copy) && strings.Contains(d.Src, c.body) {
				found = true
			}
		}
		if !found {
			for _, d := range r.Generated {
				t.Logf("%v %q", d.Names, d.Src)
			}
			t.Errorf("%s: no copy %s with %q in %d generated declarations", c.src, c.copy, c.body, len(r.Generated))
		}
	}
}

// SameLowering: two lowerings of one declaration that differ in the
// fresh names the lowering made, and in the names made of them (a box's
// parameter gofuturesB7p0), are the same; not where they name a hidden
// variable of the notebook, nor where anything else differs.
func TestSameLowering(t *testing.T) {
	for _, c := range []struct {
		a, b string
		same bool
	}{
		{"func(gofuturesB7 *J) { gofuturesB7.Write(gofuturesB7p0) }", "func(gofuturesB19 *J) { gofuturesB19.Write(gofuturesB19p0) }", true},
		{"x := gofuturesV12T; y := gofuturesX3", "x := gofuturesV4T; y := gofuturesX9", true},
		{"gofuturesH3 = 1", "gofuturesH4 = 1", false},
		{"x := gofuturesV12T + 1", "x := gofuturesV4T + 2", false},
	} {
		if got := SameLowering(c.a, c.b); got != c.same {
			t.Errorf("SameLowering(%q, %q) = %v", c.a, c.b, got)
		}
	}
}
