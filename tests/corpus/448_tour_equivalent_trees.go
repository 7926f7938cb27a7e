//go:build ignore

// A Tour of Go's Equivalent Binary Trees exercise with a tree of our own:
// a binary search tree built from a deterministic permutation, Walk
// sending its values in order on a channel from a goroutine (a recursive
// closure, the channel closed at the end), Same comparing two walks, and
// a String method printing the tree's shape.
package main

import (
	"fmt"
	"math/rand"
)

//cell

type Tree struct {
	Left  *Tree
	Value int
	Right *Tree
}

func insert(t *Tree, v int) *Tree {
	if t == nil {
		return &Tree{nil, v, nil}
	}
	if v < t.Value {
		t.Left = insert(t.Left, v)
	} else {
		t.Right = insert(t.Right, v)
	}
	return t
}

// New returns a tree holding k, 2k, ..., 10k, inserted in an order drawn
// from seed.
func New(k int, seed int64) *Tree {
	var t *Tree
	r := rand.New(rand.NewSource(seed))
	for _, v := range r.Perm(10) {
		t = insert(t, (1+v)*k)
	}
	return t
}

func (t *Tree) String() string {
	if t == nil {
		return "()"
	}
	s := ""
	if t.Left != nil {
		s += t.Left.String() + " "
	}
	s += fmt.Sprint(t.Value)
	if t.Right != nil {
		s += " " + t.Right.String()
	}
	return "(" + s + ")"
}

//cell

func Walk(t *Tree, ch chan int) {
	var walk func(t *Tree)
	walk = func(t *Tree) {
		if t == nil {
			return
		}
		walk(t.Left)
		ch <- t.Value
		walk(t.Right)
	}
	walk(t)
	close(ch)
}

func Same(t1, t2 *Tree) bool {
	c1, c2 := make(chan int), make(chan int)
	go Walk(t1, c1)
	go Walk(t2, c2)
	for {
		v1, ok1 := <-c1
		v2, ok2 := <-c2
		if ok1 != ok2 || v1 != v2 {
			for range c1 {
			}
			for range c2 {
			}
			return false
		}
		if !ok1 {
			return true
		}
	}
}

//cell

func main() {
	t := New(1, 7)
	fmt.Println(t)
	ch := make(chan int)
	go Walk(t, ch)
	for v := range ch {
		fmt.Print(v, " ")
	}
	fmt.Println()
	fmt.Println(Same(New(1, 1), New(1, 2)))
	fmt.Println(Same(New(1, 3), New(2, 3)))
	fmt.Println(Same(New(3, 10), New(3, 99)))
	var empty *Tree
	fmt.Println(empty, Same(empty, nil), Same(empty, New(1, 1)))
	depth := func(t *Tree) int { return 0 }
	var d func(t *Tree) int
	d = func(t *Tree) int {
		if t == nil {
			return 0
		}
		return 1 + max(d(t.Left), d(t.Right))
	}
	depth = d
	fmt.Println(depth(New(1, 7)), depth(New(5, 8)))
}
