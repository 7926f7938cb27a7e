//go:build ignore

// append whose result is not used.
package main

import "fmt"

//cell

func run() []int {
	s := []int{1}
	append(s, 2)
	return s
}

//cell

func main() {
	fmt.Println(run())
}
