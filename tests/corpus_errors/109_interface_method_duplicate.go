//go:build ignore

// An interface listing one method twice.
package main

import "fmt"

//cell

type I interface {
	M()
	M()
}

func run() int { return 0 }

//cell

func main() {
	fmt.Println(run())
}
