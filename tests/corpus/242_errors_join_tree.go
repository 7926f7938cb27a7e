//go:build ignore

// A validator that collects every problem with errors.Join: field errors
// of a cell type, a nested join for a sub-record, sentinel errors wrapped
// with %w. errors.Is and errors.As search the whole tree; the joined
// message has one line per error.
package main

import (
	"errors"
	"fmt"
	"strings"
)

var (
	ErrMissing = errors.New("missing")
	ErrRange   = errors.New("out of range")
)

type FieldError struct {
	Field string
	Err   error
}

func (f FieldError) Error() string { return f.Field + ": " + f.Err.Error() }
func (f FieldError) Unwrap() error { return f.Err }

type Address struct{ City, Zip string }

type Person struct {
	Name string
	Age  int
	Home Address
}

//cell

func checkAddress(a Address) error {
	var errs []error
	if a.City == "" {
		errs = append(errs, FieldError{"city", ErrMissing})
	}
	if len(a.Zip) != 5 {
		errs = append(errs, FieldError{"zip", fmt.Errorf("length %d: %w", len(a.Zip), ErrRange)})
	}
	return errors.Join(errs...)
}

func checkPerson(p Person) error {
	var errs []error
	if strings.TrimSpace(p.Name) == "" {
		errs = append(errs, FieldError{"name", ErrMissing})
	}
	if p.Age < 0 || p.Age > 150 {
		errs = append(errs, &FieldError{"age", fmt.Errorf("%d: %w", p.Age, ErrRange)})
	}
	if err := checkAddress(p.Home); err != nil {
		errs = append(errs, fmt.Errorf("home: %w", err))
	}
	return errors.Join(errs...)
}

//cell

func leaves(err error, depth int) {
	switch e := err.(type) {
	case interface{ Unwrap() []error }:
		fmt.Printf("%sjoin of %d\n", strings.Repeat("  ", depth), len(e.Unwrap()))
		for _, inner := range e.Unwrap() {
			leaves(inner, depth+1)
		}
	default:
		fmt.Printf("%s%T %v\n", strings.Repeat("  ", depth), err, err)
		if next := errors.Unwrap(err); next != nil {
			leaves(next, depth+1)
		}
	}
}

//cell

func main() {
	people := []Person{
		{"Ada", 36, Address{"London", "12345"}},
		{"", 200, Address{"", "1"}},
		{"Bob", -1, Address{"Paris", "75001"}},
	}
	for _, p := range people {
		err := checkPerson(p)
		fmt.Printf("== %q nil=%t\n", p.Name, err == nil)
		if err == nil {
			continue
		}
		fmt.Println(err)
		var fe FieldError
		var pfe *FieldError
		fmt.Println("missing:", errors.Is(err, ErrMissing), "range:", errors.Is(err, ErrRange))
		if errors.As(err, &fe) {
			fmt.Println("first value FieldError:", fe.Field)
		}
		if errors.As(err, &pfe) {
			fmt.Println("pointer FieldError:", pfe.Field)
		}
		leaves(err, 0)
	}
	fmt.Println(errors.Join(nil, nil) == nil)
}
