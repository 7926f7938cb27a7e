//go:build ignore

// Runtime errors raised inside methods of cell types and recovered by a
// helper: nil pointers reached through fields and methods, a nil map
// inside a struct, indexes and slices out of range on arrays, strings and
// slices, and whether each recovered value is a runtime.Error.
package main

import (
	"errors"
	"fmt"
	"runtime"
)

type Node struct {
	Val  int
	Next *Node
}

type Registry struct {
	byName map[string]*Node
	slots  [3]int
	label  string
	items  []string
}

//cell

func (n *Node) Second() int { return n.Next.Val }

func (n *Node) Len() int {
	c := 0
	for p := n; p != nil; p = p.Next {
		c++
	}
	return c
}

func (r *Registry) Add(name string, n *Node) { r.byName[name] = n }

func (r *Registry) Slot(i int) int { return r.slots[i] }

func (r *Registry) Initial(i int) byte { return r.label[i] }

func (r Registry) Tail(from int) string { return r.label[from:] }

func (r *Registry) Window(lo, hi int) []string { return r.items[lo:hi] }

//cell

func capture(what string, f func()) {
	defer func() {
		r := recover()
		if r == nil {
			fmt.Printf("%-10s ok\n", what)
			return
		}
		err, isErr := r.(error)
		var re runtime.Error
		asRuntime := isErr && errors.As(err, &re)
		fmt.Printf("%-10s %v | runtime.Error=%t\n", what, r, asRuntime)
	}()
	f()
}

//cell

func main() {
	list := &Node{1, &Node{2, nil}}
	var empty *Node
	reg := &Registry{label: "abc", items: []string{"p", "q", "r", "s"}}
	capture("second", func() { fmt.Println(list.Second()) })
	capture("nil-next", func() { fmt.Println(list.Next.Second()) })
	capture("len-nil", func() { fmt.Println(empty.Len(), list.Len()) })
	capture("field", func() { fmt.Println(empty.Val) })
	capture("nil-map", func() { reg.Add("x", list) })
	capture("slot", func() { fmt.Println(reg.Slot(2)) })
	capture("slot-oob", func() { fmt.Println(reg.Slot(len(reg.label))) })
	capture("initial", func() { fmt.Println(reg.Initial(1)) })
	capture("init-oob", func() { fmt.Println(reg.Initial(7)) })
	capture("tail", func() { fmt.Println(reg.Tail(1)) })
	capture("tail-oob", func() { fmt.Println(reg.Tail(4)) })
	capture("window", func() { fmt.Println(reg.Window(1, 3)) })
	capture("win-cap", func() { fmt.Println(reg.Window(2, 9)) })
	capture("win-inv", func() { fmt.Println(reg.Window(3, 1)) })
	var nilReg *Registry
	capture("nil-recv", func() { fmt.Println(nilReg.Tail(0)) })
	reg.byName = map[string]*Node{}
	capture("map-ok", func() {
		reg.Add("x", list)
		fmt.Println(len(reg.byName), reg.byName["x"].Val)
	})
}
