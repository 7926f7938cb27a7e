//go:build ignore

// Function types made of themselves in shapes other than the lexer's: a
// tree whose nodes are functions returning their label and their
// children (type Tree func() (string, []Tree)), a Collatz walk whose
// steps return the next step and the next value (type Collatz
// func(int) (Collatz, int)), a handler given itself to recurse (type
// Handler func(Handler, int) int) with a method, and maps and slices of
// such values.
package main

import (
	"fmt"
	"sort"
	"strings"
)

//cell

type Tree func() (string, []Tree)

func leaf(label string) Tree {
	return func() (string, []Tree) { return label, nil }
}

func branch(label string, kids ...Tree) Tree {
	return func() (string, []Tree) { return label, kids }
}

func outline(t Tree, depth int, out *[]string) {
	label, kids := t()
	*out = append(*out, strings.Repeat(". ", depth)+label)
	for _, k := range kids {
		outline(k, depth+1, out)
	}
}

//cell

type Collatz func(int) (Collatz, int)

func halve(n int) (Collatz, int) {
	n /= 2
	return pick(n), n
}

func triple(n int) (Collatz, int) {
	n = 3*n + 1
	return pick(n), n
}

func pick(n int) Collatz {
	switch {
	case n == 1:
		return nil
	case n%2 == 0:
		return halve
	}
	return triple
}

func trail(n int) []int {
	out := []int{n}
	for step := pick(n); step != nil; {
		step, n = step(n)
		out = append(out, n)
	}
	return out
}

//cell

type Handler func(self Handler, n int) int

func (h Handler) Run(n int) int { return h(h, n) }

func fact(self Handler, n int) int {
	if n <= 1 {
		return 1
	}
	return n * self(self, n-1)
}

func fib(self Handler, n int) int {
	if n < 2 {
		return n
	}
	return self(self, n-1) + self(self, n-2)
}

//cell

func main() {
	tree := branch("root", branch("src", leaf("main.go"), leaf("util.go")), leaf("README"))
	var lines []string
	outline(tree, 0, &lines)
	fmt.Println(strings.Join(lines, " | "))

	fmt.Println(trail(6))
	fmt.Println(trail(7))
	steps := map[string]Collatz{"halve": halve, "triple": triple}
	next, n := steps["triple"](5)
	fmt.Println(n, next != nil, pick(1) == nil)

	handlers := map[string]Handler{"fact": fact, "fib": fib}
	names := make([]string, 0, len(handlers))
	for name := range handlers {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		fmt.Println(name, handlers[name].Run(10))
	}
	chain := []Handler{fact, Handler(fib), func(self Handler, n int) int { return n * n }}
	total := 0
	for _, h := range chain {
		total += h.Run(4)
	}
	fmt.Println(total)
	fmt.Printf("%T %T %T\n", chain[0], fact, tree)
}
