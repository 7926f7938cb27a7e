//go:build ignore

// A recovered panic wrapped in an error and raised again.
package main

import (
	"fmt"
)

//cell

func step(n int) int {
	if n == 3 {
		panic(fmt.Sprintf("bad step %d", n))
	}
	return n * 2
}

func run(n int) (out int) {
	defer func() {
		if r := recover(); r != nil {
			panic(fmt.Errorf("run(%d): %v", n, r))
		}
	}()
	return step(n)
}

//cell

func main() {
	fmt.Println(run(2))
	fmt.Println(run(3))
}
