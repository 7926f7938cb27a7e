//go:build ignore

// Values of the standard library asserted to interfaces written in the program.
package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strings"
)

type Sizer interface{ Size() int64 }

//cell

func describe(v any) {
	if s, ok := v.(Sizer); ok {
		fmt.Println("size", s.Size())
	}
	if l, ok := v.(interface{ Len() int }); ok {
		fmt.Println("len", l.Len())
	}
	if _, ok := v.(interface{ Unwrap() []error }); ok {
		fmt.Println("several errors")
	}
}

//cell

func main() {
	describe(strings.NewReader("hello"))
	describe(errors.Join(errors.New("a"), errors.New("b")))
	_, err := os.Open("/no/such/file")
	var t interface{ Timeout() bool }
	if errors.As(err, &t) {
		fmt.Println("timeout:", t.Timeout())
	}
	var pe *fs.PathError
	fmt.Println(errors.As(err, &pe), pe.Op)
	if u, ok := err.(interface{ Unwrap() error }); ok {
		fmt.Println("unwraps to:", u.Unwrap())
	}
}
