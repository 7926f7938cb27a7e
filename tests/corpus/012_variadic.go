//go:build ignore

// Variadic functions: any number of arguments, and slices spread with ...
package main

import (
	"fmt"
	"strings"
)

func sum(nums ...int) int {
	fmt.Print(nums, " ")
	total := 0
	for _, num := range nums {
		total += num
	}
	return total
}

//cell

func join(sep string, parts ...string) string { return strings.Join(parts, sep) }

//cell

func main() {
	fmt.Println(sum(1, 2))
	fmt.Println(sum(1, 2, 3))
	nums := []int{1, 2, 3, 4}
	fmt.Println(sum(nums...))
	fmt.Println(sum())
	fmt.Println(join("-", "a", "b", "c"))
	fmt.Println(join(","))
	args := []any{"x", 1, 2.5}
	fmt.Println(args...)
}
