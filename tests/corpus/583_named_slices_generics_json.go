//go:build ignore

// Named slice and map types with generic helpers and the standard
// library: a generic MapSlice and Keys keep the named type (S ~[]E),
// slices.Clone/Sort/Index/Max on a Vec, maps.Clone of a Graph, a Matrix
// with a Mul method, a Set of empty structs, encoding/json of named
// composites, and an Errors slice that is an error (errors.As, %T,
// assertion back).
package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"slices"
	"sort"
	"strings"
)

type Vec []float64
type Graph map[string][]string
type Matrix [][]float64

func (m Matrix) Mul(o Matrix) Matrix {
	out := make(Matrix, len(m))
	for i := range m {
		out[i] = make([]float64, len(o[0]))
		for j := range o[0] {
			for k := range o {
				out[i][j] += m[i][k] * o[k][j]
			}
		}
	}
	return out
}

type Errors []error

func (e Errors) Error() string {
	var parts []string
	for _, x := range e {
		parts = append(parts, x.Error())
	}
	return strings.Join(parts, "; ")
}

type Set map[string]struct{}

func MapSlice[S ~[]E, E any](s S, f func(E) E) S {
	out := make(S, len(s))
	for i, x := range s {
		out[i] = f(x)
	}
	return out
}

func Keys[M ~map[K]V, K comparable, V any](m M) []K {
	var ks []K
	for k := range m {
		ks = append(ks, k)
	}
	return ks
}

//cell

func validate(name string, age int) error {
	var errs Errors
	if name == "" {
		errs = append(errs, errors.New("empty name"))
	}
	if age < 0 {
		errs = append(errs, fmt.Errorf("bad age %d", age))
	}
	if len(errs) == 0 {
		return nil
	}
	return errs
}

func vectors() {
	v := Vec{3, 1, 2}
	d := MapSlice(v, func(x float64) float64 { return x * 2 })
	fmt.Printf("%T %v\n", d, d)
	c := slices.Clone(v)
	slices.Sort(c)
	fmt.Printf("%T %v %v\n", c, c, v)
	idx := slices.Index(v, 2)
	fmt.Println(idx, slices.Contains(v, 3), slices.Max(v))
	g := Graph{"a": {"b", "c"}, "b": {"c"}}
	g["c"] = append(g["c"], "a")
	ks := Keys(g)
	sort.Strings(ks)
	fmt.Printf("%T %v %d\n", g, ks, len(g["a"]))
	g2 := maps.Clone(g)
	delete(g2, "a")
	fmt.Println(len(g), len(g2))
	m := Matrix{{1, 2}, {3, 4}}
	fmt.Printf("%T %v\n", m.Mul(m), m.Mul(Matrix{{1, 0}, {0, 1}}))
	s := Set{"x": {}, "y": {}}
	_, has := s["x"]
	fmt.Printf("%T %v %d\n", s, has, len(s))
	b, _ := json.Marshal(map[string]any{"v": v, "g": Graph{"k": {"z"}}, "m": m})
	fmt.Println(string(b))
	var back Vec
	_ = json.Unmarshal([]byte("[1.5,2.5]"), &back)
	fmt.Printf("%T %v\n", back, back)
}

func errs() {
	err := validate("", -1)
	fmt.Println(err)
	var es Errors
	if errors.As(err, &es) {
		fmt.Println("errors:", len(es))
	}
	fmt.Printf("%T\n", err)
	if e, ok := err.(Errors); ok {
		fmt.Println(e[1])
	}
	fmt.Println(validate("ann", 3) == nil)
}

//cell

func main() {
	vectors()
	errs()
}
