//go:build ignore

// Method expressions of a generic stack, a generic sort.Interface
// adapter with sort.Sort and sort.Reverse, a generic error type with Is
// found through %w and errors.Join, generic interfaces embedding generic
// interfaces implemented by a generic queue.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }
func (s Stack[T]) Len() int  { return len(s.items) }
func (s Stack[T]) Peek() T   { return s.items[len(s.items)-1] }
func (s Stack[T]) String() string {
	parts := make([]string, len(s.items))
	for i, v := range s.items {
		parts[i] = fmt.Sprint(v)
	}
	return "[" + strings.Join(parts, " ") + ">"
}

type By[T any] struct {
	xs   []T
	less func(a, b T) bool
}

func (b By[T]) Len() int           { return len(b.xs) }
func (b By[T]) Less(i, j int) bool { return b.less(b.xs[i], b.xs[j]) }
func (b By[T]) Swap(i, j int)      { b.xs[i], b.xs[j] = b.xs[j], b.xs[i] }

type CodeErr[C comparable] struct {
	Code C
	Msg  string
}

func (e *CodeErr[C]) Error() string { return fmt.Sprintf("%v: %s", e.Code, e.Msg) }
func (e *CodeErr[C]) Is(target error) bool {
	t, ok := target.(*CodeErr[C])
	return ok && t.Code == e.Code
}

type Reader[T any] interface{ Read() (T, bool) }
type Writer[T any] interface{ Write(T) }
type ReadWriter[T any] interface {
	Reader[T]
	Writer[T]
}

type Queue[T any] struct{ q []T }

func (q *Queue[T]) Write(v T) { q.q = append(q.q, v) }
func (q *Queue[T]) Read() (T, bool) {
	var zero T
	if len(q.q) == 0 {
		return zero, false
	}
	v := q.q[0]
	q.q = q.q[1:]
	return v, true
}

func pump[T any](rw ReadWriter[T], vs ...T) []T {
	for _, v := range vs {
		rw.Write(v)
	}
	var out []T
	for {
		v, ok := rw.Read()
		if !ok {
			return out
		}
		out = append(out, v)
	}
}

//cell

func step1() {
	push := (*Stack[int]).Push
	length := Stack[int].Len
	var s Stack[int]
	push(&s, 1)
	push(&s, 2)
	fmt.Println(length(s), s.Peek(), s)
	var str fmt.Stringer = s
	fmt.Println(str, &s)
	pk := s.Peek
	s.Push(3)
	fmt.Println(pk(), s.Peek())
}

//cell

func step2() {
	words := []string{"pear", "fig", "banana"}
	sort.Sort(By[string]{words, func(a, b string) bool { return len(a) < len(b) }})
	fmt.Println(words)
	nums := []float64{3, 1, 2}
	sort.Sort(sort.Reverse(By[float64]{nums, func(a, b float64) bool { return a < b }}))
	fmt.Println(nums, sort.IsSorted(By[float64]{nums, func(a, b float64) bool { return a > b }}))
}

//cell

func step3() {
	err := fmt.Errorf("handler: %w", &CodeErr[int]{404, "not found"})
	fmt.Println(err, errors.Is(err, &CodeErr[int]{404, ""}), errors.Is(err, &CodeErr[int]{500, ""}))
	var ce *CodeErr[int]
	fmt.Println(errors.As(err, &ce), ce.Msg)
	var cs *CodeErr[string]
	fmt.Println(errors.As(err, &cs))
	joined := errors.Join(&CodeErr[string]{"E1", "a"}, err)
	fmt.Println(errors.Is(joined, &CodeErr[string]{"E1", ""}), errors.Is(joined, &CodeErr[int]{404, ""}))
	fmt.Printf("%v|%T\n", joined, ce)
}

//cell

func step4() {
	q := &Queue[string]{}
	fmt.Println(pump[string](q, "a", "b", "c"))
	var rw ReadWriter[int] = &Queue[int]{}
	rw.Write(7)
	var r Reader[int] = rw
	v, ok := r.Read()
	fmt.Println(v, ok, pump(rw, 8, 9))
	_, isW := any(q).(Writer[string])
	_, isWi := any(q).(Writer[int])
	fmt.Println(isW, isWi)
}

//cell

func main() {
	step1()
	step2()
	step3()
	step4()
}
