//go:build ignore

// An introduction to generics: type parameters on functions and types,
// constraints as interfaces with type sets, ~ to admit named types with
// the same underlying type, inference from arguments, a generic tree type
// with a comparison function, and a constraint with a method.
package main

import (
	"cmp"
	"fmt"
	"strconv"
	"strings"
)

type Number interface {
	~int | ~int64 | ~float64
}

type Meters float64
type Count int

func Sum[T Number](xs []T) T {
	var total T
	for _, x := range xs {
		total += x
	}
	return total
}

func Scale[S ~[]E, E Number](s S, k E) S {
	out := make(S, len(s))
	for i, v := range s {
		out[i] = v * k
	}
	return out
}

type Path []Meters

func (p Path) Length() Meters { return Sum(p) }

//cell

type Tree[T any] struct {
	root *treeNode[T]
	cmp  func(a, b T) int
	size int
}

type treeNode[T any] struct {
	val         T
	left, right *treeNode[T]
}

func NewTree[T any](cmp func(a, b T) int) *Tree[T] { return &Tree[T]{cmp: cmp} }

func (t *Tree[T]) Insert(v T) bool {
	p := &t.root
	for *p != nil {
		switch c := t.cmp(v, (*p).val); {
		case c < 0:
			p = &(*p).left
		case c > 0:
			p = &(*p).right
		default:
			return false
		}
	}
	*p = &treeNode[T]{val: v}
	t.size++
	return true
}

func (t *Tree[T]) InOrder(visit func(T)) {
	var walk func(n *treeNode[T])
	walk = func(n *treeNode[T]) {
		if n == nil {
			return
		}
		walk(n.left)
		visit(n.val)
		walk(n.right)
	}
	walk(t.root)
}

type Stringish interface {
	~int | ~string
	String() string
}

type Code int

func (c Code) String() string { return "C" + strconv.Itoa(int(c)) }

type Tag string

func (t Tag) String() string { return "#" + string(t) }

func JoinAll[T Stringish](xs []T) string {
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = x.String()
	}
	return strings.Join(parts, ",")
}

//cell

func MaxOf[T cmp.Ordered](first T, rest ...T) T {
	m := first
	for _, r := range rest {
		m = max(m, r)
	}
	return m
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=>%v", p.Key, p.Val) }

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

//cell

func main() {
	fmt.Println(Sum([]int{1, 2, 3}), Sum([]float64{0.5, 0.25}))
	p := Path{1.5, 2.5, 4}
	fmt.Println(p.Length())
	doubled := Scale(p, 2)
	fmt.Printf("%T %v %v\n", doubled, doubled, doubled.Length())
	fmt.Println(Sum([]Count{4, 5}), Scale([]Count{1, 2}, 3))

	t := NewTree(strings.Compare)
	for _, w := range strings.Fields("pear apple fig apple kiwi banana") {
		t.Insert(w)
	}
	var words []string
	t.InOrder(func(s string) { words = append(words, s) })
	fmt.Println(t.size, words)

	byLen := NewTree(func(a, b string) int { return cmp.Compare(len(a), len(b)) })
	for _, w := range words {
		byLen.Insert(w)
	}
	byLen.InOrder(func(s string) { fmt.Print(s, " ") })
	fmt.Println()

	fmt.Println(JoinAll([]Code{3, 1, 2}), JoinAll([]Tag{"go", "generics"}))
	fmt.Println(MaxOf(3, 9, 4), MaxOf("b", "a"), MaxOf[float64](1, 2.5))
	pairs := Map([]string{"a", "bb", "ccc"}, func(s string) Pair[string, int] { return Pair[string, int]{s, len(s)} })
	fmt.Println(pairs)
	lens := Map(pairs, func(p Pair[string, int]) int { return p.Val })
	fmt.Printf("%v %+v %T\n", pairs[1], pairs[2], lens)
	fmt.Println(Sum(lens), MaxOf(lens[0], lens[1:]...))
}
