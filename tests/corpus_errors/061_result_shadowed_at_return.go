//go:build ignore

// A bare return where a result is shadowed.
package main

import "fmt"

//cell

func run() (n int, err error) {
	if n, err := fmt.Sscan("4", new(int)); err == nil {
		_ = n
		return
	}
	return
}

//cell

func main() {
	fmt.Println(run())
}
