//go:build ignore

// Shapes with value and pointer receivers, one embedded in a named
// struct that overrides String, printed with fmt's verbs; validation
// errors wrapped, matched with errors.Is and errors.As, printed in slices.
package main

import (
	"errors"
	"fmt"
	"math"
	"strings"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rect struct{ W, H float64 }

func (r Rect) Area() float64 { return r.W * r.H }

func (r Rect) Perimeter() float64 { return 2 * (r.W + r.H) }

func (r *Rect) Scale(f float64) { r.W *= f; r.H *= f }

func (r Rect) String() string { return fmt.Sprintf("Rect(%gx%g)", r.W, r.H) }

//cell

type Circle struct{ R float64 }

func (c *Circle) Area() float64 { return math.Pi * c.R * c.R }

func (c *Circle) Perimeter() float64 { return 2 * math.Pi * c.R }

type Named struct {
	Shape
	Name string
}

func (n Named) String() string { return n.Name + ":" + fmt.Sprint(n.Shape) }

var shapes []Shape

func step2() {
	shapes = []Shape{Rect{3, 4}, &Circle{1}, Named{Rect{1, 1}, "unit"}, Named{&Circle{2}, "big"}}
	for _, s := range shapes {
		fmt.Printf("%-22v area=%.2f perim=%.2f\n", s, s.Area(), s.Perimeter())
	}
	fmt.Printf("%v|%+v|%s\n", shapes[1], shapes[0], shapes[3])
}

//cell

func step3() {
	r := Rect{2, 5}
	r.Scale(2)
	pr := &r
	pr.Scale(0.5)
	fmt.Println(r, pr, *pr, []*Rect{pr}, map[string]Rect{"a": r})
	var total float64
	for _, s := range shapes {
		if n, ok := s.(Named); ok {
			fmt.Println("named", n.Name, "wraps", n.Shape)
		}
		switch v := s.(type) {
		case Rect:
			total += v.W
		case *Circle:
			total += v.R
		default:
			fmt.Printf("other %T\n", v)
		}
	}
	fmt.Println("total", total)
}

//cell

type ValidationError struct {
	Field string
	Issue string
}

func (e *ValidationError) Error() string { return e.Field + ": " + e.Issue }

var ErrEmpty = errors.New("empty input")

func validate(name string, age int) error {
	if strings.TrimSpace(name) == "" {
		return fmt.Errorf("validate: %w", ErrEmpty)
	}
	if age < 0 {
		return &ValidationError{"age", fmt.Sprintf("negative (%d)", age)}
	}
	return nil
}

func step4() {
	for _, tc := range []struct {
		name string
		age  int
	}{{"ann", 3}, {" ", 1}, {"bob", -2}} {
		err := validate(tc.name, tc.age)
		var ve *ValidationError
		fmt.Printf("%q %v is-empty=%t as=%t", tc.name, err, errors.Is(err, ErrEmpty), errors.As(err, &ve))
		if ve != nil {
			fmt.Printf(" field=%s %+v", ve.Field, *ve)
		}
		fmt.Println()
	}
	errs := []error{ErrEmpty, &ValidationError{"x", "y"}, nil}
	fmt.Println(errs)
	fmt.Printf("%v %s\n", errs, errs[:2])
}

//cell

func main() {
	step2()
	step3()
	step4()
}
