//go:build ignore

// A method declared on string.
package main

import (
	"fmt"
	"strings"
)

//cell

func (s string) Shout() string { return strings.ToUpper(s) + "!" }

//cell

func main() {
	fmt.Println("hi")
}
