//go:build ignore

// A slice expression given where one element was meant.
package main

import "fmt"

//cell

var names = []string{"ann", "bob"}

//cell

func first() string {
	var f string = names[0:1]
	return f
}

//cell

func main() {
	fmt.Println(first())
}
