//go:build ignore

// A panic three notebook functions deep: each caller's frame has the line
// of its call.
package main

import "fmt"

//cell

func check(n int) {
	if n > 2 {
		panic(fmt.Sprintf("too big: %d", n))
	}
}

//cell

func walk(ns []int) {
	for _, n := range ns {
		check(n)
	}
}

func run(ns []int) {
	fmt.Println("walking", len(ns))
	walk(ns)
}

//cell

func main() {
	run([]int{1, 2})
	run([]int{1, 3})
}
