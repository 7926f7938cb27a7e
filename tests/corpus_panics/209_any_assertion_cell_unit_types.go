//go:build ignore

// Readings stored as any hold two cell types with the same underlying
// type; asserting the wrong one names both.
package main

import "fmt"

//cell

type Celsius float64
type Fahrenheit float64

func toF(c Celsius) Fahrenheit { return Fahrenheit(c*9/5 + 32) }

//cell

func hottest(readings []any) Fahrenheit {
	var best Fahrenheit
	for _, r := range readings {
		f := r.(Fahrenheit)
		if f > best {
			best = f
		}
	}
	return best
}

//cell

func main() {
	rs := []any{toF(20), Fahrenheit(70)}
	fmt.Println(hottest(rs))
	rs = append(rs, Celsius(30))
	fmt.Println(hottest(rs))
}
