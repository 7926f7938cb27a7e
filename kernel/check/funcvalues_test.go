package check

import "testing"

// A function a cell declares, used as a value in parentheses (in a
// literal, assigned, sent, called), returned by another function of its
// cell, or appended, is the function (yaegi v0.16.1 panicked with
// reflect.Set: value of type *interp.node or *interface {}, or called
// (idn[int]) as another function).
func TestFuncValues(t *testing.T) {
	runSteps(t,
		step{`func dbl(n int) int { return 2 * n }

func idn[T any](v T) T { return v }

func inc(n int) int { return n + 1 }

type S struct{ F func(int) int }

func ret() func(int) int { return dbl }

func lit() []func(int) int { return []func(int) int{(dbl), (inc)} }`, ""},
		step{"fmt.Println(ret()(3), lit()[0](3), lit()[1](3))", "6 6 4\n"},
		step{"fs := map[string]func(int) int{\"a\": (dbl)}\ns := S{(inc)}\nf := (dbl)\nfmt.Println(fs[\"a\"](4), s.F(4), f(4), (dbl)(4))", "8 5 8 8\n"},
		step{"var hs []func(int) int\nhs = append(hs, dbl, (inc))\nch := make(chan func(int) int, 1)\nch <- (inc)\nfmt.Println(hs[0](5), hs[1](5), (<-ch)(5))", "10 6 6\n"},
		step{"gs := []func(int) int{(idn[int])}\nas := []any{(dbl)}\nfmt.Println(gs[0](6), as[0].(func(int) int)(6))", "6 12\n"},
	)
}

// A generic function used as a value, its type arguments given or
// inferred from the function type it goes to (return Double from a
// func() func(float64) float64, f := Double[float64] then return f), is
// the function: yaegi v0.16.1 panicked (reflect.Set: value of type
// *interp.node is not assignable to type func(float64) float64) for
// kernel/cell/mono's copy, a declared function, as for one a cell
// declares (funcValueConv).
func TestGenericFuncAsValue(t *testing.T) {
	runStepsNoFrames(t,
		step{"func Double[T ~int | ~float64](x T) T { return x * 2 }\nfunc pick() func(float64) float64 { return Double }\nfunc Compose[A, B, C any](f func(A) B, g func(B) C) func(A) C {\n\treturn func(a A) C { return g(f(a)) }\n}", ""},
		step{"fmt.Println(pick()(1.25))\nk := func() func(int) int { f := Double[int]; return f }\nfmt.Println(k()(4), Compose(Double[int], Double[int])(3), Double[int](5))", "2.5\n8 12 10\n"},
	)
}
