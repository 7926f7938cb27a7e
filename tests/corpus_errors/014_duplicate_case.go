//go:build ignore

// The same constant in two cases of a switch.
package main

import "fmt"

//cell

func name(d int) string {
	switch d {
	case 0:
		return "zero"
	case 1:
		return "one"
	case 0:
		return "nought"
	}
	return "many"
}

//cell

func main() {
	fmt.Println(name(1))
}
