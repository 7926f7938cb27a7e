//go:build ignore

// max given a slice spread with ..., which built-ins do not take.
package main

import "fmt"

//cell

var scores = []int{72, 95, 88}

//cell

func best() int {
	return max(scores...)
}

//cell

func main() {
	fmt.Println(best())
}
