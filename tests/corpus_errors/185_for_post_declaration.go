//go:build ignore

// A for loop whose post statement declares the counter again with :=.
package main

import "fmt"

//cell

var samples = []int{4, 8, 15, 16, 23, 42}

//cell

func everyOther() []int {
	var out []int
	for i := 0; i < len(samples); i := i + 2 {
		out = append(out, samples[i])
	}
	return out
}

//cell

func main() {
	fmt.Println(everyOther())
}
