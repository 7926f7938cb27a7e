//go:build ignore

// A generic Validator[T] interface met by a struct and by a generic func
// type, a generic error type over int | float64 found with errors.As
// through errors.Join, %+v and %T of them.
package main

import (
	"errors"
	"fmt"
)

//cell

type Validator[T any] interface {
	Validate(T) error
}

type RangeErr[T int | float64] struct {
	Field    string
	Got, Max T
}

func (e *RangeErr[T]) Error() string {
	return fmt.Sprintf("%s=%v exceeds %v", e.Field, e.Got, e.Max)
}

type MaxAge struct{ Max int }

type Person struct {
	Name string
	Age  int
}

func (m MaxAge) Validate(p Person) error {
	if p.Age > m.Max {
		return &RangeErr[int]{"age", p.Age, m.Max}
	}
	return nil
}

type FuncValidator[T any] func(T) error

func (f FuncValidator[T]) Validate(x T) error { return f(x) }

func All[T any](x T, vs ...Validator[T]) error {
	var errs []error
	for _, v := range vs {
		if err := v.Validate(x); err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

//cell

func step1() {
	nameSet := FuncValidator[Person](func(p Person) error {
		if p.Name == "" {
			return errors.New("no name")
		}
		return nil
	})
	for _, p := range []Person{{"ann", 30}, {"", 200}, {"bob", 130}} {
		err := All(p, MaxAge{120}, nameSet)
		var re *RangeErr[int]
		fmt.Printf("%+v: %v | %v", p, err, errors.As(err, &re))
		if re != nil {
			fmt.Printf(" %s %d %T", re.Field, re.Got, re)
		}
		fmt.Println()
	}
	var v Validator[Person] = nameSet
	fmt.Printf("%T %T\n", v, MaxAge{})
	var rf error = &RangeErr[float64]{"temp", 41.5, 40}
	fmt.Println(rf)
	var ri *RangeErr[int]
	fmt.Println(errors.As(rf, &ri))
}

//cell

func main() {
	step1()
}
