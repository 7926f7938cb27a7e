//go:build ignore

// A string returned from a function of int.
package main

import "fmt"

//cell

func code(ok bool) int {
	if ok {
		return 200
	}
	return "error"
}

//cell

func main() {
	fmt.Println(code(true))
}
