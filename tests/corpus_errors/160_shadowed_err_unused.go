//go:build ignore

// An err shadowed in an else branch and never used.
package main

import (
	"fmt"
	"strconv"
)

//cell

func parse(s string) (int, error) { return strconv.Atoi(s) }

//cell

func run(s string) int {
	n, err := parse(s)
	if err != nil {
		return -1
	} else if n > 10 {
		n, err := parse("10")
		return n
	}
	return n
}

//cell

func main() {
	fmt.Println(run("4"))
}
