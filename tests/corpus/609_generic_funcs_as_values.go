//go:build ignore

// Generic functions as values: assigned to a func variable and a
// named func type with their type arguments inferred, returned from a
// function, put in slices, composed with compiled functions, passed to
// Reduce; slices' and cmp's generic functions given cmp.Compare.
package main

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"
)

type Number interface{ ~int | ~int64 | ~float64 }

func Add[T Number](a, b T) T          { return a + b }
func Double[T Number](x T) T          { return x * 2 }
func Ident[T any](x T) T              { return x }
func Less[T cmp.Ordered](a, b T) bool { return a < b }

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func Compose[A, B, C any](f func(A) B, g func(B) C) func(A) C {
	return func(a A) C { return g(f(a)) }
}

type Transform func(int) int

type Cents int64

func pick() func(float64) float64 { return Double }

//cell

func step1() {
	var f func(int) int = Double
	var t Transform = Double[int]
	fs := []func(int) int{Double[int], Ident[int], f, t}
	for _, g := range fs {
		fmt.Print(g(21), " ")
	}
	fmt.Println()
	fmt.Println(Reduce([]int{1, 2, 3}, 0, Add[int]), Reduce([]float64{0.5, 1}, 0.0, Add), Reduce([]Cents{5, 7}, Cents(1), Add))
	toS := Compose(Double[int], strconv.Itoa)
	up := Compose(strings.TrimSpace, strings.ToUpper)
	fmt.Println(toS(4), up("  go "), pick()(1.25))
	fmt.Println(slices.IsSortedFunc([]int{1, 2}, cmp.Compare), slices.ContainsFunc([]string{"a", "B"}, func(s string) bool { return strings.ToUpper(s) == s }))
	lens := Reduce(strings.Fields("a bb ccc"), map[int]string{}, func(m map[int]string, w string) map[int]string {
		m[len(w)] = w
		return m
	})
	fmt.Println(lens)
	sorted := slices.SortedFunc(slices.Values([]Cents{30, 10, 20}), func(a, b Cents) int { return cmp.Compare(a, b) })
	fmt.Println(sorted, slices.MinFunc(sorted, cmp.Compare[Cents]), Less(Cents(1), 2), Less("b", "a"))
	type pair struct {
		k string
		v int
	}
	ps := []pair{{"b", 2}, {"a", 2}, {"c", 1}}
	slices.SortStableFunc(ps, func(x, y pair) int { return cmp.Compare(x.v, y.v) })
	fmt.Println(ps)
	idx, found := slices.BinarySearchFunc(ps, 2, func(p pair, v int) int { return cmp.Compare(p.v, v) })
	fmt.Println(idx, found, slices.Index([]Cents{1, 2}, 2))
}

//cell

func main() {
	step1()
}
