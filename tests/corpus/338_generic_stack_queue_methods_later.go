//go:build ignore

// An undo history and a print queue built on generic containers declared in
// the notebook: Stack[T] and Queue[T] with pointer-receiver methods, used
// with a cell struct and with strings; a later cell gives Stack Peek and
// Len, and code of both cells uses the one type.
package main

import (
	"fmt"
	"strings"
)

// Stack is a last-in first-out list.
type Stack[T any] struct {
	items []T
}

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

// Queue is a first-in first-out list.
type Queue[T any] struct {
	head, tail []T
}

func (q *Queue[T]) Enqueue(vs ...T) { q.tail = append(q.tail, vs...) }

func (q *Queue[T]) Dequeue() (T, bool) {
	if len(q.head) == 0 {
		for len(q.tail) > 0 {
			n := len(q.tail) - 1
			q.head = append(q.head, q.tail[n])
			q.tail = q.tail[:n]
		}
	}
	if len(q.head) == 0 {
		var zero T
		return zero, false
	}
	n := len(q.head) - 1
	v := q.head[n]
	q.head = q.head[:n]
	return v, true
}

func (q Queue[T]) Len() int { return len(q.head) + len(q.tail) }

//cell

// Edit is one change to a document.
type Edit struct {
	Pos  int
	Text string
}

func apply(doc string, e Edit) string { return doc[:e.Pos] + e.Text + doc[e.Pos:] }

func undo(doc string, e Edit) string { return doc[:e.Pos] + doc[e.Pos+len(e.Text):] }

func drain[T any](q *Queue[T]) []T {
	var out []T
	for {
		v, ok := q.Dequeue()
		if !ok {
			return out
		}
		out = append(out, v)
	}
}

//cell

func session() {
	var hist Stack[Edit]
	doc := "hello"
	for _, e := range []Edit{{5, " world"}, {0, ">> "}, {8, ","}} {
		doc = apply(doc, e)
		hist.Push(e)
		fmt.Printf("%q after %+v\n", doc, e)
	}
	for range 2 {
		e, _ := hist.Pop()
		doc = undo(doc, e)
		fmt.Printf("undo %v -> %q\n", e, doc)
	}
	fmt.Printf("%T %v\n", hist, hist)
}

//cell

// A later cell gives Stack two more methods; the functions of earlier
// cells keep working and new code uses Peek and Len.

func (s *Stack[T]) Peek() (T, bool) {
	if len(s.items) == 0 {
		var zero T
		return zero, false
	}
	return s.items[len(s.items)-1], true
}

func (s Stack[T]) Len() int { return len(s.items) }

func balanced(src string) bool {
	var open Stack[rune]
	pairs := map[rune]rune{')': '(', ']': '[', '}': '{'}
	for _, r := range src {
		switch r {
		case '(', '[', '{':
			open.Push(r)
		case ')', ']', '}':
			top, ok := open.Peek()
			if !ok || top != pairs[r] {
				return false
			}
			open.Pop()
		}
	}
	return open.Len() == 0
}

//cell

func main() {
	session()
	for _, s := range []string{"f(a[1], {b})", "(]", "((x)", ""} {
		fmt.Printf("%-14q %v\n", s, balanced(s))
	}

	var jobs Queue[string]
	jobs.Enqueue("report.pdf", "photo.png")
	first, _ := jobs.Dequeue()
	jobs.Enqueue("notes.txt")
	fmt.Println("printing", first, "waiting", jobs.Len())
	fmt.Println(strings.Join(drain(&jobs), " | "))
	_, ok := jobs.Dequeue()
	fmt.Println("empty:", !ok, jobs.Len())

	nums := &Stack[float64]{}
	for i := range 4 {
		nums.Push(float64(i) / 2)
	}
	top, _ := nums.Peek()
	fmt.Printf("%v %v %d %+v\n", top, *nums, nums.Len(), nums)
	var empty Stack[Edit]
	e, ok := empty.Pop()
	fmt.Printf("%+v %v %T\n", e, ok, &empty)
}
