//go:build ignore

// A map whose key is a function type.
package main

import "fmt"

//cell

func run() int {
	m := map[func()]int{}
	return len(m)
}

//cell

func main() {
	fmt.Println(run())
}
