//go:build ignore

// A constant initialized by a function call.
package main

import "fmt"

//cell

func two() int { return 2 }

const c = two()

func run() int { return c }

//cell

func main() {
	fmt.Println(run())
}
