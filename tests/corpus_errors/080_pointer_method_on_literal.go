//go:build ignore

// A pointer method called on a composite literal.
package main

import "fmt"

//cell

type C struct{ n int }

func (c *C) Inc() { c.n++ }

func run() int {
	C{}.Inc()
	return 0
}

//cell

func main() {
	fmt.Println(run())
}
