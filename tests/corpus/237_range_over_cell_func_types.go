//go:build ignore

// Ranging over functions whose types a cell declares: a named iterator
// type with methods of its own (Filter, Take, Map to another named type),
// a tree whose in-order walk is a method value used in a range, a
// two-value iterator type over a linked list, and early exits (break,
// return from inside the loop, a labeled continue) that must stop the
// producer: its deferred cleanup runs and is counted.
package main

import (
	"fmt"
	"strings"
)

type Ints func(yield func(int) bool)

func Count(from, step int) Ints {
	return func(yield func(int) bool) {
		for n := from; ; n += step {
			if !yield(n) {
				return
			}
		}
	}
}

func (s Ints) Filter(keep func(int) bool) Ints {
	return func(yield func(int) bool) {
		for v := range s {
			if keep(v) && !yield(v) {
				return
			}
		}
	}
}

func (s Ints) Take(n int) Ints {
	return func(yield func(int) bool) {
		if n <= 0 {
			return
		}
		i := 0
		for v := range s {
			if !yield(v) {
				return
			}
			i++
			if i == n {
				return
			}
		}
	}
}

type Strings func(yield func(string) bool)

func (s Ints) Format(f string) Strings {
	return func(yield func(string) bool) {
		for v := range s {
			if !yield(fmt.Sprintf(f, v)) {
				return
			}
		}
	}
}

func (s Strings) Join(sep string) string {
	var parts []string
	for x := range s {
		parts = append(parts, x)
	}
	return strings.Join(parts, sep)
}

//cell

type Tree struct {
	Left, Right *Tree
	Key         string
}

func (t *Tree) Insert(k string) *Tree {
	if t == nil {
		return &Tree{Key: k}
	}
	if k < t.Key {
		t.Left = t.Left.Insert(k)
	} else {
		t.Right = t.Right.Insert(k)
	}
	return t
}

func (t *Tree) walk(yield func(string) bool) bool {
	if t == nil {
		return true
	}
	return t.Left.walk(yield) && yield(t.Key) && t.Right.walk(yield)
}

func (t *Tree) InOrder(yield func(string) bool) { t.walk(yield) }

type Node struct {
	Val  string
	Next *Node
}

type Pairs func(yield func(int, *Node) bool)

var cleanups int

func (n *Node) Each() Pairs {
	return func(yield func(int, *Node) bool) {
		defer func() { cleanups++ }()
		i := 0
		for p := n; p != nil; p = p.Next {
			if !yield(i, p) {
				return
			}
			i++
		}
	}
}

//cell

func findIndex(list *Node, want string) int {
	for i, n := range list.Each() {
		if n.Val == want {
			return i
		}
	}
	return -1
}

func main() {
	odd := func(n int) bool { return n%2 == 1 }
	fmt.Println(Count(1, 1).Filter(odd).Take(5).Format("<%d>").Join(" "))
	total := 0
	for v := range Count(10, 10) {
		if v > 50 {
			break
		}
		total += v
	}
	fmt.Println("total:", total)
	var s Ints = Count(3, 3).Take(4)
	fmt.Printf("%T %v\n", s, s.Format("%02d").Join(","))

	var root *Tree
	for _, k := range strings.Fields("m c x a e q z") {
		root = root.Insert(k)
	}
	var keys []string
	for k := range root.InOrder {
		keys = append(keys, k)
	}
	fmt.Println("in order:", keys)
	walk := root.InOrder
	for k := range walk {
		if k > "d" {
			fmt.Println("first after d:", k)
			break
		}
	}

	var list *Node
	for _, v := range []string{"e", "d", "c", "b", "a"} {
		list = &Node{v, list}
	}
	fmt.Println("index of c:", findIndex(list, "c"), "of z:", findIndex(list, "z"))
outer:
	for i, n := range list.Each() {
		for j, m := range list.Each() {
			if j >= i {
				continue outer
			}
			if n.Val == "c" {
				fmt.Println("pair", m.Val, n.Val)
			}
		}
	}
	fmt.Println("cleanups:", cleanups)
}
