//go:build ignore

// Type assertions: comma-ok, to interfaces, and the panic of a failed assertion.
package main

import (
	"fmt"
	"io"
	"strings"
)

type Named interface{ Name() string }

type user struct{ n string }

func (u user) Name() string { return u.n }

//cell

func tryAssert(v any) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered:", r)
		}
	}()
	s := v.(string)
	fmt.Println("string:", s)
}

//cell

func main() {
	var i any = "hello"
	s, ok := i.(string)
	fmt.Println(s, ok)
	f, ok := i.(float64)
	fmt.Println(f, ok)
	var v any = user{"gopher"}
	if n, ok := v.(Named); ok {
		fmt.Println("named:", n.Name())
	}
	if _, ok := v.(fmt.Stringer); !ok {
		fmt.Println("not a Stringer")
	}
	var r io.Reader = strings.NewReader("data")
	_, isWriter := r.(io.Writer)
	_, isSeeker := r.(io.Seeker)
	fmt.Println(isWriter, isSeeker)
	var e any = fmt.Errorf("wrapped")
	if err, ok := e.(error); ok {
		fmt.Println("error:", err)
	}
	tryAssert("fine")
	tryAssert(12)
}
