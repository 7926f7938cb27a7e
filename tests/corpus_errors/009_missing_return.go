//go:build ignore

// A function whose last statement is an if without else.
package main

import "fmt"

//cell

func sign(x int) string {
	if x < 0 {
		return "negative"
	} else if x > 0 {
		return "positive"
	}
}

//cell

func main() {
	fmt.Println(sign(-2))
}
