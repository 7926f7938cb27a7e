//go:build ignore

// An int dereferenced.
package main

import "fmt"

//cell

func main() {
	n := 10
	p := &n
	fmt.Println(*p, *n)
}
