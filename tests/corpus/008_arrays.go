//go:build ignore

// Arrays: fixed length, value semantics, comparison, multi-dimensional.
package main

import "fmt"

//cell

func double(a [3]int) [3]int {
	for i := range a {
		a[i] *= 2
	}
	return a
}

//cell

func main() {
	var a [5]int
	fmt.Println("emp:", a)
	a[4] = 100
	fmt.Println("set:", a, "get:", a[4], "len:", len(a))
	b := [5]int{1, 2, 3, 4, 5}
	fmt.Println(b)
	c := [...]int{1, 2, 3}
	d := double(c)
	fmt.Println(c, d, c == [3]int{1, 2, 3}, c != d)
	e := [...]string{3: "three", 1: "one"}
	fmt.Printf("%q %d\n", e, len(e))
	var twoD [2][3]int
	for i := 0; i < 2; i++ {
		for j := 0; j < 3; j++ {
			twoD[i][j] = i + j
		}
	}
	fmt.Println("2d:", twoD)
	copyOf := twoD
	copyOf[0][0] = 99
	fmt.Println(twoD[0][0], copyOf[0][0])
}
