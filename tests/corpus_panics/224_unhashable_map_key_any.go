//go:build ignore

// A cache keyed by any is handed a slice as a key.
package main

import "fmt"

//cell

type Cache struct {
	m map[any]int
}

func (c *Cache) Hit(k any) int {
	c.m[k]++
	return c.m[k]
}

//cell

func main() {
	c := &Cache{m: map[any]int{}}
	fmt.Println(c.Hit("a"), c.Hit(1), c.Hit([2]int{1, 2}))
	fmt.Println(c.Hit([]int{1, 2}))
}
