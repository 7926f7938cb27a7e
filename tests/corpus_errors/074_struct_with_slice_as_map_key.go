//go:build ignore

// A map keyed by a struct holding a slice.
package main

import "fmt"

//cell

type K struct{ tags []string }

func run() int {
	m := map[K]int{}
	return len(m)
}

//cell

func main() {
	fmt.Println(run())
}
