//go:build ignore

// A validator method panics with a pointer to a cell error type.
package main

import (
	"fmt"
)

//cell

type ValidationError struct {
	Field string
	Value int
}

func (e *ValidationError) Error() string {
	return fmt.Sprintf("invalid %s: %d", e.Field, e.Value)
}

type Order struct {
	ID, Qty, Price int
}

func (o Order) MustValidate() {
	if o.Qty <= 0 {
		panic(&ValidationError{"qty", o.Qty})
	}
	if o.Price < 0 {
		panic(&ValidationError{"price", o.Price})
	}
}

//cell

func main() {
	orders := []Order{{1, 2, 10}, {2, 1, -5}}
	for _, o := range orders {
		o.MustValidate()
		fmt.Println("order", o.ID, "ok")
	}
}
