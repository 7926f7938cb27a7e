//go:build ignore

// Two struct types that contain each other by value.
package main

import "fmt"

//cell

type Tree struct {
	Root Branch
}

type Branch struct {
	Left, Right Tree
	Value       int
}

//cell

func main() {
	var t Tree
	fmt.Println(t.Root.Value)
}
