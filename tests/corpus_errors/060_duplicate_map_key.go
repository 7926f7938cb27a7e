//go:build ignore

// A map literal with one constant key twice.
package main

import "fmt"

//cell

func run() map[string]int {
	return map[string]int{"a": 1, "b": 2, "a": 3}
}

//cell

func main() {
	fmt.Println(run())
}
