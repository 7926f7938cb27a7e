//go:build ignore

// The ! operator on an int.
package main

import "fmt"

//cell

func run() bool {
	n := 3
	return !n
}

//cell

func main() {
	fmt.Println(run())
}
