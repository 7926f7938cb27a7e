//go:build ignore

// A shift whose count is a float64.
package main

import "fmt"

//cell

func run() int {
	f := 2.0
	return 1 << f
}

//cell

func main() {
	fmt.Println(run())
}
