//go:build ignore

// A function of one result returning two.
package main

import "fmt"

//cell

func parse(s string) int {
	if s == "" {
		return 0, fmt.Errorf("empty")
	}
	return len(s)
}

//cell

func main() {
	fmt.Println(parse("abc"))
}
