//go:build ignore

// A value whose method has a pointer receiver stored in an interface.
package main

import "fmt"

type Shape interface{ Area() float64 }

type Square struct{ Side float64 }

func (s *Square) Area() float64 { return s.Side * s.Side }

//cell

func main() {
	var sh Shape = Square{2}
	fmt.Println(sh.Area())
}
