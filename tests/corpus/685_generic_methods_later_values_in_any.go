//go:build ignore

// Values of generic instances kept only in interfaces (a package-level
// []any and an any made in an early cell) get the methods later cells
// declare on their generic types: String, a pointer method through an
// assertion to an interface, a type switch on fmt.Stringer.
package main

import (
	"fmt"
	"strings"
)

//cell

type Tagged[T any] struct {
	Tag string
	Val T
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

//cell

var shelf = []any{
	Tagged[int]{"count", 3},
	&Tagged[string]{"name", "gopher"},
	Pair[string, float64]{"pi", 3.14},
}

var first any = Tagged[bool]{"flag", true}

//cell

func (t Tagged[T]) String() string { return fmt.Sprintf("%s=%v", t.Tag, t.Val) }

func (p Pair[K, V]) String() string { return fmt.Sprintf("<%v:%v>", p.Key, p.Val) }

//cell

func (t *Tagged[T]) Retag(s string) { t.Tag = strings.ToUpper(s) }

type retagger interface{ Retag(string) }

//cell

func main() {
	fmt.Println(shelf...)
	fmt.Println(first)
	for i, v := range shelf {
		switch s := v.(type) {
		case fmt.Stringer:
			fmt.Println(i, "stringer", s.String())
		default:
			fmt.Println(i, "plain", s)
		}
	}
	if r, ok := shelf[1].(retagger); ok {
		r.Retag("who")
	}
	_, ok := shelf[0].(retagger)
	fmt.Println(shelf[1], ok)
	fmt.Printf("%v %s %T\n", first, first, first)
}
