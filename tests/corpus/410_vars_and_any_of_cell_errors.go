//go:build ignore

// Package-level variables declared several at a time and in groups,
// initialized from variables of the cell before and of their own cell;
// errors of cell types (a named string, a struct) compared and used as
// map keys through an any.
package main

import (
	"errors"
	"fmt"
	"strings"
)

//cell

type Err string

func (e Err) Error() string { return string(e) }

type Wrapped struct{ Code int }

func (w Wrapped) Error() string { return fmt.Sprint("wrapped ", w.Code) }

var base = 10

var words = strings.Fields("go is fun")

//cell

var lo, hi = base, base * 2

var (
	first       = words[0]
	count, last = len(words), words[len(words)-1]
	fixed       = 3
)

var e1 error = Err("x")

var a, b any = e1, e1

var w error = Wrapped{7}

//cell

func same(x, y any) bool { return x == y }

func main() {
	fmt.Println(lo, hi, first, count, last, fixed)
	fmt.Println(a == b, a == any(Err("x")), a == any(Err("y")), same(e1, Err("x")), same(w, Wrapped{7}), same(w, e1))
	seen := map[any]int{}
	for _, k := range []any{e1, Err("x"), w, Wrapped{7}, Wrapped{8}, nil, error(nil)} {
		seen[k]++
	}
	fmt.Println(len(seen), seen[Err("x")], seen[Wrapped{7}], seen[nil])
	var target Err
	fmt.Println(errors.As(fmt.Errorf("ctx: %w", e1), &target), target)
}
