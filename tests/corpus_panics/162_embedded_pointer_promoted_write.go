//go:build ignore

// A promoted pointer method through an embedded *Stats left nil writes a
// field of the nil pointer.
package main

import (
	"fmt"
)

//cell

type Stats struct {
	hits, misses int
}

func (s *Stats) Hit()  { s.hits++ }
func (s *Stats) Miss() { s.misses++ }

type Cache struct {
	*Stats
	data map[string]int
}

func NewCache(withStats bool) *Cache {
	c := &Cache{data: map[string]int{"a": 1}}
	if withStats {
		c.Stats = &Stats{}
	}
	return c
}

func (c *Cache) Get(k string) (int, bool) {
	v, ok := c.data[k]
	if ok {
		c.Hit()
	} else {
		c.Miss()
	}
	return v, ok
}

//cell

func main() {
	c := NewCache(true)
	c.Get("a")
	c.Get("b")
	fmt.Println(c.hits, c.misses)
	d := NewCache(false)
	fmt.Println(d.Get("a"))
}
