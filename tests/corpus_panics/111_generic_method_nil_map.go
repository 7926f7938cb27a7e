//go:build ignore

// A method of a generic type writing to a map its zero value lacks.
package main

import (
	"fmt"
)

//cell

type Counter[K comparable] struct{ m map[K]int }

func NewCounter[K comparable]() *Counter[K] { return &Counter[K]{m: map[K]int{}} }

func (c *Counter[K]) Add(k K) { c.m[k]++ }

//cell

func main() {
	c := NewCounter[string]()
	c.Add("a")
	fmt.Println(c.m)
	var d Counter[rune]
	d.Add(97)
}
