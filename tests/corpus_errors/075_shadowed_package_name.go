//go:build ignore

// A variable named fmt, then fmt.Sprint.
package main

import "fmt"

//cell

func run() string {
	fmt := "x"
	return fmt.Sprint(1)
}

//cell

func main() {
	fmt.Println(run())
}
