//go:build ignore

// An untyped constant too big for int passed to fmt.Println.
package main

import "fmt"

//cell

const (
	KB = 1 << (10 * (iota + 1))
	MB
	GB
	TB
	PB
	EB
	ZB
)

//cell

func main() {
	fmt.Println(KB, MB, ZB)
}
