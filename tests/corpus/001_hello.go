//go:build ignore

// Hello: the smallest program, printed three ways.
package main

import (
	"fmt"
	"os"
)

//cell

func main() {
	fmt.Println("hello, world")
	fmt.Print("no newline", "\n")
	fmt.Fprintln(os.Stdout, "to", "os.Stdout", 42)
}
