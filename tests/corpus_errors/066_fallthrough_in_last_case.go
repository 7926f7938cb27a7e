//go:build ignore

// A fallthrough in a switch's last clause.
package main

import "fmt"

//cell

func run() int {
	switch x := 2; x {
	case 1:
		return 1
	case 2:
		fallthrough
	}
	return 0
}

//cell

func main() {
	fmt.Println(run())
}
