//go:build ignore

// init functions and package-level variable initialisation order.
package main

import "fmt"

var registry = map[string]int{}

var a = b + 1
var b = f("b")

func f(s string) int {
	fmt.Println("initialising", s)
	return 10
}

//cell

func init() {
	registry["first"] = 1
	fmt.Println("init 1")
}

func init() {
	registry["second"] = len(registry) + 1
	fmt.Println("init 2")
}

//cell

func main() {
	fmt.Println("main", a, b, registry["first"], registry["second"])
}
