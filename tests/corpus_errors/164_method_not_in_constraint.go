//go:build ignore

// A method called on a type parameter whose constraint has none.
package main

import "fmt"

//cell

func describe[T any](x T) string {
	return x.String()
}

//cell

func main() {
	fmt.Println(describe(1))
}
