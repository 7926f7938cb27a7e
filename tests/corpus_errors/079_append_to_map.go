//go:build ignore

// append on a map.
package main

import "fmt"

//cell

func run() int {
	m := map[string]int{}
	m = append(m, 1)
	return len(m)
}

//cell

func main() {
	fmt.Println(run())
}
