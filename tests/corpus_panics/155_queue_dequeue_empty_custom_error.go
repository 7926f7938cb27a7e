//go:build ignore

// A queue that panics with a cell error value when empty.
package main

import (
	"fmt"
)

//cell

type EmptyError struct{ Op string }

func (e EmptyError) Error() string { return e.Op + " on empty queue" }

type Queue[T any] struct{ items []T }

func (q *Queue[T]) Push(x T) { q.items = append(q.items, x) }

func (q *Queue[T]) Pop() T {
	if len(q.items) == 0 {
		panic(EmptyError{"Pop"})
	}
	x := q.items[0]
	q.items = q.items[1:]
	return x
}

//cell

func main() {
	var q Queue[int]
	q.Push(1)
	fmt.Println(q.Pop())
	fmt.Println(q.Pop())
}
