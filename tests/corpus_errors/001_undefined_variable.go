//go:build ignore

// A total misspelled where it is printed.
package main

import "fmt"

//cell

func main() {
	total := 0
	for _, n := range []int{3, 4, 5} {
		total += n
	}
	fmt.Println("sum:", totl)
}
