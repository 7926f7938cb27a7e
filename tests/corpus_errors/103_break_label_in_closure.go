//go:build ignore

// A break to a label outside a function literal.
package main

import "fmt"

//cell

func run() int {
outer:
	for i := range 3 {
		func() {
			if i == 1 {
				break outer
			}
		}()
	}
	return 0
}

//cell

func main() {
	fmt.Println(run())
}
