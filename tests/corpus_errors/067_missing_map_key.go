//go:build ignore

// A map literal element without its key.
package main

import "fmt"

//cell

func run() map[string]int {
	return map[string]int{"a": 1, 2}
}

//cell

func main() {
	fmt.Println(run())
}
