//go:build ignore

// A string appended to a slice of ints.
package main

import "fmt"

//cell

func main() {
	nums := []int{1, 2}
	nums = append(nums, "3")
	fmt.Println(nums)
}
