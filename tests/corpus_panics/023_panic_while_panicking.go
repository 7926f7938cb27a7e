//go:build ignore

// A deferred function that panics while a panic is unwinding.
package main

import "fmt"

//cell

func main() {
	defer func() {
		panic("second")
	}()
	fmt.Println("start")
	panic("first")
}
