//go:build ignore

// Comparing binary search trees by their in-order walks, an exercise in
// the spirit of A Tour of Go's, with a tree type and builder of our own:
// goroutines walk trees with an explicit stack and send their keys on
// channels, stopping early when told to quit, and two trees match when
// their walks agree.
package main

import (
	"fmt"
	"strings"
)

type Node struct {
	Key         int
	Left, Right *Node
}

func (n *Node) add(key int) *Node {
	if n == nil {
		return &Node{Key: key}
	}
	if key < n.Key {
		n.Left = n.Left.add(key)
	} else {
		n.Right = n.Right.add(key)
	}
	return n
}

// Grow builds a tree of the keys scale, 2*scale, ..., 11*scale, added in
// the order i*stride mod 11 for i = 0..10 (every stride from 1 to 10
// visits all eleven).
func Grow(scale, stride int) *Node {
	var root *Node
	for i := range 11 {
		root = root.add((1 + i*stride%11) * scale)
	}
	return root
}

func (n *Node) String() string {
	if n == nil {
		return "."
	}
	if n.Left == nil && n.Right == nil {
		return fmt.Sprint(n.Key)
	}
	return fmt.Sprintf("[%v <%d> %v]", n.Left, n.Key, n.Right)
}

//cell

// Keys sends n's keys in order on out, walking with a stack of its own,
// and closes out; it stops early when quit is closed.
func Keys(n *Node, out chan<- int, quit <-chan struct{}) {
	defer close(out)
	var stack []*Node
	for n != nil || len(stack) > 0 {
		for n != nil {
			stack = append(stack, n)
			n = n.Left
		}
		n = stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		select {
		case out <- n.Key:
		case <-quit:
			return
		}
		n = n.Right
	}
}

// Match reports whether a and b hold the same keys in the same order.
func Match(a, b *Node) bool {
	quit := make(chan struct{})
	defer close(quit)
	ka, kb := make(chan int), make(chan int)
	go Keys(a, ka, quit)
	go Keys(b, kb, quit)
	for {
		x, moreA := <-ka
		y, moreB := <-kb
		switch {
		case moreA != moreB, x != y:
			return false
		case !moreA:
			return true
		}
	}
}

func height(n *Node) int {
	if n == nil {
		return 0
	}
	return max(height(n.Left), height(n.Right)) + 1
}

//cell

func main() {
	root := Grow(2, 3)
	keys := make(chan int)
	go Keys(root, keys, nil)
	var seen []string
	for k := range keys {
		seen = append(seen, fmt.Sprint(k))
	}
	fmt.Println(strings.Join(seen, " "))
	fmt.Println(root)
	fmt.Println("height", height(root), "height in order", height(Grow(1, 1)))
	fmt.Println(Match(Grow(1, 4), Grow(1, 9)))
	fmt.Println(Match(Grow(1, 5), Grow(3, 5)))
	fmt.Println(Match(Grow(5, 2), Grow(5, 7)))
	var bare *Node
	fmt.Println(Match(bare, nil), Match(bare, Grow(1, 1)), bare)

	verdicts := make(chan string)
	for scale := 2; scale <= 4; scale++ {
		go func() {
			verdicts <- fmt.Sprintf("scale %d: %v", scale, Match(Grow(scale, scale), Grow(scale, 11-scale)))
		}()
	}
	got := map[string]bool{}
	for range 3 {
		got[<-verdicts] = true
	}
	for scale := 2; scale <= 4; scale++ {
		fmt.Println(got[fmt.Sprintf("scale %d: true", scale)])
	}
}
