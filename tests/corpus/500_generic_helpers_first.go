//go:build ignore

// Helpers declared before the generic types' instances they print exist:
// a cell of formatting functions taking any, then the cells that first
// make instances (with String and Error methods) and hand them over.
package main

import (
	"errors"
	"fmt"
)

// Interval is a half-open span of positions.
type Interval[T int | float64] struct{ From, To T }

func (iv Interval[T]) String() string { return fmt.Sprintf("%v→%v", iv.From, iv.To) }

// Tally counts things of one kind.
type Tally[K comparable] struct {
	Kind  K
	Count int
}

// Rejected is an error carrying the offending value.
type Rejected[T any] struct{ Value T }

func (r Rejected[T]) Error() string { return fmt.Sprintf("rejected %v", r.Value) }

//cell

func show(v any) string { return fmt.Sprintf("%T %v", v, v) }

func showAll(vs ...any) {
	for _, v := range vs {
		fmt.Println(show(v))
	}
}

func explain(err error) string {
	var r Rejected[int]
	if errors.As(err, &r) {
		return fmt.Sprintf("int %d: %v", r.Value, err)
	}
	return "other: " + err.Error()
}

//cell

var spans = []any{Interval[int]{2, 5}, &Interval[float64]{0.5, 1.25}}

//cell

func main() {
	showAll(spans...)
	showAll(Tally[string]{"apples", 3}, Interval[int]{7, 9})
	fmt.Println(explain(fmt.Errorf("step 2: %w", Rejected[int]{42})))
	fmt.Println(explain(Rejected[string]{"x"}))
	fmt.Printf("%v|%+v|%s\n", spans[0], Tally[int]{7, 1}, Interval[float64]{1, 2})
}
