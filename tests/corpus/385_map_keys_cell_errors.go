//go:build ignore

// Maps keyed by error and fmt.Stringer with keys of a cell's error type of
// an int underlying type, of a named map type, in a struct's field, in a
// map of maps; keys given as values of a cell's interface (Coded) and
// read back as it (assertion, type switch); clear, maps.Insert,
// maps.Collect, maps.Keys.
package main

import (
	"errors"
	"fmt"
	"maps"
	"slices"
)

type Coded interface {
	error
	Code() int
}

type Code int

func (c Code) Error() string { return fmt.Sprint("code", int(c)) }
func (c Code) Code() int     { return int(c) }

type Counts map[error]int

type holder struct{ m Counts }

type Name string

func (n Name) String() string { return string(n) }

//cell

func main() {
	c := Counts{}
	c[Code(1)]++
	c[Code(1)]++
	c[Code(2)]++
	fmt.Println(c, len(c))
	h := holder{Counts{}}
	h.m[Code(3)] += 3
	h.m[Code(3)] += 3
	fmt.Println(h.m)
	var e error = Code(2)
	fmt.Println(c[e], errors.Is(e, Code(2)))
	for k := range c {
		if k == Code(2) {
			fmt.Println("found 2", k.(Code) == 2)
		}
	}
	mm := map[error]map[fmt.Stringer]int{}
	mm[Code(1)] = map[fmt.Stringer]int{}
	mm[Code(1)][Name("x")]++
	mm[Code(1)][Name("x")]++
	fmt.Println(mm)
	clear(c)
	fmt.Println(len(c))
	ins := map[error]int{}
	maps.Insert(ins, maps.All(map[error]int{Code(5): 1}))
	fmt.Println(len(ins), ins[Code(5)])
	col := maps.Collect(maps.All(h.m))
	fmt.Println(col[Code(3)])
	ks := slices.Collect(maps.Keys(mm))
	fmt.Println(len(ks), ks[0])

	m := map[error]int{}
	var cd0 Coded = Code(4)
	m[cd0]++
	m[Code(4)]++
	fmt.Println(len(m), m[cd0])
	for k := range m {
		if cd, ok := k.(Coded); ok {
			fmt.Println("coded", cd.Code())
		}
		switch x := k.(type) {
		case Coded:
			fmt.Println("switch coded", x.Code())
		}
	}
	cm := map[Coded]int{}
	cm[Code(1)]++
	cm[cd0]++
	fmt.Println(cm)
}
