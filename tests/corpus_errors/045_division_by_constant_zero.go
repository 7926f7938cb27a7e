//go:build ignore

// An integer divided by the constant 0.
package main

import "fmt"

//cell

func main() {
	total := 10
	fmt.Println(total / 0)
}
