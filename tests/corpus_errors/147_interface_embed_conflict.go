//go:build ignore

// Two embedded interfaces with the same method of different signatures.
package main

import "fmt"

//cell

type Reader interface{ Read() int }

type Namer interface{ Read() string }

type Both interface {
	Reader
	Namer
}

//cell

func main() {
	var b Both
	fmt.Println(b == nil)
}
