//go:build ignore

// A slice of an earlier cell's array passed where an array is wanted.
package main

import "fmt"

//cell

var primes = [5]int{2, 3, 5, 7, 11}

func sum3(xs [3]int) int { return xs[0] + xs[1] + xs[2] }

//cell

func run() int {
	return sum3(primes[:3])
}

//cell

func main() {
	fmt.Println(run())
}
