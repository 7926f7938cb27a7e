//go:build ignore

// errors.AsType (Go 1.26) with a generic error type, an interface
// embedding error, a pointer type and fs.PathError, through %w and
// errors.Join.
package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strconv"
)

type ParseError[T any] struct {
	Input string
	Want  T
	Err   error
}

func (e ParseError[T]) Error() string {
	return fmt.Sprintf("parse %q as %T: %v", e.Input, e.Want, e.Err)
}
func (e ParseError[T]) Unwrap() error { return e.Err }

type Temporary interface {
	error
	Temporary() bool
}

type NetErr struct{ Code int }

func (e *NetErr) Error() string   { return "net " + strconv.Itoa(e.Code) }
func (e *NetErr) Temporary() bool { return e.Code >= 500 }

func parseInt(s string) (int, error) {
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0, ParseError[int]{s, 0, err}
	}
	return n, nil
}

//cell

func step1() {
	_, err := parseInt("x1")
	fmt.Println(err)
	if pe, ok := errors.AsType[ParseError[int]](err); ok {
		fmt.Println("as type:", pe.Input)
	}
	_, ok := errors.AsType[ParseError[string]](err)
	fmt.Println(ok)
	var ne *strconv.NumError
	fmt.Println(errors.As(err, &ne), ne.Func, errors.Is(err, strconv.ErrSyntax))
	chain := fmt.Errorf("load: %w", errors.Join(err, &NetErr{503}, fmt.Errorf("fs: %w", fs.ErrNotExist)))
	if t, ok := errors.AsType[Temporary](chain); ok {
		fmt.Println("temporary:", t.Temporary(), t)
	}
	n, ok := errors.AsType[*NetErr](chain)
	fmt.Println(n, ok, errors.Is(chain, os.ErrNotExist))
	_, err = os.Open("/definitely/not/here")
	if pe, ok := errors.AsType[*fs.PathError](err); ok {
		fmt.Println(pe.Op, pe.Path, errors.Is(pe, fs.ErrNotExist))
	}
	fmt.Printf("%v\n%+v\n", chain, ParseError[float64]{"1.x", 0, strconv.ErrSyntax})
}

//cell

func main() {
	step1()
}
