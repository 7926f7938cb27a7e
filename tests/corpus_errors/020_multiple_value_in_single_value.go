//go:build ignore

// strconv.Atoi's two results used in an expression.
package main

import (
	"fmt"
	"strconv"
)

//cell

func main() {
	n := strconv.Atoi("41") + 1
	fmt.Println(n)
}
