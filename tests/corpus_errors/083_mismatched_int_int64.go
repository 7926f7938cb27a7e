//go:build ignore

// Division of an int by an int64.
package main

import "fmt"

//cell

func run() int {
	a := 10
	var b int64 = 3
	return a / b
}

//cell

func main() {
	fmt.Println(run())
}
