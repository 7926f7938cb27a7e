//go:build ignore

// errors.Join and a cell error type with Unwrap() []error: errors.Is and
// errors.As walking both, a validation error collecting field errors,
// fmt.Errorf with several %w, and printing joined errors with %v and %q.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

//cell

type FieldErr struct {
	Field string
	Msg   string
}

func (e FieldErr) Error() string { return e.Field + ": " + e.Msg }

type ValidationErr struct {
	Object string
	Errs   []error
}

func (v *ValidationErr) Error() string {
	parts := make([]string, len(v.Errs))
	for i, e := range v.Errs {
		parts[i] = e.Error()
	}
	return v.Object + " invalid: " + strings.Join(parts, "; ")
}

func (v *ValidationErr) Unwrap() []error { return v.Errs }

var ErrRequired = errors.New("required")

type User struct {
	Name  string
	Email string
	Age   int
}

func validate(u User) error {
	var errs []error
	if u.Name == "" {
		errs = append(errs, fmt.Errorf("name: %w", ErrRequired))
	}
	if !strings.Contains(u.Email, "@") {
		errs = append(errs, FieldErr{"email", "missing @"})
	}
	if u.Age < 0 {
		errs = append(errs, FieldErr{"age", fmt.Sprint("negative: ", u.Age)})
	}
	if len(errs) == 0 {
		return nil
	}
	return &ValidationErr{"user", errs}
}

//cell

func main() {
	for _, u := range []User{{"ann", "a@x", 3}, {"", "bob", -1}, {"cid", "c", 2}} {
		err := validate(u)
		fmt.Println(err)
		if err == nil {
			continue
		}
		var fe FieldErr
		var ve *ValidationErr
		fmt.Println(" required:", errors.Is(err, ErrRequired), "field:", errors.As(err, &fe), fe.Field, "ve:", errors.As(err, &ve), len(ve.Errs))
	}
	j := errors.Join(io.EOF, nil, FieldErr{"x", "bad"}, os.ErrNotExist)
	fmt.Printf("%v\n%q\n", j, j)
	fmt.Println(errors.Is(j, os.ErrNotExist), errors.Is(j, io.ErrUnexpectedEOF), errors.Join(nil, nil) == nil)
	var fe FieldErr
	fmt.Println(errors.As(j, &fe), fe)
	if u, ok := j.(interface{ Unwrap() []error }); ok {
		fmt.Println(len(u.Unwrap()))
	}
	w := fmt.Errorf("load %s: %w and %w", "cfg", ErrRequired, FieldErr{"port", "nan"})
	fmt.Println(w, errors.Is(w, ErrRequired), errors.As(w, &fe), fe.Field)
	nested := errors.Join(w, validate(User{Email: "q"}))
	var ve *ValidationErr
	fmt.Println(errors.As(nested, &ve), ve.Object, errors.Is(nested, ErrRequired))
	fmt.Println(strings.Count(nested.Error(), "\n"))
	fmt.Println(errors.Unwrap(w) == nil, errors.Unwrap(fmt.Errorf("one %w", io.EOF)) == io.EOF)
}
