//go:build ignore

// A type parameter returned as if it were its zero value.
package main

import "fmt"

//cell

type Cache[K comparable, V any] struct {
	m map[K]V
}

//cell

func (c *Cache[K, V]) Get(k K) V {
	if v, ok := c.m[k]; ok {
		return v
	}
	return V
}

//cell

func main() {
	c := &Cache[string, int]{m: map[string]int{"a": 1}}
	fmt.Println(c.Get("a"), c.Get("b"))
}
