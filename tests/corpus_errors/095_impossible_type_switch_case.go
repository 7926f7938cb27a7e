//go:build ignore

// A type switch case the interface cannot hold.
package main

import "fmt"

//cell

type Shape interface{ Area() float64 }

type Sq struct{}

func (*Sq) Area() float64 { return 1 }

func run() string {
	var s Shape = &Sq{}
	switch s.(type) {
	case Sq:
		return "value"
	}
	return "?"
}

//cell

func main() {
	fmt.Println(run())
}
