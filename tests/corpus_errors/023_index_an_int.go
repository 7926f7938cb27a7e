//go:build ignore

// An int indexed.
package main

import "fmt"

//cell

func main() {
	digits := 1234
	fmt.Println(digits[0])
}
