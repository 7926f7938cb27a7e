//go:build ignore

// An assignment to a field of a struct value in a map.
package main

import "fmt"

//cell

type P struct{ N int }

func run() int {
	m := map[string]P{"a": {1}}
	m["a"].N++
	return m["a"].N
}

//cell

func main() {
	fmt.Println(run())
}
