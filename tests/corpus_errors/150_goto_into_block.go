//go:build ignore

// A goto into a block.
package main

import "fmt"

//cell

func run(n int) int {
	if n > 0 {
		goto inside
	}
	{
	inside:
		n++
	}
	return n
}

//cell

func main() {
	fmt.Println(run(1))
}
