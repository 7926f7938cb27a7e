//go:build ignore

// The same type in two cases of a type switch.
package main

import "fmt"

//cell

type Celsius float64

type Reading interface{}

//cell

func describe(r Reading) string {
	switch v := r.(type) {
	case int, Celsius:
		return fmt.Sprint("number ", v)
	case string:
		return "text " + v
	case Celsius:
		return fmt.Sprint(float64(v), "C")
	}
	return "?"
}

//cell

func main() {
	fmt.Println(describe(Celsius(21)))
}
