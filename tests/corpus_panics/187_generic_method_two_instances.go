//go:build ignore

// A generic ring buffer used with two element types; the method of the
// second instance panics on an empty ring.
package main

import "fmt"

//cell

type Ring[T any] struct {
	items []T
	head  int
}

func (r *Ring[T]) Push(v T) {
	r.items = append(r.items, v)
}

func (r *Ring[T]) Next() T {
	v := r.items[r.head%len(r.items)]
	r.head++
	return v
}

//cell

func drain[T any](r *Ring[T], n int) []T {
	var out []T
	for i := 0; i < n; i++ {
		out = append(out, r.Next())
	}
	return out
}

//cell

func main() {
	nums := &Ring[int]{}
	nums.Push(1)
	nums.Push(2)
	fmt.Println(drain(nums, 5))
	words := &Ring[string]{}
	fmt.Println(len(drain(words, 0)))
	fmt.Println(drain(words, 1))
}
