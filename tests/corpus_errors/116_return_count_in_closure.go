//go:build ignore

// A function literal returning two values where one is declared.
package main

import "fmt"

//cell

func run() int {
	f := func() int {
		return 1, 2
	}
	return f()
}

//cell

func main() {
	fmt.Println(run())
}
