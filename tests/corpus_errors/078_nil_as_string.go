//go:build ignore

// nil returned as a string.
package main

import "fmt"

//cell

func run() string {
	return nil
}

//cell

func main() {
	fmt.Println(run())
}
