//go:build ignore

// A nil pointer dereference in a function that dereferences in several places.
package main

import "fmt"

//cell

type Node struct {
	Val  int
	Next *Node
}

func secondVal(n *Node) int {
	first := n.Val
	fmt.Println("first", first)
	return n.Next.Val
}

//cell

func main() {
	list := &Node{1, &Node{2, nil}}
	fmt.Println(secondVal(list))
	fmt.Println(secondVal(list.Next))
}
