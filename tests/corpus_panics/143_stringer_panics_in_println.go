//go:build ignore

// A String method that panics when Println calls it, then a panic of the program.
package main

import (
	"fmt"
)

//cell

type Temp struct{ vals []float64 }

func (t Temp) String() string { return fmt.Sprintf("%.1f", t.vals[0]) }

func first(t Temp) float64 { return t.vals[0] }

//cell

func main() {
	fmt.Println(Temp{[]float64{21.5}}, Temp{})
	fmt.Println(first(Temp{}))
}
