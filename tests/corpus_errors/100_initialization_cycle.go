//go:build ignore

// Two package variables that refer to each other.
package main

import "fmt"

//cell

var a = b + 1
var b = a * 2

func run() int { return a }

//cell

func main() {
	fmt.Println(run())
}
