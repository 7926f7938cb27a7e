//go:build ignore

// A Tour of Go's "Equivalent Binary Trees", with a tree type of our own:
// goroutines walk binary search trees and send their values on channels,
// and two trees are the same when their walks agree.
package main

import (
	"fmt"
	"math/rand"
	"strings"
)

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

// New builds a tree holding k, 2k, ..., 10k, inserted in an order that
// depends on seed.
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

func walk(t *Tree, ch chan int) {
	if t == nil {
		return
	}
	walk(t.Left, ch)
	ch <- t.Value
	walk(t.Right, ch)
}

// Walk sends the tree's values in order, then closes ch.
func Walk(t *Tree, ch chan int) {
	defer close(ch)
	walk(t, ch)
}

// Same reports whether t1 and t2 hold the same values.
func Same(t1, t2 *Tree) bool {
	c1, c2 := make(chan int), make(chan int)
	go Walk(t1, c1)
	go Walk(t2, c2)
	for {
		v1, ok1 := <-c1
		v2, ok2 := <-c2
		if ok1 != ok2 || v1 != v2 {
			return false
		}
		if !ok1 {
			return true
		}
	}
}

func depth(t *Tree) int {
	if t == nil {
		return 0
	}
	return 1 + max(depth(t.Left), depth(t.Right))
}

//cell

func main() {
	t := New(1, 1)
	ch := make(chan int)
	go Walk(t, ch)
	var parts []string
	for v := range ch {
		parts = append(parts, fmt.Sprint(v))
	}
	fmt.Println(strings.Join(parts, ","))
	fmt.Println(t)
	fmt.Println("depth", depth(t), "depth of another", depth(New(1, 7)))
	fmt.Println(Same(New(1, 1), New(1, 2)))
	fmt.Println(Same(New(1, 3), New(2, 3)))
	fmt.Println(Same(New(3, 4), New(3, 5)))
	var empty *Tree
	fmt.Println(Same(empty, nil), Same(empty, New(1, 1)), empty)

	results := make(chan string)
	for k := 1; k <= 3; k++ {
		go func() {
			results <- fmt.Sprintf("k=%d same=%v", k, Same(New(k, int64(k)), New(k, int64(k*10))))
		}()
	}
	got := map[string]bool{}
	for range 3 {
		got[<-results] = true
	}
	for k := 1; k <= 3; k++ {
		fmt.Println(got[fmt.Sprintf("k=%d same=true", k)])
	}
}
