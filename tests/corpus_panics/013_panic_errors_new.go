//go:build ignore

// A panic with an error made by errors.New.
package main

import (
	"errors"
	"fmt"
)

//cell

func mustPositive(n int) int {
	if n <= 0 {
		panic(errors.New("value must be positive"))
	}
	return n
}

//cell

func main() {
	fmt.Println(mustPositive(3))
	fmt.Println(mustPositive(-1))
}
