//go:build ignore

// An array indexed by a variable out of its range.
package main

import "fmt"

//cell

func main() {
	var days [7]string
	days[0] = "mon"
	i := 7
	fmt.Println(days[0])
	days[i] = "next mon"
}
