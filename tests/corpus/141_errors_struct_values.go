//go:build ignore

// Error types with value receivers: wrapped, joined, found again.
package main

import (
	"errors"
	"fmt"
)

type TimeoutError struct {
	Op      string
	Seconds int
}

func (e TimeoutError) Error() string   { return fmt.Sprintf("%s: timed out after %ds", e.Op, e.Seconds) }
func (e TimeoutError) Timeout() bool   { return true }
func (e TimeoutError) Temporary() bool { return e.Seconds < 10 }

type NotFound struct{ Key string }

func (e *NotFound) Error() string { return "not found: " + e.Key }

//cell

func fetch(key string, slow int) error {
	if slow > 0 {
		return fmt.Errorf("fetch %q: %w", key, TimeoutError{"dial", slow})
	}
	return &NotFound{key}
}

func check() error {
	var err error = TimeoutError{"read", 3}
	return err
}

//cell

func main() {
	err := fetch("k1", 30)
	fmt.Println(err)
	var te TimeoutError
	if errors.As(err, &te) {
		fmt.Println("as:", te.Op, te.Seconds, te.Temporary())
	}
	if t, ok := errors.AsType[TimeoutError](err); ok {
		fmt.Println("as type:", t.Op)
	}
	var tmp interface{ Temporary() bool }
	fmt.Println("temporary:", errors.As(err, &tmp) && tmp.Temporary())
	fmt.Println("is:", errors.Is(err, TimeoutError{"dial", 30}), errors.Is(err, TimeoutError{"dial", 5}))
	joined := errors.Join(fetch("k2", 0), fetch("k3", 5), check())
	fmt.Println(joined)
	var nf *NotFound
	fmt.Println(errors.As(joined, &nf), nf.Key)
	if u, ok := joined.(interface{ Unwrap() []error }); ok {
		for _, e := range u.Unwrap() {
			t, isTimeout := e.(interface{ Timeout() bool })
			fmt.Println(" -", e, isTimeout && t.Timeout())
		}
	}
	e := check()
	if t, ok := e.(TimeoutError); ok {
		fmt.Println("assert:", t.Op, t.Seconds)
	}
	switch v := e.(type) {
	case *NotFound:
		fmt.Println("switch: not found", v.Key)
	case TimeoutError:
		fmt.Println("switch: timeout", v.Op)
	}
}
