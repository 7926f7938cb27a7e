//go:build ignore

// continue to a label of a switch.
package main

import "fmt"

//cell

func run() int {
	n := 0
sw:
	switch {
	case n == 0:
		for i := range 3 {
			if i == 1 {
				continue sw
			}
			n++
		}
	}
	return n
}

//cell

func main() {
	fmt.Println(run())
}
