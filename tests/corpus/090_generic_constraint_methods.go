//go:build ignore

// Constraints with methods and pointer-receiver constraints (the *T pattern).
package main

import (
	"fmt"
	"strings"
)

type Shape interface {
	Area() float64
	Name() string
}

type Square struct{ S float64 }
type Circle struct{ R float64 }

func (s Square) Area() float64 { return s.S * s.S }
func (s Square) Name() string  { return "square" }
func (c Circle) Area() float64 { return 3 * c.R * c.R }
func (c Circle) Name() string  { return "circle" }

//cell

func Largest[S Shape](shapes []S) S {
	var best S
	for i, s := range shapes {
		if i == 0 || s.Area() > best.Area() {
			best = s
		}
	}
	return best
}

type Setter[T any] interface {
	Set(string)
	*T
}

type Config struct{ raw string }

func (c *Config) Set(s string) { c.raw = strings.ToUpper(s) }

func ParseAll[T any, PT Setter[T]](vals []string) []T {
	out := make([]T, len(vals))
	for i, v := range vals {
		PT(&out[i]).Set(v)
	}
	return out
}

//cell

func main() {
	sq := Largest([]Square{{1}, {3}, {2}})
	fmt.Println(sq.Name(), sq.Area())
	sh := Largest([]Shape{Square{2}, Circle{1.5}})
	fmt.Println(sh.Name(), sh.Area())
	cfgs := ParseAll[Config]([]string{"a", "b"})
	fmt.Println(cfgs)
}
