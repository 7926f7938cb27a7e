//go:build ignore

// A method value of a nil pointer called later.
package main

import (
	"fmt"
)

//cell

type Counter struct{ n int }

func (c *Counter) Next() int {
	c.n++
	return c.n
}

func makeNext(c *Counter) func() int { return c.Next }

//cell

func main() {
	f := makeNext(&Counter{})
	fmt.Println(f(), f())
	g := makeNext(nil)
	fmt.Println(g())
}
