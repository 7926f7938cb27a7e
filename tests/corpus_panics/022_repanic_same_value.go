//go:build ignore

// A deferred function that recovers, logs and panics again with the same value.
package main

import "fmt"

//cell

func main() {
	defer func() {
		r := recover()
		fmt.Println("logging:", r)
		panic(r)
	}()
	panic("fatal")
}
