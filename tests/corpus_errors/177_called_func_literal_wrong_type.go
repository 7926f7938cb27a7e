//go:build ignore

// The result of a function literal called in place given to a variable of another type.
package main

import "fmt"

//cell

var prices = []float64{1.5, 2.25, 3}

//cell

var total int = func() float64 {
	s := 0.0
	for _, p := range prices {
		s += p
	}
	return s
}()

//cell

func main() {
	fmt.Println(total)
}
