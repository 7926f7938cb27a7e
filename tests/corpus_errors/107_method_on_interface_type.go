//go:build ignore

// A method declared on an interface type.
package main

import "fmt"

//cell

type I interface{ M() }

func (i I) N() {}

func run() int { return 0 }

//cell

func main() {
	fmt.Println(run())
}
