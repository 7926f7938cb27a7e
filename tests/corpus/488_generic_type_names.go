//go:build ignore

// Names of instances of generic types a notebook declares: %T of values
// held in interfaces, in a cell's own statements and in functions of
// later cells, pointers to them and nested instances.
package main

import "fmt"

// Range is a closed interval of any ordered kind.
type Range[T int | float64 | string | bool] struct{ Lo, Hi T }

// Width is how far the range spans.
func Width[T int | float64 | string | bool](r Range[T]) string { return fmt.Sprint(r.Lo, "..", r.Hi) }

// Label names a value.
type Label[T any] struct{ V T }

func (l Label[T]) String() string { return fmt.Sprint("<", l.V, ">") }

// Tagged pairs a value with a label.
type Tagged[V any] struct {
	Label string
	Value V
}

// Celsius is a temperature.
type Celsius float64

//cell

var items = []any{
	Tagged[Celsius]{"noon", 21.5},
	&Tagged[int]{"count", 3},
	Range[int]{1, 9},
	Range[string]{"a", "m"},
	Tagged[Range[float64]]{"band", Range[float64]{0.5, 1.5}},
	&Range[bool]{},
}

//cell

func describe(v any) string { return fmt.Sprintf("%T=%v", v, v) }

func kinds() []string {
	var out []string
	for _, it := range items {
		out = append(out, fmt.Sprintf("%T", it))
	}
	return out
}

//cell

func main() {
	for _, it := range items {
		fmt.Println(describe(it))
	}
	fmt.Println(len(kinds()), kinds()[4])
	fmt.Printf("%T %v\n", Label[float64]{2}, Width(items[2].(Range[int])))
}
