//go:build ignore

// Validating orders with cell error types: errors.Join of field errors,
// errors.AsType (Go 1.26) for pointer and value error types, a wrapped
// sentinel, a generic validator list and cmp.Or for defaults.
package main

import (
	"cmp"
	"errors"
	"fmt"
	"strings"
)

//cell

var ErrOutOfStock = errors.New("out of stock")

type FieldError struct {
	Field string
	Msg   string
}

func (e *FieldError) Error() string { return e.Field + ": " + e.Msg }

type LimitError struct {
	Limit, Got int
}

func (e LimitError) Error() string { return fmt.Sprintf("limit %d exceeded: %d", e.Limit, e.Got) }

type StockError struct {
	SKU string
	err error
}

func (e *StockError) Error() string { return e.SKU + ": " + e.err.Error() }
func (e *StockError) Unwrap() error { return e.err }

type Order struct {
	ID       string
	Customer string
	Currency string
	Lines    map[string]int
}

type Rule[T any] func(T) error

func Validate[T any](v T, rules ...Rule[T]) error {
	var errs []error
	for _, r := range rules {
		if err := r(v); err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

//cell

var stock = map[string]int{"apple": 5, "pear": 0, "fig": 12}

func needCustomer(o Order) error {
	if strings.TrimSpace(o.Customer) == "" {
		return &FieldError{"customer", "required"}
	}
	return nil
}

func lineLimit(o Order) error {
	total := 0
	for _, q := range o.Lines {
		total += q
	}
	if total > 20 {
		return LimitError{20, total}
	}
	return nil
}

func inStock(o Order) error {
	var errs []error
	for _, sku := range []string{"apple", "fig", "pear"} {
		if q, ok := o.Lines[sku]; ok && q > stock[sku] {
			errs = append(errs, &StockError{sku, fmt.Errorf("want %d: %w", q, ErrOutOfStock)})
		}
	}
	return errors.Join(errs...)
}

//cell

func report(o Order) {
	cur := cmp.Or(o.Currency, "EUR")
	err := Validate(o, needCustomer, lineLimit, inStock)
	fmt.Printf("order %s (%s): ", o.ID, cur)
	if err == nil {
		fmt.Println("ok")
		return
	}
	fmt.Println(strings.ReplaceAll(err.Error(), "\n", " | "))
	if fe, ok := errors.AsType[*FieldError](err); ok {
		fmt.Println("  field:", fe.Field)
	}
	if le, ok := errors.AsType[LimitError](err); ok {
		fmt.Println("  over by", le.Got-le.Limit)
	}
	if se, ok := errors.AsType[*StockError](err); ok {
		fmt.Println("  first stock problem:", se.SKU, errors.Is(se, ErrOutOfStock))
	}
	fmt.Println("  out of stock anywhere:", errors.Is(err, ErrOutOfStock))
}

func main() {
	report(Order{ID: "o1", Customer: "ana", Lines: map[string]int{"apple": 2}})
	report(Order{ID: "o2", Currency: "USD", Lines: map[string]int{"fig": 15, "apple": 9}})
	report(Order{ID: "o3", Customer: "bo", Lines: map[string]int{"pear": 1, "fig": 3}})
	report(Order{ID: "o4", Customer: " ", Currency: "", Lines: map[string]int{"apple": 1}})
	_, ok := errors.AsType[*FieldError](nil)
	var target LimitError
	fmt.Println(ok, errors.As(Validate(Order{Customer: "x", Lines: map[string]int{"fig": 30}}, lineLimit), &target), target)
}
