//go:build ignore

// The builtins min, max and clear (Go 1.21).
package main

import "fmt"

//cell

func main() {
	fmt.Println(min(3, 1, 2), max(3, 1, 2))
	fmt.Println(min(2.5, 1), max("apple", "pear", "fig"))
	x, y := 10, -4
	fmt.Println(min(x, y), max(x, y, 0))
	const c = max(1, 2.5)
	fmt.Println(c)
	m := map[string]int{"a": 1, "b": 2}
	clear(m)
	fmt.Println(len(m), m)
	s := []int{1, 2, 3}
	clear(s)
	fmt.Println(len(s), s)
}
