//go:build ignore

// Interface values made in a loop, or from a variable later changed, keep
// the value they were made from.
package main

import (
	"errors"
	"fmt"
)

type FieldError struct{ Field string }

func (e *FieldError) Error() string { return e.Field + ": required" }

type Shape interface{ Area() float64 }

type Square struct{ Side float64 }

func (s *Square) Area() float64 { return s.Side * s.Side }

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

//cell

func validate(fields []string) error {
	var errs []error
	for _, f := range fields {
		errs = append(errs, &FieldError{f})
	}
	return errors.Join(errs...)
}

//cell

func main() {
	fmt.Println(validate([]string{"name", "email", "age"}))
	var shapes []Shape
	for i := 1; i <= 3; i++ {
		shapes = append(shapes, &Square{float64(i)})
	}
	for _, s := range shapes {
		fmt.Print(s.Area(), " ")
	}
	fmt.Println()
	byName := map[string]error{}
	for _, k := range []string{"a", "b"} {
		byName[k] = &FieldError{k}
	}
	fmt.Println(byName["a"], byName["b"])
	sq := &Square{2}
	var s Shape = sq
	sq = &Square{5}
	fmt.Println(s.Area(), sq.Area())
	var temps []fmt.Stringer
	for _, t := range []float64{21.5, 22, 19.25} {
		temps = append(temps, Celsius(t))
	}
	for _, t := range temps {
		fmt.Print(t.String(), " ")
	}
	fmt.Println()
	ch := make(chan error, 3)
	for _, k := range []string{"x", "y", "z"} {
		ch <- &FieldError{k}
	}
	close(ch)
	for e := range ch {
		fmt.Print(e, "; ")
	}
	fmt.Println()
}
