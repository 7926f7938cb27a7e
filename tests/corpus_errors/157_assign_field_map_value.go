//go:build ignore

// An assignment to a field of a struct held in a map.
package main

import "fmt"

//cell

type Stock struct{ n int }

//cell

func run() int {
	m := map[string]Stock{"a": {1}}
	for k := range m {
		m[k].n = 5
	}
	return m["a"].n
}

//cell

func main() {
	fmt.Println(run())
}
