//go:build ignore

// Assigning several values at once: composite literals among them, swaps,
// var specs, and results of functions returning several values.
package main

import "fmt"

type Code struct {
	N    int
	Why  string
	tags []string
}

type Point [2]int

func pair() (Code, bool) {
	c, ok := Code{1, "small", nil}, true
	return c, ok
}

//cell

func main() {
	c, ok := pair()
	fmt.Println(c, ok)
	d, n := Code{N: 2}, 7
	var p, q = Point{1, 2}, 3.5
	m, s := map[string]int{"a": 1}, "s"
	fmt.Println(d.N, n, p, q, m, s)
	var x float64
	x, d = 2, Code{N: 3, tags: []string{"t"}}
	fmt.Println(x, d.N, d.tags)
	a, b := Point{1, 1}, Point{2, 2}
	a, b = b, a
	fmt.Println(a, b)
	list, count := []Code{{N: 4}, {N: 5}}, len("abc")
	fmt.Println(len(list), list[1].N, count)
}
