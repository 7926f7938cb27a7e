//go:build ignore

// Values of instances of generic types a notebook declares, made in one
// cell and printed with fmt by functions of later cells: the fields of
// an instance without fmt's methods, the String result of one with, in
// a []any, in an any variable and behind a pointer.
package main

import (
	"fmt"
	"strings"
)

//cell

// Range is a closed interval.
type Range[T ~int | ~float64 | string] struct{ Lo, Hi T }

// Width is how far the range spans (for ints).
func (r Range[T]) Width() int { return 0 }

// Span is an interval that prints itself.
type Span[T ~int | ~float64 | string] struct{ From, To T }

func (s Span[T]) String() string { return fmt.Sprint("span ", s.From, "..", s.To) }

// Meters is a length.
type Meters float64

//cell

var items = []any{Range[int]{1, 9}, Span[string]{"a", "z"}, Range[Meters]{}}
var one any = Span[int]{1, 9}
var ptr any = &Span[Meters]{2.5, 4}

//cell

func describe(v any) string { return fmt.Sprintf("%v", v) }

func describeAll(vs ...any) string {
	var parts []string
	for _, v := range vs {
		parts = append(parts, fmt.Sprintf("%+v", v))
	}
	return strings.Join(parts, " | ")
}

//cell

func main() {
	fmt.Println(describe(items[0]))
	fmt.Println(describe(items[1]))
	fmt.Println(describe(one))
	fmt.Println(describe(ptr))
	fmt.Println(describeAll(items...))
	fmt.Println(describeAll(one, ptr))
}
