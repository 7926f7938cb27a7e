//go:build ignore

// A generic linked list with an iterator method and a generic Map over it.
package main

import "fmt"

type List[T any] struct {
	head, tail *element[T]
	size       int
}

type element[T any] struct {
	next *element[T]
	val  T
}

func (l *List[T]) Push(v T) {
	e := &element[T]{val: v}
	if l.tail == nil {
		l.head = e
	} else {
		l.tail.next = e
	}
	l.tail = e
	l.size++
}

//cell

func (l *List[T]) Each(f func(T)) {
	for e := l.head; e != nil; e = e.next {
		f(e.val)
	}
}

func (l *List[T]) Slice() []T {
	var out []T
	l.Each(func(v T) { out = append(out, v) })
	return out
}

//cell

func MapList[T, U any](l *List[T], f func(T) U) *List[U] {
	out := &List[U]{}
	l.Each(func(v T) { out.Push(f(v)) })
	return out
}

//cell

func main() {
	l := &List[int]{}
	for _, v := range []int{10, 13, 23} {
		l.Push(v)
	}
	fmt.Println(l.Slice(), l.size)
	strs := MapList(l, func(n int) string { return fmt.Sprintf("<%d>", n) })
	fmt.Println(strs.Slice())
	empty := &List[string]{}
	fmt.Println(empty.Slice() == nil, len(empty.Slice()))
}
