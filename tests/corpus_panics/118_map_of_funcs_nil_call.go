//go:build ignore

// A call of a missing entry of a map of functions.
package main

import (
	"fmt"
)

//cell

var handlers = map[string]func(int) int{
	"double": func(n int) int { return n * 2 },
}

func dispatch(name string, n int) int { return handlers[name](n) }

//cell

func main() {
	fmt.Println(dispatch("double", 4))
	fmt.Println(dispatch("triple", 4))
}
