//go:build ignore

// Two variables ranging over an int.
package main

import "fmt"

//cell

func run() int {
	t := 0
	for i, j := range 10 {
		t += i + j
	}
	return t
}

//cell

func main() {
	fmt.Println(run())
}
