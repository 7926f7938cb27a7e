//go:build ignore

// A later cell calls an earlier cell's function with an argument too many.
package main

import "fmt"

//cell

func area(w, h int) int { return w * h }

//cell

func run() int {
	return area(2, 3, 4)
}

//cell

func main() {
	fmt.Println(run())
}
