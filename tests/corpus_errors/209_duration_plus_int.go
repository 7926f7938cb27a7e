//go:build ignore

// Adding an int to a time.Duration in a loop.
package main

import (
	"fmt"
	"time"
)

//cell

var delays = []int{100, 250, 50}

//cell

func total() time.Duration {
	var sum time.Duration
	for _, d := range delays {
		sum += d
	}
	return sum
}

//cell

func main() {
	fmt.Println(total())
}
