//go:build ignore

// A byte of a string read past its end.
package main

import "fmt"

//cell

func main() {
	word := "go"
	for i := 0; i < 3; i++ {
		fmt.Println(word[i])
	}
}
