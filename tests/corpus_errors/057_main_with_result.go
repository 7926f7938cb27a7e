//go:build ignore

// func main declared with a result, which Go refuses.
package main

import "fmt"

func greet() string { return "hi" }

//cell

func main() int {
	fmt.Println(greet())
	return 0
}
