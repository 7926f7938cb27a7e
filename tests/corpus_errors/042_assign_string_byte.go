//go:build ignore

// A byte of a string assigned to.
package main

import "fmt"

//cell

func main() {
	word := "hello"
	word[0] = 'H'
	fmt.Println(word)
}
