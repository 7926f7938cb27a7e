//go:build ignore

// A lookup table whose array type is larger than memory can address.
package main

import "fmt"

//cell

const bits = 60

//cell

var seen [1 << bits]bool

//cell

func main() {
	seen[3] = true
	fmt.Println(seen[3])
}
