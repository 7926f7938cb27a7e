//go:build ignore

// A panic with a value of a struct type of the notebook without methods.
package main

import "fmt"

type ParseError struct {
	Line int
	Msg  string
}

//cell

func main() {
	fmt.Println("parsing")
	panic(ParseError{Line: 3, Msg: "unexpected token"})
}
