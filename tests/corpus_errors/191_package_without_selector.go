//go:build ignore

// A package name passed as if it were a value.
package main

import (
	"fmt"
	"strings"
)

//cell

func apply(f func(string) string, s string) string { return f(s) }

var lower = apply(strings.ToLower, "HI")

//cell

func shout(s string) string {
	return apply(strings, s)
}

//cell

func main() {
	fmt.Println(shout("hi"))
}
