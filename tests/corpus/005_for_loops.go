//go:build ignore

// For: the three forms of Go's only loop, with break and continue.
package main

import "fmt"

//cell

func main() {
	i := 1
	for i <= 3 {
		fmt.Println(i)
		i = i + 1
	}
	for j := 0; j < 3; j++ {
		fmt.Println("j", j)
	}
	for {
		fmt.Println("loop")
		break
	}
	for n := 0; n < 6; n++ {
		if n%2 == 0 {
			continue
		}
		fmt.Println("odd", n)
	}
	sum := 0
	for k := 10; k > 0; k -= 3 {
		sum += k
	}
	fmt.Println("sum", sum)
	for a, b := 0, 10; a < b; a, b = a+1, b-2 {
		fmt.Print(a, ":", b, " ")
	}
	fmt.Println()
}
