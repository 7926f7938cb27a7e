//go:build ignore

// Generic containers with constraints in notebook cells: a Number
// constraint with ~ terms, Matrix[T] with Mul, Transpose and a String
// method, identity and power by squaring, Stack[T] and Queue[T] with
// comma-ok Pops, a Map/Filter/Reduce trio, and a generic MinMax over
// cmp.Ordered used on named types.
package main

import (
	"cmp"
	"errors"
	"fmt"
	"strings"
)

//cell

type Number interface {
	~int | ~int32 | ~int64 | ~float32 | ~float64
}

type Matrix[T Number] struct {
	rows, cols int
	data       []T
}

func NewMatrix[T Number](r, c int, vals ...T) Matrix[T] {
	m := Matrix[T]{r, c, make([]T, r*c)}
	copy(m.data, vals)
	return m
}

func Identity[T Number](n int) Matrix[T] {
	m := NewMatrix[T](n, n)
	for i := 0; i < n; i++ {
		m.Set(i, i, 1)
	}
	return m
}

func (m Matrix[T]) At(i, j int) T     { return m.data[i*m.cols+j] }
func (m Matrix[T]) Set(i, j int, v T) { m.data[i*m.cols+j] = v }

var ErrShape = errors.New("shape mismatch")

func (m Matrix[T]) Mul(o Matrix[T]) (Matrix[T], error) {
	if m.cols != o.rows {
		return Matrix[T]{}, fmt.Errorf("%dx%d * %dx%d: %w", m.rows, m.cols, o.rows, o.cols, ErrShape)
	}
	p := NewMatrix[T](m.rows, o.cols)
	for i := 0; i < m.rows; i++ {
		for j := 0; j < o.cols; j++ {
			var s T
			for k := 0; k < m.cols; k++ {
				s += m.At(i, k) * o.At(k, j)
			}
			p.Set(i, j, s)
		}
	}
	return p, nil
}

func (m Matrix[T]) T() Matrix[T] {
	t := NewMatrix[T](m.cols, m.rows)
	for i := 0; i < m.rows; i++ {
		for j := 0; j < m.cols; j++ {
			t.Set(j, i, m.At(i, j))
		}
	}
	return t
}

func (m Matrix[T]) String() string {
	var sb strings.Builder
	for i := 0; i < m.rows; i++ {
		sb.WriteString("[")
		for j := 0; j < m.cols; j++ {
			if j > 0 {
				sb.WriteString(" ")
			}
			fmt.Fprint(&sb, m.At(i, j))
		}
		sb.WriteString("]\n")
	}
	return sb.String()
}

func Pow[T Number](m Matrix[T], n int) Matrix[T] {
	res := Identity[T](m.rows)
	for n > 0 {
		if n&1 == 1 {
			res, _ = res.Mul(m)
		}
		m, _ = m.Mul(m)
		n >>= 1
	}
	return res
}

//cell

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v ...T) { s.items = append(s.items, v...) }
func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}
func (s Stack[T]) Len() int { return len(s.items) }

type Queue[T any] struct{ head, tail []T }

func (q *Queue[T]) Enqueue(v T) { q.tail = append(q.tail, v) }
func (q *Queue[T]) Dequeue() (v T, ok bool) {
	if len(q.head) == 0 {
		for len(q.tail) > 0 {
			n := len(q.tail) - 1
			q.head = append(q.head, q.tail[n])
			q.tail = q.tail[:n]
		}
	}
	if len(q.head) == 0 {
		return v, false
	}
	n := len(q.head) - 1
	v, q.head = q.head[n], q.head[:n]
	return v, true
}

//cell

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func Reduce[T, A any](xs []T, acc A, f func(A, T) A) A {
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func MinMax[T cmp.Ordered](xs ...T) (lo, hi T) {
	if len(xs) == 0 {
		return
	}
	lo, hi = xs[0], xs[0]
	for _, x := range xs[1:] {
		lo, hi = min(lo, x), max(hi, x)
	}
	return
}

type Celsius float64
type Name string

//cell

func main() {
	fib := NewMatrix[int64](2, 2, 1, 1, 1, 0)
	fmt.Print(Pow(fib, 10))
	fmt.Println("fib(90) =", Pow(fib, 90).At(0, 1))

	a := NewMatrix(2, 3, 1.5, 2, 3, 4, 5, 6)
	b := a.T()
	p, err := a.Mul(b)
	fmt.Print(a, b, p)
	fmt.Println(err)
	_, err = a.Mul(a)
	fmt.Println(err, errors.Is(err, ErrShape))
	fmt.Printf("%v|%s", Identity[Celsius](2), Identity[int32](3))

	var st Stack[string]
	st.Push("a", "b", "c")
	for {
		v, ok := st.Pop()
		if !ok {
			break
		}
		fmt.Print(v, st.Len(), " ")
	}
	fmt.Println()
	var q Queue[Celsius]
	for _, c := range []Celsius{20.5, 18, 25.25} {
		q.Enqueue(c)
	}
	q.Dequeue()
	q.Enqueue(30)
	for v, ok := q.Dequeue(); ok; v, ok = q.Dequeue() {
		fmt.Print(v, " ")
	}
	fmt.Println()

	nums := []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
	evens := Filter(nums, func(n int) bool { return n%2 == 0 })
	sq := Map(evens, func(n int) string { return fmt.Sprint(n * n) })
	total := Reduce(evens, 0.5, func(a float64, n int) float64 { return a + float64(n) })
	fmt.Println(evens, sq, total, strings.Join(sq, "+"))
	lo, hi := MinMax[Celsius](21, -3.5, 40, 7)
	n1, n2 := MinMax(Name("kim"), "al", "zoe", "bo")
	fmt.Println(lo, hi, n1, n2)
	fmt.Printf("%T %T %v\n", lo, n1, Map([]Name{"x", "yy"}, func(n Name) int { return len(n) }))
}
