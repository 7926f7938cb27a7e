//go:build ignore

// iota used outside a constant declaration.
package main

import "fmt"

//cell

func run() int {
	x := iota
	return x
}

//cell

func main() {
	fmt.Println(run())
}
