//go:build ignore

// An assertion to a type that cannot implement the interface.
package main

import (
	"fmt"
	"io"
	"strings"
)

//cell

func main() {
	var r io.Reader = strings.NewReader("x")
	s, ok := r.(string)
	fmt.Println(s, ok)
}
