//go:build ignore

// A helper called by a name it does not have.
package main

import "fmt"

func greet(name string) string { return "hello, " + name }

//cell

func main() {
	fmt.Println(greeting("ada"))
}
