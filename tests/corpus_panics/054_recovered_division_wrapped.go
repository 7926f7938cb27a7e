//go:build ignore

// A division by zero recovered by a deferred function that panics with an
// error wrapping it, after an earlier call recovered its own and returned.
package main

import (
	"fmt"
)

//cell

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("safeDiv: %v", r)
		}
	}()
	return a / b, nil
}

func ratio(a, b int) int {
	defer func() {
		if r := recover(); r != nil {
			panic(fmt.Errorf("ratio %d/%d: %v", a, b, r))
		}
	}()
	fmt.Println("dividing", a, b)
	return a / b
}

//cell

func main() {
	fmt.Println(safeDiv(1, 0))
	fmt.Println(ratio(6, 3))
	fmt.Println(ratio(1, 0))
}
