//go:build ignore

// Generic types grown over cells: a Matrix[T Number] with value and
// pointer methods, Mul and Map between instances (int, float64, int64,
// a named float with String), a Trie[V] with a recursive walk and a
// range-over-func iterator, and a TopBy helper over maps.
package main

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"strings"
)

type Number interface {
	~int | ~int64 | ~float64
}

type Matrix[T Number] struct {
	R, C int
	data []T
}

func New[T Number](r, c int, vals ...T) Matrix[T] {
	m := Matrix[T]{r, c, make([]T, r*c)}
	copy(m.data, vals)
	return m
}

var ErrShape = errors.New("shape mismatch")

//cell

func (m Matrix[T]) At(i, j int) T      { return m.data[i*m.C+j] }
func (m *Matrix[T]) Set(i, j int, v T) { m.data[i*m.C+j] = v }
func (m Matrix[T]) Shape() (int, int)  { return m.R, m.C }
func (m Matrix[T]) String() string {
	var b strings.Builder
	for i := range m.R {
		if i > 0 {
			b.WriteString("; ")
		}
		for j := range m.C {
			if j > 0 {
				b.WriteByte(' ')
			}
			fmt.Fprint(&b, m.At(i, j))
		}
	}
	return "[" + b.String() + "]"
}

func Mul[T Number](a, b Matrix[T]) (Matrix[T], error) {
	if a.C != b.R {
		return Matrix[T]{}, fmt.Errorf("mul %dx%d by %dx%d: %w", a.R, a.C, b.R, b.C, ErrShape)
	}
	out := New[T](a.R, b.C)
	for i := range a.R {
		for j := range b.C {
			var s T
			for k := range a.C {
				s += a.At(i, k) * b.At(k, j)
			}
			out.Set(i, j, s)
		}
	}
	return out, nil
}

func Map[T, U Number](m Matrix[T], f func(T) U) Matrix[U] {
	out := New[U](m.R, m.C)
	for i, v := range m.data {
		out.data[i] = f(v)
	}
	return out
}

//cell

func (m Matrix[T]) Transpose() Matrix[T] {
	out := New[T](m.C, m.R)
	for i := range m.R {
		for j := range m.C {
			out.Set(j, i, m.At(i, j))
		}
	}
	return out
}

func Identity[T Number](n int) Matrix[T] {
	m := New[T](n, n)
	for i := range n {
		m.Set(i, i, 1)
	}
	return m
}

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1fC", float64(c)) }

//cell

type Trie[V any] struct {
	children map[rune]*Trie[V]
	val      *V
	count    int
}

func (t *Trie[V]) Insert(key string, v V) {
	n := t
	for _, r := range key {
		n.count++
		if n.children == nil {
			n.children = map[rune]*Trie[V]{}
		}
		c, ok := n.children[r]
		if !ok {
			c = &Trie[V]{}
			n.children[r] = c
		}
		n = c
	}
	n.count++
	n.val = &v
}

func (t *Trie[V]) find(prefix string) *Trie[V] {
	n := t
	for _, r := range prefix {
		if n = n.children[r]; n == nil {
			return nil
		}
	}
	return n
}

func (t *Trie[V]) Get(key string) (V, bool) {
	if n := t.find(key); n != nil && n.val != nil {
		return *n.val, true
	}
	var zero V
	return zero, false
}

//cell

func (t *Trie[V]) Walk(prefix string, yield func(string, V) bool) bool {
	n := t.find(prefix)
	if n == nil {
		return true
	}
	var rec func(n *Trie[V], path []rune) bool
	rec = func(n *Trie[V], path []rune) bool {
		if n.val != nil && !yield(string(path), *n.val) {
			return false
		}
		keys := make([]rune, 0, len(n.children))
		for r := range n.children {
			keys = append(keys, r)
		}
		slices.Sort(keys)
		for _, r := range keys {
			if !rec(n.children[r], append(path, r)) {
				return false
			}
		}
		return true
	}
	return rec(n, []rune(prefix))
}

func (t *Trie[V]) All(prefix string) func(func(string, V) bool) {
	return func(yield func(string, V) bool) { t.Walk(prefix, yield) }
}

func TopBy[K comparable, V any](m map[K]V, n int, less func(a, b V) int) []K {
	keys := make([]K, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b K) int {
		if c := less(m[b], m[a]); c != 0 {
			return c
		}
		return cmp.Compare(fmt.Sprint(a), fmt.Sprint(b))
	})
	return keys[:min(n, len(keys))]
}

//cell

func main() {
	a := New(2, 3, 1, 2, 3, 4, 5, 6)
	b := a.Transpose()
	p, err := Mul(a, b)
	fmt.Println(a, b, p, err)
	_, err = Mul(a, a)
	fmt.Println(err, errors.Is(err, ErrShape))
	f := Map(p, func(x int) float64 { return float64(x) / 2 })
	fmt.Printf("%v %T\n", f, f.At(0, 0))
	id := Identity[Celsius](2)
	id.Set(0, 1, 36.6)
	fmt.Println(id, id.At(0, 1))
	fmt.Printf("%v %+v %s\n", id.data, id, []Matrix[Celsius]{id})
	r, c := p.Shape()
	fmt.Println(r, c)
	m2, _ := Mul(Identity[int64](2), New[int64](2, 2, 7, 8, 9, 10))
	fmt.Println(m2)

	var t Trie[int]
	for i, w := range strings.Fields("tea ten to inn in tee tea team") {
		old, _ := t.Get(w)
		t.Insert(w, old+i)
	}
	for k, v := range t.All("te") {
		fmt.Print(k, "=", v, " ")
	}
	fmt.Println()
	for k, v := range t.All("") {
		if k == "inn" {
			break
		}
		fmt.Print(k, ":", v, " ")
	}
	fmt.Println(t.count, t.find("t").count)
	v, ok := t.Get("te")
	fmt.Println(v, ok)
	freq := map[string]int{"a": 3, "b": 5, "c": 3, "d": 1}
	fmt.Println(TopBy(freq, 3, cmp.Compare[int]))
	temps := map[string]Celsius{"x": 1.5, "y": -3, "z": 20}
	fmt.Println(TopBy(temps, 2, func(a, b Celsius) int { return cmp.Compare(a, b) }))
}
