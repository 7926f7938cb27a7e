//go:build ignore

// A function literal whose parameter contradicts the type inferred from another argument.
package main

import "fmt"

//cell

func apply[T, U any](xs []T, f func(T) U) []U {
	var out []U
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

//cell

func run() []string {
	return apply([]int{1}, func(s string) string { return s })
}

//cell

func main() {
	fmt.Println(run())
}
