//go:build ignore

// A range over a float64.
package main

import "fmt"

//cell

func main() {
	limit := 2.5
	for i := range limit {
		fmt.Println(i)
	}
}
