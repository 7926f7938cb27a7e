//go:build ignore

// An int sum divided by a float64 count.
package main

import "fmt"

//cell

func main() {
	sum := 0
	for _, v := range []int{2, 3, 4} {
		sum += v
	}
	count := 3.0
	fmt.Println(sum / count)
}
