//go:build ignore

// An import that no cell uses.
package main

import (
	"fmt"
	"strings"
)

//cell

func greet(name string) string {
	return "hello, " + name
}

//cell

func main() {
	fmt.Println(greet("ann"))
}
