//go:build ignore

// == between structs holding slices.
package main

import "fmt"

//cell

type P struct{ tags []string }

func run() bool {
	return P{} == P{}
}

//cell

func main() {
	fmt.Println(run())
}
