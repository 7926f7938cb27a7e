//go:build ignore

// Named func types as a small router uses them: a Handler with a method,
// Middleware wrapping handlers in a chain, routes (a named slice of a
// struct holding a Handler) sorted and served through the field's
// method, handlers in a map, and a Handler through any, a type switch
// and %T.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Handler func(string) error

func (h Handler) Handle(s string) error { return h(s) }

type Middleware func(Handler) Handler

type Route struct {
	Path string
	H    Handler
}

type Routes []Route

type Plain func(int) int

//cell

func logging(log *[]string) Middleware {
	return func(next Handler) Handler {
		return func(s string) error {
			*log = append(*log, "in "+s)
			err := next(s)
			*log = append(*log, fmt.Sprint("out ", err))
			return err
		}
	}
}

func chain(h Handler, ms ...Middleware) Handler {
	for i := len(ms) - 1; i >= 0; i-- {
		h = ms[i](h)
	}
	return h
}

func echo(s string) error {
	if strings.HasPrefix(s, "/bad") {
		return errors.New("bad path")
	}
	return nil
}

//cell

func main() {
	var log []string
	h := chain(Handler(echo), logging(&log))
	routes := Routes{{"/b", h}, {"/a", Handler(echo)}, {"/bad", h}}
	sort.Slice(routes, func(i, j int) bool { return routes[i].Path < routes[j].Path })
	for _, r := range routes {
		fmt.Println(r.Path, r.H.Handle(r.Path))
	}
	fmt.Println(strings.Join(log, ", "))
	table := map[string]Handler{"echo": echo}
	table["upper"] = func(s string) error {
		if s != strings.ToUpper(s) {
			return fmt.Errorf("%q not upper", s)
		}
		return nil
	}
	names := []string{"echo", "upper"}
	for _, n := range names {
		fmt.Println(n, table[n]("abc"))
	}
	var x any = h
	switch f := x.(type) {
	case func(string) error:
		fmt.Println("plain func", f("/x"))
	case Handler:
		fmt.Println("Handler", f("/y"))
	}
	fmt.Printf("%T %T %T\n", x, routes, Middleware(nil))
	var p any = Plain(func(i int) int { return i * i })
	if sq, ok := p.(Plain); ok {
		fmt.Println(sq(7))
	}
	_, isFunc := p.(func(int) int)
	fmt.Println(isFunc, h != nil)
}
