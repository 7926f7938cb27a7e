//go:build ignore

// A left-leaning red-black tree holding a cell struct as its value:
// rotations flip colours and rewire pointers, a later cell adds range
// queries with a callback that can stop early and a black-height check.
package main

import (
	"fmt"
	"strings"
)

//cell

type Color bool

const (
	Red   Color = true
	Black Color = false
)

func (c Color) String() string {
	if c == Red {
		return "R"
	}
	return "B"
}

type Item struct {
	Name  string
	Score int
}

type rbNode struct {
	key         string
	item        Item
	color       Color
	left, right *rbNode
}

type RBTree struct {
	root *rbNode
	n    int
}

func isRed(n *rbNode) bool { return n != nil && n.color == Red }

func rotL(h *rbNode) *rbNode {
	x := h.right
	h.right = x.left
	x.left = h
	x.color = h.color
	h.color = Red
	return x
}

func rotR(h *rbNode) *rbNode {
	x := h.left
	h.left = x.right
	x.right = h
	x.color = h.color
	h.color = Red
	return x
}

func flip(h *rbNode) {
	h.color = !h.color
	h.left.color = !h.left.color
	h.right.color = !h.right.color
}

//cell

func (t *RBTree) Put(it Item) {
	t.root = t.put(t.root, it)
	t.root.color = Black
}

func (t *RBTree) put(h *rbNode, it Item) *rbNode {
	if h == nil {
		t.n++
		return &rbNode{key: it.Name, item: it, color: Red}
	}
	switch {
	case it.Name < h.key:
		h.left = t.put(h.left, it)
	case it.Name > h.key:
		h.right = t.put(h.right, it)
	default:
		h.item = it
	}
	if isRed(h.right) && !isRed(h.left) {
		h = rotL(h)
	}
	if isRed(h.left) && isRed(h.left.left) {
		h = rotR(h)
	}
	if isRed(h.left) && isRed(h.right) {
		flip(h)
	}
	return h
}

func (t *RBTree) Get(k string) (Item, bool) {
	for n := t.root; n != nil; {
		switch {
		case k < n.key:
			n = n.left
		case k > n.key:
			n = n.right
		default:
			return n.item, true
		}
	}
	return Item{}, false
}

//cell

func (t *RBTree) Range(lo, hi string, f func(Item) bool) {
	var walk func(n *rbNode) bool
	walk = func(n *rbNode) bool {
		if n == nil {
			return true
		}
		if lo < n.key && !walk(n.left) {
			return false
		}
		if lo <= n.key && n.key <= hi && !f(n.item) {
			return false
		}
		if n.key < hi {
			return walk(n.right)
		}
		return true
	}
	walk(t.root)
}

func blackHeight(n *rbNode) (int, bool) {
	if n == nil {
		return 1, true
	}
	if isRed(n.right) || isRed(n) && isRed(n.left) {
		return 0, false
	}
	l, lok := blackHeight(n.left)
	r, rok := blackHeight(n.right)
	if !lok || !rok || l != r {
		return 0, false
	}
	if n.color == Black {
		l++
	}
	return l, true
}

func (n *rbNode) String() string {
	if n == nil {
		return "-"
	}
	return fmt.Sprintf("%s%v[%v %v]", n.key, n.color, n.left, n.right)
}

//cell

func main() {
	t := &RBTree{}
	words := strings.Fields("S E A R C H X M P L")
	for i, w := range words {
		t.Put(Item{w, i * 10})
	}
	fmt.Println(t.root)
	bh, ok := blackHeight(t.root)
	fmt.Println("n", t.n, "black height", bh, ok)
	t.Put(Item{"E", 999})
	it, found := t.Get("E")
	fmt.Printf("%+v %v %d\n", it, found, t.n)
	_, found = t.Get("Z")
	fmt.Println(found)
	var got []string
	t.Range("C", "P", func(it Item) bool {
		got = append(got, fmt.Sprintf("%s=%d", it.Name, it.Score))
		return true
	})
	fmt.Println(got)
	count := 0
	t.Range("A", "Z", func(it Item) bool {
		count++
		return count < 4
	})
	fmt.Println("stopped after", count)
	for i := 0; i < 20; i++ {
		t.Put(Item{fmt.Sprintf("k%02d", i), i})
	}
	bh, ok = blackHeight(t.root)
	fmt.Println("n", t.n, "black height", bh, ok, t.root.color)
}
