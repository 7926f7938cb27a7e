//go:build ignore

// The error of strconv.Atoi in a helper never checked.
package main

import (
	"fmt"
	"strconv"
)

//cell

func toInt(s string) int {
	n, err := strconv.Atoi(s)
	return n
}

//cell

func main() {
	fmt.Println(toInt("7"))
}
