//go:build ignore

// A method with a pointer receiver reading a field of a nil receiver.
package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

//cell

func (n *Node) Second() int {
	return n.Next.Val
}

//cell

func main() {
	list := &Node{Val: 1, Next: &Node{Val: 2}}
	fmt.Println(list.Second())
	fmt.Println(list.Next.Second())
}
