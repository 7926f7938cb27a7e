//go:build ignore

// Anonymous structs and struct conversion; table-driven data.
package main

import "fmt"

type Celsius struct{ Deg float64 }
type Kelvin struct{ Deg float64 }

//cell

func main() {
	tests := []struct {
		name string
		in   int
		want int
	}{
		{"zero", 0, 0},
		{"one", 1, 1},
		{"five", 5, 120},
	}
	fact := func(n int) int {
		r := 1
		for i := 2; i <= n; i++ {
			r *= i
		}
		return r
	}
	for _, tt := range tests {
		got := fact(tt.in)
		fmt.Printf("%-5s %3d %v\n", tt.name, got, got == tt.want)
	}
	cfg := struct {
		Host string
		Port int
	}{"localhost", 8080}
	fmt.Printf("%v %+v\n", cfg, cfg)
	c := Celsius{21.5}
	k := Kelvin(c)
	k.Deg += 273.15
	fmt.Println(c, k)
	point := struct{ X, Y int }{1, 2}
	other := struct{ X, Y int }{1, 2}
	fmt.Println(point == other)
	var empty struct{}
	set := map[string]struct{}{"a": empty, "b": {}}
	_, has := set["a"]
	fmt.Println(len(set), has)
}
