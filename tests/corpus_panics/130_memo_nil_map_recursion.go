//go:build ignore

// A memoized recursion whose memo map was never made.
package main

import (
	"fmt"
)

//cell

type Memo struct{ m map[int]int }

func (c *Memo) Fib(n int) int {
	if n < 2 {
		return n
	}
	if v, ok := c.m[n]; ok {
		return v
	}
	v := c.Fib(n-1) + c.Fib(n-2)
	c.m[n] = v
	return v
}

//cell

func main() {
	ok := &Memo{m: map[int]int{}}
	fmt.Println(ok.Fib(10))
	var bad Memo
	fmt.Println(bad.Fib(3))
}
