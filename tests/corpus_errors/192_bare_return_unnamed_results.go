//go:build ignore

// A bare return in a function whose results have no names.
package main

import (
	"errors"
	"fmt"
)

//cell

var ErrEmpty = errors.New("empty")

//cell

func first(xs []int) (int, error) {
	if len(xs) == 0 {
		return
	}
	return xs[0], nil
}

//cell

func main() {
	fmt.Println(first(nil))
}
