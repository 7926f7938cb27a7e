//go:build ignore

// + on a type parameter whose constraint has no +.
package main

import "fmt"

//cell

func add[T any](a, b T) T { return a + b }

func run() int { return add(1, 2) }

//cell

func main() {
	fmt.Println(run())
}
