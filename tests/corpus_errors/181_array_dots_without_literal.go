//go:build ignore

// An array type of [...] length without a literal to count.
package main

import "fmt"

//cell

const week = 7

//cell

var days [...]string

//cell

func main() {
	fmt.Println(len(days), week)
}
