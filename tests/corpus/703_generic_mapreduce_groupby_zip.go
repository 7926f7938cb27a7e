//go:build ignore

// MapReduce, GroupBy returning map[K][]V, Zip into Pair[A, B] whose Swap
// returns Pair[B, A], and Window, inferred from their arguments and used
// with a cell struct and pointers to it.
package main

import (
	"fmt"
	"slices"
	"sort"
	"strings"
)

//cell

func MapReduce[T, M, R any](xs []T, mapf func(T) M, init R, red func(R, M) R) R {
	acc := init
	for _, x := range xs {
		acc = red(acc, mapf(x))
	}
	return acc
}

func GroupBy[T any, K comparable](xs []T, key func(T) K) map[K][]T {
	g := make(map[K][]T)
	for _, x := range xs {
		k := key(x)
		g[k] = append(g[k], x)
	}
	return g
}

type Pair[A, B any] struct {
	First  A
	Second B
}

func (p Pair[A, B]) Swap() Pair[B, A] { return Pair[B, A]{p.Second, p.First} }
func (p Pair[A, B]) String() string   { return fmt.Sprintf("(%v, %v)", p.First, p.Second) }

type Grade struct {
	Name  string
	Score int
}

func Zip[A, B any](as []A, bs []B) []Pair[A, B] {
	n := min(len(as), len(bs))
	out := make([]Pair[A, B], n)
	for i := range n {
		out[i] = Pair[A, B]{as[i], bs[i]}
	}
	return out
}

func Window[T any](xs []T, n int) [][]T {
	var out [][]T
	for i := 0; i+n <= len(xs); i++ {
		out = append(out, xs[i:i+n])
	}
	return out
}

//cell

func step1() {
	words := strings.Fields("go is fun and go is fast")
	total := MapReduce(words, func(s string) int { return len(s) }, 0, func(a, b int) int { return a + b })
	fmt.Println(total)
	joined := MapReduce(words, strings.ToUpper, "", func(acc string, s string) string { return acc + s[:1] })
	fmt.Println(joined)
	g := GroupBy(words, func(s string) int { return len(s) })
	keys := make([]int, 0, len(g))
	for k := range g {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	for _, k := range keys {
		fmt.Println(k, g[k])
	}
}

//cell

func step2() {
	zs := Zip([]string{"a", "b", "c"}, []int{1, 2})
	fmt.Println(zs)
	fmt.Printf("%v %+v %T\n", zs[0], zs[0], zs[0])
	sw := zs[1].Swap()
	fmt.Printf("%v %T\n", sw, sw)
	fmt.Println(sw.Swap().Swap().First)
	fmt.Println(Window([]int{1, 2, 3, 4, 5}, 3))
	fmt.Println(len(Window([]string{"x"}, 2)))
}

//cell

func step3() {
	gs := []Grade{{"ann", 90}, {"bob", 72}, {"cat", 85}, {"dan", 72}}
	byScore := GroupBy(gs, func(g Grade) bool { return g.Score >= 80 })
	fmt.Println(byScore[true], byScore[false])
	pairs := Zip(gs, Window(gs, 2))
	for _, p := range pairs {
		fmt.Printf("%s:%d ", p.First.Name, len(p.Second))
	}
	fmt.Println()
	pp := Pair[*Grade, []int]{&gs[0], []int{1}}
	fmt.Println(pp.First.Name, pp.Swap().First)
	best := slices.MaxFunc(gs, func(a, b Grade) int { return a.Score - b.Score })
	fmt.Printf("%+v\n", Pair[string, Grade]{"best", best})
}

//cell

func main() {
	step1()
	step2()
	step3()
}
