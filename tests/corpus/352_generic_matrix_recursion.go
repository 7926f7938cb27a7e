//go:build ignore

// Linear algebra and combinatorics with generic code that recurses:
// Matrix[T Scalar] with Mul and a String method, exponentiation by
// squaring (Fibonacci numbers from a 2x2 matrix, for ints and for a cell
// type Mod7), a generic merge sort, permutations and power sets built by
// recursive generic functions, and a recursive generic Flatten over a
// nested list type.
package main

import (
	"cmp"
	"fmt"
	"strings"
)

// Scalar is what matrices hold.
type Scalar interface {
	~int | ~int64 | ~float64
}

// Matrix is a dense row-major matrix.
type Matrix[T Scalar] struct {
	N, M int
	Data []T
}

func Identity[T Scalar](n int) Matrix[T] {
	m := Matrix[T]{n, n, make([]T, n*n)}
	for i := range n {
		m.Data[i*n+i] = 1
	}
	return m
}

func FromRows[T Scalar](rows ...[]T) Matrix[T] {
	m := Matrix[T]{N: len(rows), M: len(rows[0])}
	for _, r := range rows {
		m.Data = append(m.Data, r...)
	}
	return m
}

func (a Matrix[T]) At(i, j int) T { return a.Data[i*a.M+j] }

func (a Matrix[T]) Mul(b Matrix[T]) Matrix[T] {
	out := Matrix[T]{a.N, b.M, make([]T, a.N*b.M)}
	for i := range a.N {
		for j := range b.M {
			var s T
			for k := range a.M {
				s += a.At(i, k) * b.At(k, j)
			}
			out.Data[i*b.M+j] = s
		}
	}
	return out
}

func (a Matrix[T]) String() string {
	var b strings.Builder
	for i := range a.N {
		b.WriteString(fmt.Sprint(a.Data[i*a.M : (i+1)*a.M]))
		if i < a.N-1 {
			b.WriteByte('\n')
		}
	}
	return b.String()
}

// Pow raises a square matrix to the nth power by squaring, recursively.
func Pow[T Scalar](a Matrix[T], n int) Matrix[T] {
	if n == 0 {
		return Identity[T](a.N)
	}
	half := Pow(a, n/2)
	sq := half.Mul(half)
	if n%2 == 1 {
		return sq.Mul(a)
	}
	return sq
}

//cell

func MergeSort[T any](xs []T, cmpf func(a, b T) int) []T {
	if len(xs) <= 1 {
		return xs
	}
	l := MergeSort(xs[:len(xs)/2], cmpf)
	r := MergeSort(xs[len(xs)/2:], cmpf)
	out := make([]T, 0, len(xs))
	for len(l) > 0 && len(r) > 0 {
		if cmpf(r[0], l[0]) < 0 {
			out, r = append(out, r[0]), r[1:]
		} else {
			out, l = append(out, l[0]), l[1:]
		}
	}
	return append(append(out, l...), r...)
}

func Permutations[T any](xs []T) [][]T {
	if len(xs) == 0 {
		return [][]T{{}}
	}
	var out [][]T
	for i, x := range xs {
		rest := append(append([]T{}, xs[:i]...), xs[i+1:]...)
		for _, p := range Permutations(rest) {
			out = append(out, append([]T{x}, p...))
		}
	}
	return out
}

func PowerSet[T any](xs []T) [][]T {
	if len(xs) == 0 {
		return [][]T{nil}
	}
	rest := PowerSet(xs[1:])
	out := append([][]T{}, rest...)
	for _, s := range rest {
		out = append(out, append([]T{xs[0]}, s...))
	}
	return out
}

// Nested is a value or a list of nested values.
type Nested[T any] struct {
	Leaf  *T
	Items []Nested[T]
}

func Leaf[T any](v T) Nested[T]                { return Nested[T]{Leaf: &v} }
func Node[T any](items ...Nested[T]) Nested[T] { return Nested[T]{Items: items} }

func Flatten[T any](n Nested[T]) []T {
	if n.Leaf != nil {
		return []T{*n.Leaf}
	}
	var out []T
	for _, it := range n.Items {
		out = append(out, Flatten(it)...)
	}
	return out
}

func Depth[T any](n Nested[T]) int {
	d := 0
	for _, it := range n.Items {
		d = max(d, Depth(it))
	}
	if n.Leaf != nil {
		return d
	}
	return d + 1
}

//cell

// Mod7 is an integer reduced modulo 7 after the arithmetic.
type Mod7 int64

// Card is a cell type sorted by the generic merge sort.
type Card struct {
	Rank int
	Suit string
}

//cell

func main() {
	fib := FromRows([]int{1, 1}, []int{1, 0})
	fmt.Println(Pow(fib, 10))
	fmt.Println(Pow(fib, 50).At(0, 1))
	fmt.Printf("%v|%T\n", Pow(FromRows([]float64{0.5, 0}, []float64{0, 2}), 3), Identity[float64](1))
	m := FromRows([]Mod7{1, 1}, []Mod7{1, 0})
	p := Pow(m, 12)
	for i := range p.Data {
		p.Data[i] %= 7
	}
	fmt.Printf("%v %T\n", p.Data, p.At(0, 0))
	fmt.Printf("%+v\n", Identity[int64](2))

	cards := []Card{{10, "h"}, {2, "s"}, {10, "c"}, {7, "d"}, {2, "h"}}
	byRank := MergeSort(cards, func(a, b Card) int { return cmp.Compare(a.Rank, b.Rank) })
	fmt.Println(byRank)
	fmt.Println(MergeSort([]string{"kiwi", "fig", "apple", "date"}, strings.Compare))

	for _, p := range Permutations([]rune("abc")) {
		fmt.Print(string(p), " ")
	}
	fmt.Println(len(Permutations([]Card{{1, "x"}, {2, "y"}, {3, "z"}, {4, "w"}})))
	fmt.Println(PowerSet([]int{1, 2, 3}))
	fmt.Println(len(PowerSet([]string{})), PowerSet([]string{}))

	tree := Node(Leaf(1), Node(Leaf(2), Node(Leaf(3), Leaf(4))), Node[int](), Leaf(5))
	fmt.Println(Flatten(tree), Depth(tree), Depth(Leaf("x")))
	words := Node(Leaf(Card{1, "a"}), Node(Leaf(Card{2, "b"})))
	fmt.Printf("%+v %T\n", Flatten(words), words)
}
