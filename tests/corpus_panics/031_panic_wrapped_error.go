//go:build ignore

// A panic with an error wrapping another.
package main

import (
	"fmt"
	"strconv"
)

//cell

func mustAtoi(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		panic(fmt.Errorf("config: %w", err))
	}
	return n
}

//cell

func main() {
	fmt.Println(mustAtoi("8"))
	fmt.Println(mustAtoi("eight"))
}
