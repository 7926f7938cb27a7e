//go:build ignore

// A field spelled in lower case where it is exported.
package main

import "fmt"

//cell

type P struct{ Name string }

func run() string {
	p := P{"x"}
	return p.name
}

//cell

func main() {
	fmt.Println(run())
}
