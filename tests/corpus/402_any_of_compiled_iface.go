//go:build ignore

// A value of a compiled interface (error, fmt.Stringer) holding a struct
// of the program's types, put in an any: equal to the same value put in
// an any directly; an error's, one key with it in a map[any], and
// asserted back.
package main

import (
	"errors"
	"fmt"
	"io"
)

type E struct{ c int }

func (e E) Error() string { return fmt.Sprint("e", e.c) }

type Name struct{ first string }

func (n Name) String() string { return "name " + n.first }

//cell

func main() {
	var e error = E{1}
	var s fmt.Stringer = Name{"ana"}
	fmt.Println(any(e) == any(E{1}), any(e) == any(E{2}), any(s) == any(Name{"ana"}))
	anys := map[any]int{}
	anys[e]++
	anys[E{1}]++
	anys[io.EOF]++
	anys[E{2}]++
	fmt.Println(len(anys), anys[E{1}], anys[io.EOF])
	delete(anys, e)
	_, ok := anys[E{1}]
	fmt.Println(len(anys), ok)
	var x any = e
	switch v := x.(type) {
	case E:
		fmt.Println("E", v.c)
	default:
		fmt.Println("other", v)
	}
	switch x {
	case any(E{1}):
		fmt.Println("case E{1}")
	default:
		fmt.Println("no case")
	}
	fmt.Println(errors.Is(x.(error), E{1}))
}
