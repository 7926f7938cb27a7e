//go:build ignore

// Functions a cell declares used as values: in parentheses as elements
// of slice, array and map literals, as struct fields (keyed and not), in
// nested literals and in an []any; assigned, sent, appended, returned by
// another function, called through parentheses; parenthesised method
// values, method expressions, standard-library functions and an
// instantiation of a generic function; package-level variables holding
// them.
package main

import (
	"fmt"
	"strings"
)

func double(n int) int { return 2 * n }

func square(n int) int { return n * n }

func pick(name string) func(int) int {
	if name == "sq" {
		return square
	}
	return (double)
}

type step struct {
	name string
	fn   func(int) int
}

type offset struct{ by int }

func (o offset) add(n int) int { return n + o.by }

func ident[T any](v T) T { return v }

//cell

var registry = map[string]func(int) int{"d": (double), "s": square}

var chain = []step{{"double", (double)}, {name: "square", fn: (square)}}

func literals() {
	ops := []func(int) int{(double), square, (square)}
	table := [2]func(int) int{(square), (double)}
	for _, f := range ops {
		fmt.Print(f(3), " ")
	}
	fmt.Println(table[0](4), table[1](4), registry["d"](5), registry["s"](5))
	for _, s := range chain {
		fmt.Println(s.name, s.fn(6))
	}
	one := step{fn: (double)}
	ptr := &step{"p", (square)}
	fmt.Println(one.fn(7), ptr.fn(7))
}

//cell

func places() {
	f := (double)
	var g func(int) int = (square)
	ch := make(chan func(int) int, 1)
	ch <- (square)
	var more []func(int) int
	more = append(more, double, (square))
	fmt.Println(f(8), g(8), (<-ch)(8), more[0](8), more[1](8), (double)(8))
	fmt.Println(pick("sq")(9), pick("x")(9))
	nested := [][]func(int) int{{(double)}, {square, (double)}}
	boxed := []any{(double), square}
	fmt.Println(nested[1][1](10), boxed[0].(func(int) int)(10), boxed[1].(func(int) int)(10))
}

//cell

func others() {
	o := offset{100}
	ms := []func(int) int{(o.add), (offset{1}.add)}
	me := []func(offset, int) int{(offset.add)}
	up := []func(string) string{(strings.ToUpper), strings.ToLower}
	id := []func(int) int{(ident[int])}
	fmt.Println(ms[0](1), ms[1](1), me[0](offset{5}, 1), up[0]("go"), up[1]("GO"), id[0](11))
}

//cell

func main() {
	literals()
	places()
	others()
}
