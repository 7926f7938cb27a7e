//go:build ignore

// A function that returns from every case of a switch without a default.
package main

import "fmt"

//cell

type Shape int

const (
	Circle Shape = iota
	Square
)

//cell

func (s Shape) Name() string {
	switch s {
	case Circle:
		return "circle"
	case Square:
		return "square"
	}
}

//cell

func main() {
	fmt.Println(Square.Name())
}
