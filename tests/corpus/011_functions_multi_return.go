//go:build ignore

// Functions: parameters, multiple results, named results, blank identifier.
package main

import "fmt"

func plus(a, b int) int { return a + b }

func plusPlus(a, b, c int) int { return a + b + c }

//cell

func vals() (int, int) { return 3, 7 }

func divmod(a, b int) (q, r int) {
	q = a / b
	r = a % b
	return
}

//cell

func main() {
	fmt.Println("1+2 =", plus(1, 2))
	fmt.Println("1+2+3 =", plusPlus(1, 2, 3))
	a, b := vals()
	fmt.Println(a, b)
	_, c := vals()
	fmt.Println(c)
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	fmt.Println(divmod(100, 7))
}
