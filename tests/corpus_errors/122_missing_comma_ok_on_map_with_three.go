//go:build ignore

// Three variables from a map index.
package main

import "fmt"

//cell

func run() int {
	m := map[string]int{}
	v, ok, x := m["a"]
	_, _ = ok, x
	return v
}

//cell

func main() {
	fmt.Println(run())
}
