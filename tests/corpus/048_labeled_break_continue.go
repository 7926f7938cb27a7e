//go:build ignore

// Labels: break and continue out of nested loops, and a switch.
package main

import "fmt"

//cell

func main() {
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j == 2 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			fmt.Println(i, j)
		}
	}
	n := 0
loop:
	for {
		switch {
		case n >= 3:
			break loop
		default:
			n++
		}
	}
	fmt.Println("n =", n)
}
