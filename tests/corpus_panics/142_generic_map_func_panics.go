//go:build ignore

// A callback given to a generic Map panicking on one element.
package main

import (
	"fmt"
	"strconv"
)

//cell

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func mustAtoi(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		panic(err)
	}
	return n
}

//cell

func main() {
	fmt.Println(Map([]string{"1", "2"}, mustAtoi))
	fmt.Println(Map([]string{"3", "x"}, mustAtoi))
}
