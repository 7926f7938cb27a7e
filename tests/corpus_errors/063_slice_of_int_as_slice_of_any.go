//go:build ignore

// A []int passed where []any is wanted.
package main

import "fmt"

//cell

func sum(xs []any) int { return len(xs) }

func run() int {
	nums := []int{1, 2, 3}
	return sum(nums)
}

//cell

func main() {
	fmt.Println(run())
}
