//go:build ignore

// errors.Join: several errors as one, inspected with Is and As.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

var ErrEmpty = errors.New("empty field")

type FieldError struct {
	Field string
	Err   error
}

func (e *FieldError) Error() string { return e.Field + ": " + e.Err.Error() }
func (e *FieldError) Unwrap() error { return e.Err }

//cell

func validate(fields map[string]string, order []string) error {
	var errs []error
	for _, k := range order {
		v := fields[k]
		if v == "" {
			errs = append(errs, &FieldError{k, ErrEmpty})
			continue
		}
		if k == "age" {
			if _, err := strconv.Atoi(v); err != nil {
				errs = append(errs, &FieldError{k, err})
			}
		}
	}
	return errors.Join(errs...)
}

//cell

func main() {
	order := []string{"name", "age", "email"}
	err := validate(map[string]string{"age": "x1"}, order)
	fmt.Println(err)
	fmt.Println("---")
	fmt.Println(errors.Is(err, ErrEmpty), errors.Is(err, strconv.ErrSyntax))
	var fe *FieldError
	if errors.As(err, &fe) {
		fmt.Println("first field error:", fe.Field)
	}
	if u, ok := err.(interface{ Unwrap() []error }); ok {
		fmt.Println("joined:", len(u.Unwrap()))
	}
	fmt.Println(validate(map[string]string{"name": "a", "age": "3", "email": "e"}, order) == nil)
	fmt.Println(errors.Join(nil, nil) == nil)
}
