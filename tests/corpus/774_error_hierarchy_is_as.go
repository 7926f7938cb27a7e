//go:build ignore

// An error hierarchy: a base error kind with a custom Is that matches by
// code, wrapped errors with Unwrap, a multi-error with Unwrap() []error,
// a custom As that converts to another type, sentinel comparison
// through several %w layers, and errors.As into an interface target.
package main

import (
	"errors"
	"fmt"
	"io/fs"
	"strconv"
)

//cell

type Code int

const (
	NotFound Code = 404
	Conflict Code = 409
	Internal Code = 500
)

type AppError struct {
	Code Code
	Msg  string
	Err  error
}

func (e *AppError) Error() string {
	if e.Err != nil {
		return fmt.Sprintf("%d %s: %v", e.Code, e.Msg, e.Err)
	}
	return fmt.Sprintf("%d %s", e.Code, e.Msg)
}

func (e *AppError) Unwrap() error { return e.Err }

func (e *AppError) Is(target error) bool {
	t, ok := target.(*AppError)
	return ok && t.Code == e.Code && (t.Msg == "" || t.Msg == e.Msg)
}

var (
	ErrNotFound = &AppError{Code: NotFound}
	ErrConflict = &AppError{Code: Conflict}
)

//cell

type ValidationError struct {
	Field string
	Value string
}

func (v ValidationError) Error() string { return "invalid " + v.Field + "=" + strconv.Quote(v.Value) }

type Temporary interface {
	error
	Temporary() bool
}

type netErr struct {
	op    string
	retry bool
}

func (n *netErr) Error() string   { return "net " + n.op }
func (n *netErr) Temporary() bool { return n.retry }

func (n *netErr) As(target any) bool {
	if p, ok := target.(**AppError); ok {
		*p = &AppError{Code: Internal, Msg: "from net " + n.op}
		return true
	}
	return false
}

//cell

type MultiError struct{ errs []error }

func (m *MultiError) Add(err error) {
	if err != nil {
		m.errs = append(m.errs, err)
	}
}

func (m *MultiError) Error() string {
	s := strconv.Itoa(len(m.errs)) + " errors:"
	for _, e := range m.errs {
		s += " [" + e.Error() + "]"
	}
	return s
}

func (m *MultiError) Unwrap() []error { return m.errs }

func (m *MultiError) Err() error {
	if len(m.errs) == 0 {
		return nil
	}
	return m
}

//cell

func find(id int) error {
	switch {
	case id < 0:
		return ValidationError{"id", strconv.Itoa(id)}
	case id > 100:
		return fmt.Errorf("find %d: %w", id, &AppError{Code: NotFound, Msg: "user"})
	case id == 42:
		return fmt.Errorf("layer2: %w", fmt.Errorf("layer1: %w", &netErr{"dial", true}))
	case id == 7:
		return fmt.Errorf("open: %w", fs.ErrNotExist)
	}
	return nil
}

func classify(err error) string {
	var ve ValidationError
	var ae *AppError
	var tmp Temporary
	switch {
	case err == nil:
		return "ok"
	case errors.As(err, &ve):
		return "validation of " + ve.Field
	case errors.Is(err, ErrNotFound):
		errors.As(err, &ae)
		return "not found: " + ae.Msg
	case errors.As(err, &tmp):
		return fmt.Sprintf("temporary=%v (%v)", tmp.Temporary(), tmp)
	case errors.Is(err, fs.ErrNotExist):
		return "missing file"
	}
	return "other: " + err.Error()
}

//cell

func main() {
	for _, id := range []int{1, -3, 101, 42, 7} {
		err := find(id)
		fmt.Printf("%d: %v -> %s\n", id, err, classify(err))
	}
	err := find(101)
	fmt.Println(errors.Is(err, ErrNotFound), errors.Is(err, ErrConflict),
		errors.Is(err, &AppError{Code: NotFound, Msg: "user"}), errors.Is(err, &AppError{Code: NotFound, Msg: "page"}))
	var ae *AppError
	if errors.As(find(42), &ae) {
		fmt.Println("as converted:", ae, ae.Code == Internal)
	}
	wrapped := &AppError{Code: Conflict, Msg: "save", Err: find(7)}
	fmt.Println(wrapped, errors.Is(wrapped, fs.ErrNotExist), errors.Is(wrapped, ErrConflict))
	fmt.Println(errors.Unwrap(wrapped) == find(7), errors.Unwrap(errors.Unwrap(wrapped)) == fs.ErrNotExist)

	var m MultiError
	for _, id := range []int{1, -1, 500, 2, 42} {
		m.Add(find(id))
	}
	all := m.Err()
	fmt.Println(all)
	fmt.Println(errors.Is(all, ErrNotFound), classify(all))
	var ve ValidationError
	fmt.Println(errors.As(all, &ve), ve.Value)
	var empty MultiError
	fmt.Println(empty.Err() == nil, classify(empty.Err()))
	joined := errors.Join(ErrConflict, fmt.Errorf("ctx: %w", all))
	fmt.Println(errors.Is(joined, ErrConflict), errors.Is(joined, fs.ErrNotExist), errors.As(joined, &ae), ae.Code)
	var pe *fs.PathError
	fmt.Println(errors.As(joined, &pe), pe == nil)
}
