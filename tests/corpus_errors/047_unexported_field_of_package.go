//go:build ignore

// An unexported field of another package's struct.
package main

import (
	"fmt"
	"strings"
)

//cell

func main() {
	var b strings.Builder
	b.WriteString("abc")
	fmt.Println(b.buf)
}
