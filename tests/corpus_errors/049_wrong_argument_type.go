//go:build ignore

// A float64 passed where a string is expected.
package main

import (
	"fmt"
	"strings"
)

//cell

func main() {
	price := 9.5
	fmt.Println(strings.Repeat(price, 2))
}
