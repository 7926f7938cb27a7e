//go:build ignore

// A function ending in a for loop that a break can leave.
package main

import (
	"errors"
	"fmt"
)

//cell

// These end in terminating statements: no return is missing.
func must(err error) int {
	if err != nil {
		panic(err)
	}
	panic("unreachable")
}

func sign(n int) int {
	switch {
	case n < 0:
		return -1
	case n > 0:
		return 1
	default:
		return 0
	}
}

func forever() int {
	for {
	}
}

//cell

func firstNegative(xs []int) int {
	for i := 0; ; i++ {
		if i == len(xs) {
			break
		}
		if xs[i] < 0 {
			return i
		}
	}
}

//cell

func main() {
	_ = must
	_ = forever
	_ = errors.New
	fmt.Println(sign(-3), firstNegative([]int{1, -2}))
}
