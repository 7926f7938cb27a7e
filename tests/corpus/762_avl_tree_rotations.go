//go:build ignore

// An AVL tree: rotations rewire child pointers and return the new
// subtree root; insert and delete rebalance on the way up. A later cell
// adds a checker that walks the tree and an in-order iterator with an
// explicit stack.
package main

import (
	"fmt"
	"strings"
)

//cell

type avl struct {
	key         int
	height      int
	left, right *avl
}

func h(n *avl) int {
	if n == nil {
		return 0
	}
	return n.height
}

func (n *avl) fix() {
	n.height = 1 + max(h(n.left), h(n.right))
}

func (n *avl) balance() int { return h(n.left) - h(n.right) }

var rotations []string

func rotateRight(y *avl) *avl {
	x := y.left
	y.left, x.right = x.right, y
	y.fix()
	x.fix()
	rotations = append(rotations, fmt.Sprintf("R(%d)", y.key))
	return x
}

func rotateLeft(x *avl) *avl {
	y := x.right
	x.right, y.left = y.left, x
	x.fix()
	y.fix()
	rotations = append(rotations, fmt.Sprintf("L(%d)", x.key))
	return y
}

//cell

func rebalance(n *avl) *avl {
	n.fix()
	switch b := n.balance(); {
	case b > 1:
		if n.left.balance() < 0 {
			n.left = rotateLeft(n.left)
		}
		return rotateRight(n)
	case b < -1:
		if n.right.balance() > 0 {
			n.right = rotateRight(n.right)
		}
		return rotateLeft(n)
	}
	return n
}

func insert(n *avl, k int) *avl {
	if n == nil {
		return &avl{key: k, height: 1}
	}
	switch {
	case k < n.key:
		n.left = insert(n.left, k)
	case k > n.key:
		n.right = insert(n.right, k)
	default:
		return n
	}
	return rebalance(n)
}

func minNode(n *avl) *avl {
	for n.left != nil {
		n = n.left
	}
	return n
}

func remove(n *avl, k int) *avl {
	if n == nil {
		return nil
	}
	switch {
	case k < n.key:
		n.left = remove(n.left, k)
	case k > n.key:
		n.right = remove(n.right, k)
	default:
		if n.left == nil {
			return n.right
		}
		if n.right == nil {
			return n.left
		}
		m := minNode(n.right)
		n.key = m.key
		n.right = remove(n.right, m.key)
	}
	return rebalance(n)
}

//cell

func shape(n *avl) string {
	if n == nil {
		return "."
	}
	if n.left == nil && n.right == nil {
		return fmt.Sprint(n.key)
	}
	return fmt.Sprintf("(%s %d %s)", shape(n.left), n.key, shape(n.right))
}

func valid(n *avl) (int, bool) {
	if n == nil {
		return 0, true
	}
	lh, lok := valid(n.left)
	rh, rok := valid(n.right)
	d := lh - rh
	ok := lok && rok && d >= -1 && d <= 1 && n.height == 1+max(lh, rh)
	if n.left != nil && n.left.key >= n.key || n.right != nil && n.right.key <= n.key {
		ok = false
	}
	return 1 + max(lh, rh), ok
}

type iter struct{ stack []*avl }

func (it *iter) push(n *avl) {
	for ; n != nil; n = n.left {
		it.stack = append(it.stack, n)
	}
}

func (it *iter) Next() (int, bool) {
	if len(it.stack) == 0 {
		return 0, false
	}
	n := it.stack[len(it.stack)-1]
	it.stack = it.stack[:len(it.stack)-1]
	it.push(n.right)
	return n.key, true
}

//cell

func main() {
	var root *avl
	for _, k := range []int{10, 20, 30, 40, 50, 25, 5, 4, 3, 35} {
		rotations = rotations[:0]
		root = insert(root, k)
		fmt.Printf("+%-2d %-8s %s\n", k, strings.Join(rotations, ","), shape(root))
	}
	ht, ok := valid(root)
	fmt.Println("height", ht, "valid", ok)
	for _, k := range []int{40, 50, 10, 99} {
		rotations = nil
		root = remove(root, k)
		fmt.Printf("-%-2d %-8s %s\n", k, strings.Join(rotations, ","), shape(root))
	}
	it := &iter{}
	it.push(root)
	var keys []string
	for k, ok := it.Next(); ok; k, ok = it.Next() {
		keys = append(keys, fmt.Sprint(k))
	}
	ht, ok = valid(root)
	fmt.Println(strings.Join(keys, " "), ht, ok)
}
