//go:build ignore

// A function whose loop may end without a return.
package main

import "fmt"

//cell

func index(xs []string, x string) int {
	for i, v := range xs {
		if v == x {
			return i
		}
	}
}

//cell

func main() {
	fmt.Println(index([]string{"a"}, "a"))
}
