//go:build ignore

// Error handling for a validation notebook: a generic error type
// FieldError[T] carrying the offending value, a generic helper
// AsType[E] wrapping errors.As, errors.As into a generic pointer type
// and into an interface with a type parameter's method set, wrapping
// with %w (one and several), errors.Join trees, Is methods, Unwrap
// []error, and a validator fixed in a later cell to wrap instead of
// flattening its errors.
package main

import (
	"errors"
	"fmt"
	"io/fs"
	"strconv"
)

type FieldError[T any] struct {
	Field string
	Value T
	Why   string
}

func (e *FieldError[T]) Error() string { return fmt.Sprintf("%s=%v: %s", e.Field, e.Value, e.Why) }

// Mismatch has value receivers: its values themselves are the errors
type Mismatch[T comparable] struct{ Want, Got T }

func (m Mismatch[T]) Error() string { return fmt.Sprintf("want %v, got %v", m.Want, m.Got) }

type Coded interface {
	error
	Code() int
}

type httpErr struct{ code int }

func (h httpErr) Error() string { return "http " + strconv.Itoa(h.code) }
func (h httpErr) Code() int     { return h.code }
func (h httpErr) Is(target error) bool {
	t, ok := target.(httpErr)
	return ok && (t.code == 0 || t.code == h.code)
}

func AsType[E error](err error) (E, bool) {
	var target E
	ok := errors.As(err, &target)
	return target, ok
}

//cell

type User struct {
	Name string
	Age  int
	Tags []string
}

// first version: loses the error types by formatting with %v
var validate = func(u User) error {
	var errs []error
	if u.Name == "" {
		errs = append(errs, &FieldError[string]{"name", u.Name, "empty"})
	}
	if u.Age < 0 || u.Age > 150 {
		errs = append(errs, &FieldError[int]{"age", u.Age, "out of range"})
	}
	if len(u.Tags) > 2 {
		errs = append(errs, &FieldError[[]string]{"tags", u.Tags, "too many"})
	}
	if len(errs) == 0 {
		return nil
	}
	return fmt.Errorf("user invalid: %v", errors.Join(errs...))
}

func inspect(err error) {
	if err == nil {
		fmt.Println("  ok")
		return
	}
	fe, ok := AsType[*FieldError[int]](err)
	fmt.Printf("  int field: %v", ok)
	if ok {
		fmt.Printf(" (%s %d)", fe.Field, fe.Value+1)
	}
	fs, ok := AsType[*FieldError[string]](err)
	fmt.Printf("; string field: %v %q", ok, func() string {
		if fs == nil {
			return "-"
		}
		return fs.Field
	}())
	var ft *FieldError[[]string]
	fmt.Printf("; tags: %v", errors.As(err, &ft))
	if ft != nil {
		fmt.Printf(" %d", len(ft.Value))
	}
	fmt.Println()
}

//cell

func main() {
	users := []User{{"ada", 36, nil}, {"", 200, []string{"a", "b", "c"}}, {"bo", -1, nil}}
	for _, u := range users {
		err := validate(u)
		fmt.Println(err)
		inspect(err)
	}
	validate = func(u User) error {
		var errs []error
		if u.Name == "" {
			errs = append(errs, &FieldError[string]{"name", u.Name, "empty"})
		}
		if u.Age < 0 || u.Age > 150 {
			errs = append(errs, &FieldError[int]{"age", u.Age, "out of range"})
		}
		if len(u.Tags) > 2 {
			errs = append(errs, &FieldError[[]string]{"tags", u.Tags, "too many"})
		}
		if len(errs) == 0 {
			return nil
		}
		return fmt.Errorf("user %q invalid: %w", u.Name, errors.Join(errs...))
	}
	for _, u := range users {
		err := validate(u)
		fmt.Println(err)
		inspect(err)
	}

	wrapped := fmt.Errorf("fetch: %w; retry: %w", httpErr{503}, fs.ErrNotExist)
	c, ok := AsType[Coded](wrapped)
	fmt.Println(ok, c.Code(), errors.Is(wrapped, httpErr{}), errors.Is(wrapped, httpErr{404}), errors.Is(wrapped, fs.ErrNotExist))
	h, ok := AsType[httpErr](wrapped)
	fmt.Println(h, ok)
	_, ok = AsType[*fs.PathError](wrapped)
	fmt.Println(ok)
	if u, ok := wrapped.(interface{ Unwrap() []error }); ok {
		fmt.Println(len(u.Unwrap()), u.Unwrap()[1])
	}
	fmt.Println(errors.Unwrap(wrapped) == nil, errors.Unwrap(fmt.Errorf("x: %w", httpErr{1})))

	deep := fmt.Errorf("top: %w", errors.Join(fmt.Errorf("mid: %w", &FieldError[float64]{"ratio", 1.5, "too big"}), nil, httpErr{418}))
	ff, ok := AsType[*FieldError[float64]](deep)
	fmt.Println(ok, ff.Value*2, deep)
	fmt.Println(errors.Join(nil, nil) == nil)
	var errs []error
	for i, got := range []int{3, 4, 5, 9} {
		if want := i + 3; got != want {
			errs = append(errs, Mismatch[int]{want, got})
		}
	}
	errs = append(errs, Mismatch[string]{"a", "b"})
	all := errors.Join(errs...)
	fmt.Println(len(errs), all)
	m, ok := AsType[Mismatch[int]](all)
	fmt.Println(m, m.Got-m.Want, ok, errors.Is(all, Mismatch[int]{6, 9}), errors.Is(all, Mismatch[int]{6, 8}))
	var ms Mismatch[string]
	fmt.Println(errors.As(fmt.Errorf("ctx: %w", all), &ms), ms.Got)
	for _, e := range errs {
		switch v := e.(type) {
		case Mismatch[int]:
			fmt.Print("int:", v.Got, " ")
		case Mismatch[string]:
			fmt.Print("string:", v.Got, " ")
		}
	}
	fmt.Println()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var notPtr FieldError[int]
		_ = errors.As(deep, notPtr)
	}()
}
