//go:build ignore

// A local variable of a helper function assigned and never read.
package main

import "fmt"

//cell

func area(w, h int) int {
	perimeter := 2 * (w + h)
	return w * h
}

//cell

func main() {
	fmt.Println(area(3, 4))
}
