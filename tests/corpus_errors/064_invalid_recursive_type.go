//go:build ignore

// A struct that contains itself.
package main

import "fmt"

//cell

type Node struct {
	Val  int
	Next Node
}

func run() int { return Node{}.Val }

//cell

func main() {
	fmt.Println(run())
}
