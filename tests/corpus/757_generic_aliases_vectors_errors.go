//go:build ignore

// Linear algebra on a generic vector type over a Number constraint,
// named by aliases declared before the types they name (type Floats =
// Vec[float64], type Point = Floats), generic aliases of maps and
// structs (Go 1.24), new(expr) of a method's result, errors.AsType for
// value, pointer and interface targets in a joined error, and a
// rand/v2 generator with a fixed seed.
package main

import (
	"errors"
	"fmt"
	"iter"
	"maps"
	"math/rand/v2"
	"slices"
	"strings"
)

//cell

type Point = Floats

type Floats = Vec[float64]

type Num interface{ ~int | ~float64 }

type Vec[T Num] []T

func (v Vec[T]) Dot(w Vec[T]) T {
	var s T
	for i := range min(len(v), len(w)) {
		s += v[i] * w[i]
	}
	return s
}

func (v Vec[T]) Scale(k T) Vec[T] {
	out := make(Vec[T], len(v))
	for i, x := range v {
		out[i] = x * k
	}
	return out
}

func (v Vec[T]) Indexed() iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		for i, x := range v {
			if !yield(i, x) {
				return
			}
		}
	}
}

type Grid[T any] = map[[2]int]T

type Labeled[V any] = struct {
	Label string
	Val   V
}

type Scores = Vec[int]

//cell

type NotFound struct{ Key string }

func (e NotFound) Error() string { return "not found: " + e.Key }

type Temporary interface {
	error
	Temporary() bool
}

type netErr struct{ msg string }

func (e *netErr) Error() string   { return e.msg }
func (e *netErr) Temporary() bool { return true }

func lookup(g Grid[string], keys ...[2]int) (string, error) {
	var errs []error
	var b strings.Builder
	for _, k := range keys {
		v, ok := g[k]
		if !ok {
			errs = append(errs, fmt.Errorf("cell %v: %w", k, NotFound{fmt.Sprint(k)}))
			continue
		}
		if v == "!" {
			errs = append(errs, &netErr{"flaky cell " + fmt.Sprint(k)})
			continue
		}
		b.WriteString(v)
	}
	return b.String(), errors.Join(errs...)
}

//cell

func vectors() {
	a := Point{1, 2, 3}
	b := Vec[float64]{4, 5, 6}
	fmt.Println(a.Dot(b), a.Scale(2), Floats(b).Scale(0.5).Dot(a))
	for i, x := range a.Indexed() {
		if i == 1 {
			continue
		}
		fmt.Print(i, ":", x, " ")
	}
	fmt.Println()
	p := new(a.Dot(a))
	*p += 0.5
	fmt.Println(*p)
	s := Scores{3, 4}
	fmt.Println(s.Dot(s), s.Scale(-1), fmt.Sprintf("%v %T", s, s.Dot(s)))
}

func grids() {
	g := Grid[string]{{0, 0}: "a", {1, 2}: "b", {2, 2}: "!"}
	keys := slices.SortedFunc(maps.Keys(g), func(p, q [2]int) int { return p[0]*10 + p[1] - q[0]*10 - q[1] })
	fmt.Println(keys, len(g))
	got, err := lookup(g, [2]int{0, 0}, [2]int{5, 5}, [2]int{1, 2}, [2]int{2, 2})
	fmt.Printf("%q\n%v\n", got, err)
	if nf, ok := errors.AsType[NotFound](err); ok {
		fmt.Println("missing", nf.Key)
	}
	if tmp, ok := errors.AsType[Temporary](err); ok {
		fmt.Println("temporary:", tmp.Temporary(), tmp)
	}
	if ne, ok := errors.AsType[*netErr](err); ok {
		fmt.Println("net:", ne.msg)
	}
	labels := []Labeled[Floats]{{"x", Floats{1, 0}}, {"y", Floats{0, 2}}}
	for _, l := range labels {
		fmt.Printf("%s=%v |%v|=%.0f\n", l.Label, l.Val, l.Val, l.Val.Dot(l.Val))
	}
}

func main() {
	vectors()
	grids()
	r := rand.New(rand.NewPCG(1, 2))
	rolls := make(Scores, 6)
	for i := range rolls {
		rolls[i] = r.IntN(6) + 1
	}
	fmt.Println(rolls, rolls.Dot(rolls), slices.Max(rolls))
}
