//go:build ignore

// A deferred function that panics after the work is done.
package main

import "fmt"

//cell

func main() {
	defer func() {
		panic("cleanup failed")
	}()
	fmt.Println("working")
}
