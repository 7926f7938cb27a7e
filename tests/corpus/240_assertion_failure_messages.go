//go:build ignore

// Failed type assertions and their messages: between cell types, from a
// nil interface, to an interface a type does not implement (the missing
// method named), a pointer against a value, and the comma-ok forms that
// do not panic. The recovered value is a *runtime.TypeAssertionError.
package main

import (
	"errors"
	"fmt"
	"runtime"
)

type Shape interface{ Area() float64 }

type Namer interface{ Name() string }

type Square struct{ Side float64 }

type Circle struct{ R float64 }

//cell

func (s Square) Area() float64 { return s.Side * s.Side }

func (c *Circle) Area() float64 { return 3 * c.R * c.R }

func (c *Circle) Name() string { return "circle" }

//cell

func explain(label string, f func()) {
	defer func() {
		r := recover()
		if r == nil {
			return
		}
		err := r.(error)
		var re runtime.Error
		fmt.Printf("%s:\n  %v\n  runtime.Error %t, %T\n", label, err, errors.As(err, &re), r)
	}()
	f()
}

//cell

func main() {
	var s Shape = Square{2}
	var c Shape = &Circle{1}
	var none Shape
	var box any = Square{3}

	explain("square as circle", func() { _ = s.(*Circle) })
	explain("pointer as value", func() { _ = c.(Square) })
	explain("nil shape", func() { _ = none.(Square) })
	explain("square as namer", func() { _ = s.(Namer) })
	explain("any as string", func() { _ = box.(string) })
	explain("any as shape ok", func() { fmt.Println("area", box.(Shape).Area()) })
	explain("nil as namer", func() { _ = none.(Namer) })

	if n, ok := c.(Namer); ok {
		fmt.Println("namer:", n.Name())
	}
	if sq, ok := c.(Square); !ok {
		fmt.Printf("not a square: %+v\n", sq)
	}
	if _, ok := none.(Shape); !ok {
		fmt.Println("nil is no shape")
	}
}
