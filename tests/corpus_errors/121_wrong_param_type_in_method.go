//go:build ignore

// A method whose parameter type differs from the interface.
package main

import "fmt"

//cell

type Writer interface{ Write(p []byte) (int, error) }

type W struct{}

func (W) Write(s string) (int, error) { return len(s), nil }

func run() Writer { return W{} }

//cell

func main() {
	fmt.Println(run())
}
