//go:build ignore

// A deferred function that recovers and panics with a new value.
package main

import "fmt"

//cell

func main() {
	defer func() {
		if r := recover(); r != nil {
			panic(fmt.Sprint("wrapped: ", r))
		}
	}()
	panic("original")
}
