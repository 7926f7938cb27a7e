//go:build ignore

// A generic function whose second type parameter its arguments do not fix.
package main

import "fmt"

//cell

func index[K comparable, V any](keys []K) map[K]V {
	m := make(map[K]V)
	for _, k := range keys {
		var zero V
		m[k] = zero
	}
	return m
}

//cell

func run() int {
	m := index([]string{"a", "b"})
	return len(m)
}

//cell

func main() {
	fmt.Println(run())
}
