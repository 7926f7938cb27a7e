//go:build ignore

// A value stored in a map of interfaces whose method has a pointer receiver.
package main

import "fmt"

//cell

type Shape interface{ Area() int }

type Square struct{ s int }

func (q *Square) Area() int { return q.s * q.s }

//cell

func run() int {
	m := map[string]Shape{}
	m["a"] = Square{2}
	return m["a"].Area()
}

//cell

func main() {
	fmt.Println(run())
}
