//go:build ignore

// A closure from a slice of closures indexing with its captured counter.
package main

import (
	"fmt"
)

//cell

func counters(data []int) []func() int {
	var fs []func() int
	for i := range 3 {
		fs = append(fs, func() int { return data[i] * 10 })
	}
	return fs
}

//cell

func main() {
	fs := counters([]int{1, 2, 3})
	fmt.Println(fs[0](), fs[2]())
	gs := counters([]int{1, 2})
	fmt.Println(gs[0]())
	fmt.Println(gs[2]())
}
