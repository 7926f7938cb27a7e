//go:build ignore

// A method writing to a map field of a struct never made.
package main

import "fmt"

type Cache struct {
	items map[string]string
}

func (c *Cache) Put(k, v string) {
	c.items[k] = v
}

//cell

func main() {
	c := &Cache{}
	fmt.Println("putting")
	c.Put("a", "1")
}
