//go:build ignore

// A struct that holds itself through an array.
package main

import "fmt"

//cell

type Node struct {
	val  int
	kids [2]Node
}

//cell

func main() {
	var n Node
	fmt.Println(n.val)
}
