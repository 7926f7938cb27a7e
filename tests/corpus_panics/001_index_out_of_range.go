//go:build ignore

// A loop that reads one element past the end of a slice.
package main

import "fmt"

//cell

func main() {
	scores := []int{90, 85, 77}
	for i := 0; i <= len(scores); i++ {
		fmt.Println("score", i, scores[i])
	}
}
