//go:build ignore

// A break in a function with no loop around it.
package main

import "fmt"

//cell

func check(n int) {
	if n > 10 {
		break
	}
	fmt.Println(n)
}

//cell

func main() {
	check(3)
}
