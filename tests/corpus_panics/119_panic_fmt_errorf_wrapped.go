//go:build ignore

// A panic with an error wrapping another.
package main

import (
	"errors"
	"fmt"
)

//cell

var ErrLimit = errors.New("limit reached")

func take(n, limit int) int {
	if n > limit {
		panic(fmt.Errorf("take %d: %w", n, ErrLimit))
	}
	return n
}

//cell

func main() {
	fmt.Println(take(2, 3))
	fmt.Println(take(5, 3))
}
