//go:build ignore

// Comma-ok assertions of nil interface values: to error, fmt.Stringer,
// io.Writer and an interface the cell declares, each gives the
// interface's nil and false; values that do implement them pass.
package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

//cell

type Shape interface{ Area() float64 }

type Square struct{ S float64 }

func (s Square) Area() float64 { return s.S * s.S }

func describe(v any) string {
	if err, ok := v.(error); ok {
		return "error: " + err.Error()
	}
	if s, ok := v.(fmt.Stringer); ok {
		return "stringer: " + s.String()
	}
	if sh, ok := v.(Shape); ok {
		return fmt.Sprintf("shape of area %g", sh.Area())
	}
	return fmt.Sprintf("plain %v", v)
}

//cell

func main() {
	var nothing any
	var noErr error
	for _, v := range []any{nothing, noErr, errors.New("boom"), Square{3}, 7} {
		fmt.Println(describe(v))
	}
	w, ok := nothing.(io.Writer)
	fmt.Println(w, ok)
	var sb strings.Builder
	w, ok = any(&sb).(io.Writer)
	fmt.Fprint(w, "written")
	fmt.Println(ok, sb.String())
}
