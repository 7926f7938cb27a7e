//go:build ignore

// Error chains of notebook types: a validation error type with Unwrap,
// errors.Join of several, Is through a custom Is method, As and AsType
// into value and pointer receivers, and %w with two wrapped errors.
package main

import (
	"errors"
	"fmt"
	"io/fs"
	"strconv"
)

type FieldError struct {
	Field string
	Err   error
}

func (e *FieldError) Error() string { return e.Field + ": " + e.Err.Error() }
func (e *FieldError) Unwrap() error { return e.Err }

type Code int

func (c Code) Error() string { return "code " + strconv.Itoa(int(c)) }

func (c Code) Is(target error) bool {
	t, ok := target.(Code)
	return ok && (t == 0 || t/100 == c/100)
}

var ErrRequired = errors.New("required")

//cell

type Signup struct {
	Name string
	Age  string
}

func (s Signup) Validate() error {
	var errs []error
	if s.Name == "" {
		errs = append(errs, &FieldError{"name", ErrRequired})
	}
	if _, err := strconv.Atoi(s.Age); err != nil {
		errs = append(errs, &FieldError{"age", err})
	}
	return errors.Join(errs...)
}

func init() {
	err := Signup{Age: "x1"}.Validate()
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrRequired), errors.Is(err, strconv.ErrSyntax))
	var fe *FieldError
	if errors.As(err, &fe) {
		fmt.Println("first field:", fe.Field)
	}
	if ne, ok := errors.AsType[*strconv.NumError](err); ok {
		fmt.Println("num:", ne.Func, ne.Num)
	}
	fmt.Println(Signup{"ann", "30"}.Validate() == nil)
}

//cell

func fetch(id int) error {
	switch {
	case id < 0:
		return fmt.Errorf("fetch %d: %w and %w", id, Code(404), fs.ErrNotExist)
	case id == 0:
		return fmt.Errorf("fetch: %w", Code(503))
	}
	return nil
}

//cell

func main() {
	e1 := fetch(-1)
	fmt.Println(e1)
	fmt.Println(errors.Is(e1, Code(410)), errors.Is(e1, Code(500)), errors.Is(e1, Code(0)), errors.Is(e1, fs.ErrNotExist))
	c, ok := errors.AsType[Code](e1)
	fmt.Println(c, ok, int(c))
	e2 := fetch(0)
	var code Code
	fmt.Println(errors.As(e2, &code), code, errors.Is(e2, Code(599)))
	wrapped := fmt.Errorf("outer: %w", errors.Join(e2, &FieldError{"x", e1}))
	fe, ok := errors.AsType[*FieldError](wrapped)
	fmt.Println(ok, fe.Field, errors.Is(wrapped, fs.ErrNotExist))
	fmt.Printf("%q\n", wrapped.Error())
	fmt.Println(errors.Unwrap(wrapped) != nil, errors.Unwrap(errors.Unwrap(wrapped)))
}
