//go:build ignore

// A generator closure called once more than it has values.
package main

import (
	"fmt"
)

//cell

func gen(xs []string) func() string {
	i := 0
	return func() string {
		v := xs[i]
		i++
		return v
	}
}

func take(next func() string, n int) []string {
	var out []string
	for range n {
		out = append(out, next())
	}
	return out
}

//cell

func main() {
	next := gen([]string{"a", "b", "c"})
	fmt.Println(take(next, 2))
	fmt.Println(take(next, 2))
}
