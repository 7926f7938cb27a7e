//go:build ignore

// errors.As with error types declared in the program, and custom Is/Unwrap methods.
package main

import (
	"errors"
	"fmt"
)

type NotFoundError struct{ Name string }

func (e *NotFoundError) Error() string { return e.Name + ": not found" }

type TimeoutError struct{ Op string }

func (e TimeoutError) Error() string { return e.Op + " timed out" }
func (e TimeoutError) Timeout() bool { return true }

//cell

type QueryError struct {
	Query string
	Err   error
}

func (e *QueryError) Error() string { return "query " + e.Query + ": " + e.Err.Error() }
func (e *QueryError) Unwrap() error { return e.Err }

var ErrPermission = errors.New("permission denied")

type codeErr int

func (c codeErr) Error() string { return fmt.Sprintf("code %d", int(c)) }
func (c codeErr) Is(target error) bool {
	t, ok := target.(codeErr)
	return ok && (t == 0 || t == c)
}

//cell

func run(i int) error {
	switch i {
	case 0:
		return &QueryError{"select", &NotFoundError{"users"}}
	case 1:
		return fmt.Errorf("op: %w", TimeoutError{"dial"})
	case 2:
		return &QueryError{"update", ErrPermission}
	default:
		return fmt.Errorf("wrapped: %w", codeErr(404))
	}
}

//cell

func main() {
	for i := 0; i < 4; i++ {
		err := run(i)
		fmt.Println(err)
		var nf *NotFoundError
		if errors.As(err, &nf) {
			fmt.Println("  not found:", nf.Name)
		}
		var te TimeoutError
		if errors.As(err, &te) {
			fmt.Println("  timeout in", te.Op, te.Timeout())
		}
		var qe *QueryError
		if errors.As(err, &qe) {
			fmt.Println("  query:", qe.Query)
		}
		var tmo interface{ Timeout() bool }
		if errors.As(err, &tmo) {
			fmt.Println("  has Timeout():", tmo.Timeout())
		}
		fmt.Println("  permission:", errors.Is(err, ErrPermission), "any code:", errors.Is(err, codeErr(0)), "404:", errors.Is(err, codeErr(404)))
	}
}
