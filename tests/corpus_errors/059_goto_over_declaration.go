//go:build ignore

// A goto that jumps over a variable declaration.
package main

import "fmt"

//cell

func run() int {
	goto end
	x := 3
	fmt.Println(x)
end:
	return 1
}

//cell

func main() {
	fmt.Println(run())
}
