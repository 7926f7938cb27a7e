//go:build ignore

// An index out of range in a function that a function of a later cell calls.
package main

import "fmt"

//cell

func nth(xs []string, i int) string {
	return xs[i]
}

//cell

func last(xs []string) string {
	return nth(xs, len(xs))
}

//cell

func main() {
	fmt.Println(nth([]string{"x", "y"}, 1))
	fmt.Println(last([]string{"x", "y"}))
}
