//go:build ignore

// A promoted method of an embedded struct dividing by zero.
package main

import (
	"fmt"
)

//cell

type Ratio struct{ num, den int }

func (r Ratio) Value() int { return r.num / r.den }

type Named struct {
	Ratio
	Name string
}

//cell

func main() {
	a := Named{Ratio{6, 3}, "a"}
	fmt.Println(a.Name, a.Value())
	b := Named{Name: "b"}
	fmt.Println(b.Name, b.Value())
}
