//go:build ignore

// A program's error types through fmt: Errorf with %v and %w, error
// variables, slices of errors, Error winning over String, values and
// pointers, and a Format method.
package main

import (
	"errors"
	"fmt"
	"os"
)

type NotFound struct {
	Key string
}

func (e *NotFound) Error() string { return "not found: " + e.Key }

type Code int

func (c Code) Error() string  { return fmt.Sprintf("code %d", int(c)) }
func (c Code) String() string { return "never used by fmt" }

//cell

type ParseError struct {
	Line int
	Err  error
}

func (p ParseError) Error() string { return fmt.Sprintf("line %d: %v", p.Line, p.Err) }
func (p ParseError) Unwrap() error { return p.Err }

type Money struct {
	cents int64
}

func (m Money) Format(f fmt.State, verb rune) {
	switch verb {
	case 'v', 's':
		fmt.Fprintf(f, "$%d.%02d", m.cents/100, m.cents%100)
	default:
		fmt.Fprintf(f, "%%!%c(Money)", verb)
	}
}

func find(key string) error {
	if key == "" {
		return Code(400)
	}
	return &NotFound{key}
}

//cell

func main() {
	err := find("x")
	fmt.Println(err)
	fmt.Printf("%v|%s|%q|%+v\n", err, err, err, err)
	fmt.Println(Code(404), []error{Code(1), find("y")}, map[string]error{"k": Code(2)})
	pe := ParseError{Line: 3, Err: find("")}
	fmt.Println(pe)
	fmt.Printf("%+v\n", pe)
	wrapped := fmt.Errorf("loading: %w", pe)
	fmt.Println(wrapped)
	fmt.Println(errors.Unwrap(wrapped) != nil)
	e2 := fmt.Errorf("%v and %v (%d)", &NotFound{"a"}, Code(5), Code(5))
	fmt.Println(e2)
	var nf *NotFound
	fmt.Println(nf == nil, nf)
	fmt.Printf("%v %s %d\n", Money{1234}, []Money{{5}, {99}}, Money{1})
	fmt.Fprintln(os.Stdout, "total:", Money{250})
	var none error
	fmt.Printf("%v %+v\n", none, []error{nil, Code(7)})
}
