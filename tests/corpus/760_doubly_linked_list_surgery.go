//go:build ignore

// A doubly linked list with a sentinel node; later cells add pointer
// surgery (splice, reverse in place, move to front) and a singly linked
// list whose nodes are reversed and merged by rewiring next pointers.
package main

import (
	"fmt"
	"strings"
)

//cell

type Node struct {
	Val        int
	prev, next *Node
}

type DList struct {
	root Node
	n    int
}

func NewDList(vs ...int) *DList {
	l := &DList{}
	l.root.next = &l.root
	l.root.prev = &l.root
	for _, v := range vs {
		l.PushBack(v)
	}
	return l
}

func (l *DList) insertAfter(at *Node, v int) *Node {
	n := &Node{Val: v, prev: at, next: at.next}
	at.next.prev = n
	at.next = n
	l.n++
	return n
}

func (l *DList) PushBack(v int) *Node  { return l.insertAfter(l.root.prev, v) }
func (l *DList) PushFront(v int) *Node { return l.insertAfter(&l.root, v) }

func (l *DList) String() string {
	var b strings.Builder
	b.WriteString("[")
	for n := l.root.next; n != &l.root; n = n.next {
		if n != l.root.next {
			b.WriteString(" ")
		}
		fmt.Fprint(&b, n.Val)
	}
	b.WriteString("]")
	return b.String()
}

//cell

func (l *DList) Remove(n *Node) int {
	n.prev.next = n.next
	n.next.prev = n.prev
	n.prev, n.next = nil, nil
	l.n--
	return n.Val
}

func (l *DList) MoveToFront(n *Node) {
	if l.root.next == n {
		return
	}
	n.prev.next = n.next
	n.next.prev = n.prev
	n.prev = &l.root
	n.next = l.root.next
	l.root.next.prev = n
	l.root.next = n
}

func (l *DList) Reverse() {
	n := &l.root
	for {
		n.prev, n.next = n.next, n.prev
		n = n.prev
		if n == &l.root {
			break
		}
	}
}

func (l *DList) Backward() []int {
	var out []int
	for n := l.root.prev; n != &l.root; n = n.prev {
		out = append(out, n.Val)
	}
	return out
}

//cell

func (l *DList) Find(v int) *Node {
	for n := l.root.next; n != &l.root; n = n.next {
		if n.Val == v {
			return n
		}
	}
	return nil
}

// SpliceAfter moves every node of o after at; o ends up empty.
func (l *DList) SpliceAfter(at *Node, o *DList) {
	if o.n == 0 {
		return
	}
	first, last := o.root.next, o.root.prev
	after := at.next
	at.next = first
	first.prev = at
	last.next = after
	after.prev = last
	l.n += o.n
	o.root.next, o.root.prev = &o.root, &o.root
	o.n = 0
}

//cell

type SNode struct {
	V    string
	Next *SNode
}

func fromSlice(vs []string) *SNode {
	var head *SNode
	for i := len(vs) - 1; i >= 0; i-- {
		head = &SNode{vs[i], head}
	}
	return head
}

func show(h *SNode) string {
	var parts []string
	for ; h != nil; h = h.Next {
		parts = append(parts, h.V)
	}
	return strings.Join(parts, "->")
}

func reverse(h *SNode) *SNode {
	var prev *SNode
	for h != nil {
		h.Next, prev, h = prev, h, h.Next
	}
	return prev
}

func merge(a, b *SNode) *SNode {
	dummy := &SNode{}
	tail := dummy
	for a != nil && b != nil {
		if a.V <= b.V {
			tail.Next, a = a, a.Next
		} else {
			tail.Next, b = b, b.Next
		}
		tail = tail.Next
	}
	if a != nil {
		tail.Next = a
	} else {
		tail.Next = b
	}
	return dummy.Next
}

//cell

func main() {
	l := NewDList(1, 2, 3, 4, 5)
	l.PushFront(0)
	fmt.Println(l, l.n)
	three := l.Find(3)
	fmt.Println("removed", l.Remove(three), l, l.n, three.next == nil)
	l.MoveToFront(l.Find(5))
	fmt.Println(l, l.Backward())
	l.Reverse()
	fmt.Println("reversed", l, l.Backward())
	o := NewDList(70, 80, 90)
	l.SpliceAfter(l.Find(2), o)
	fmt.Println("spliced", l, l.n, o, o.n)
	for n := l.root.next; n != &l.root; {
		next := n.next
		if n.Val%2 == 0 {
			l.Remove(n)
		}
		n = next
	}
	fmt.Println("odds", l, l.n, l.Backward())

	s := fromSlice(strings.Fields("a c e g"))
	fmt.Println(show(s))
	r := reverse(s)
	fmt.Println(show(r), show(s))
	m := merge(fromSlice([]string{"b", "d", "f"}), reverse(r))
	fmt.Println(show(m))
}
