//go:build ignore

// new of the untyped nil.
package main

import "fmt"

//cell

func run() bool {
	p := new(nil)
	return p == nil
}

//cell

func main() {
	fmt.Println(run())
}
