//go:build ignore

// An error type that embeds error (its Error promoted) is asserted back
// from the error a lookup returns; a failed assertion to the other
// pointer type panics with Go's message naming both types.
package main

import (
	"errors"
	"fmt"
)

type CodeErr struct {
	error
	Code int
}

type TempErr struct {
	error
	Retry bool
}

func lookup(k string) error {
	if k == "gone" {
		return &CodeErr{errors.New("gone"), 410}
	}
	return &TempErr{errors.New("busy"), true}
}

//cell

func code(err error) int {
	return err.(*CodeErr).Code
}

func main() {
	fmt.Println(code(lookup("gone")))
	fmt.Println(code(lookup("busy")))
}
