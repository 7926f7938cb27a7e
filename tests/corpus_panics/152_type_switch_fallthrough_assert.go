//go:build ignore

// A type switch default that asserts and fails.
package main

import (
	"fmt"
)

//cell

type Celsius float64

func toFloat(v any) float64 {
	switch x := v.(type) {
	case int:
		return float64(x)
	case float64:
		return x
	default:
		return float64(v.(Celsius))
	}
}

//cell

func main() {
	fmt.Println(toFloat(3), toFloat(2.5), toFloat(Celsius(1)))
	fmt.Println(toFloat("hot"))
}
