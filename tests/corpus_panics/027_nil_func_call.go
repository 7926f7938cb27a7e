//go:build ignore

// A func variable never set, called.
package main

import "fmt"

var onDone func(string)

//cell

func main() {
	fmt.Println("calling the hook")
	onDone("ok")
}
