//go:build ignore

// A method called through a pointer to an interface.
package main

import "fmt"

//cell

func run() string {
	var s fmt.Stringer
	p := &s
	return p.String()
}

//cell

func main() {
	fmt.Println(run())
}
