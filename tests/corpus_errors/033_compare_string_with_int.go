//go:build ignore

// A string compared with an int constant.
package main

import "fmt"

//cell

func main() {
	answer := "42"
	if answer == 42 {
		fmt.Println("right")
	}
}
