//go:build ignore

// A send statement on a slice, as if it were a channel.
package main

import "fmt"

//cell

var results []int

//cell

func square(xs []int) {
	for _, x := range xs {
		results <- x * x
	}
}

//cell

func main() {
	square([]int{1, 2})
	fmt.Println(results)
}
