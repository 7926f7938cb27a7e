//go:build ignore

// Building a tree from (ID, Parent) records given in any order: records
// are sorted by ID, validated (the root is its own parent, parents come
// before children, IDs are continuous, no duplicates) with distinct
// errors, and the tree is printed depth first with a recursive closure,
// with a summary of a type declared in the function that makes it.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Record struct {
	ID, Parent int
}

type Node struct {
	ID       int
	Children []*Node
}

var (
	ErrNoRoot    = errors.New("no root node")
	ErrDuplicate = errors.New("duplicate node")
	ErrGap       = errors.New("non-continuous ids")
	ErrCycle     = errors.New("parent not before child")
)

//cell

type RecordError struct {
	Rec Record
	Err error
}

func (e RecordError) Error() string { return fmt.Sprintf("record %+v: %v", e.Rec, e.Err) }
func (e RecordError) Unwrap() error { return e.Err }

func Build(records []Record) (*Node, error) {
	if len(records) == 0 {
		return nil, nil
	}
	recs := append([]Record(nil), records...)
	sort.Slice(recs, func(i, j int) bool { return recs[i].ID < recs[j].ID })
	nodes := make([]*Node, len(recs))
	for i, r := range recs {
		switch {
		case i > 0 && r.ID == recs[i-1].ID:
			return nil, RecordError{r, ErrDuplicate}
		case r.ID != i:
			return nil, RecordError{r, ErrGap}
		case r.ID == 0 && r.Parent != 0:
			return nil, RecordError{r, ErrNoRoot}
		case r.ID != 0 && r.Parent >= r.ID:
			return nil, RecordError{r, ErrCycle}
		}
		nodes[i] = &Node{ID: r.ID}
		if i > 0 {
			p := nodes[r.Parent]
			p.Children = append(p.Children, nodes[i])
		}
	}
	return nodes[0], nil
}

// stats summarizes a tree; its result type is the function's own.
func stats(root *Node) any {
	type summary struct {
		nodes, depth int
		leaves       []int
	}
	var s summary
	var visit func(n *Node, d int)
	visit = func(n *Node, d int) {
		s.nodes++
		s.depth = max(s.depth, d)
		if len(n.Children) == 0 {
			s.leaves = append(s.leaves, n.ID)
		}
		for _, c := range n.Children {
			visit(c, d+1)
		}
	}
	visit(root, 0)
	return s
}

// edges lists the records a tree was built from, as any.
func edges(root *Node) any {
	var out []Record
	var visit func(n *Node)
	visit = func(n *Node) {
		for _, c := range n.Children {
			out = append(out, Record{c.ID, n.ID})
			visit(c)
		}
	}
	visit(root)
	return out
}

//cell

func main() {
	cases := map[string][]Record{
		"a-ok":      {{5, 1}, {3, 2}, {2, 0}, {4, 1}, {1, 0}, {0, 0}, {6, 2}},
		"b-empty":   nil,
		"c-dup":     {{0, 0}, {1, 0}, {1, 0}},
		"d-gap":     {{0, 0}, {1, 0}, {3, 1}},
		"e-rootpar": {{0, 1}, {1, 0}},
		"f-cycle":   {{0, 0}, {1, 2}, {2, 1}},
		"g-single":  {{0, 0}},
		"h-selfpar": {{0, 0}, {1, 1}},
	}
	names := make([]string, 0, len(cases))
	for k := range cases {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, name := range names {
		root, err := Build(cases[name])
		var re RecordError
		if errors.As(err, &re) {
			which := "other"
			for _, s := range []error{ErrNoRoot, ErrDuplicate, ErrGap, ErrCycle} {
				if errors.Is(err, s) {
					which = s.Error()
				}
			}
			fmt.Printf("%-10s error (%s) at id %d: %v\n", name, which, re.Rec.ID, err)
			continue
		}
		if root == nil {
			fmt.Printf("%-10s <nil>\n", name)
			continue
		}
		var sb strings.Builder
		var walk func(n *Node, depth int)
		walk = func(n *Node, depth int) {
			fmt.Fprintf(&sb, "%s%d\n", strings.Repeat("  ", depth), n.ID)
			for _, c := range n.Children {
				walk(c, depth+1)
			}
		}
		walk(root, 0)
		fmt.Printf("%-10s\n%s", name, sb.String())
		fmt.Printf("  %+v\n  %v\n", stats(root), edges(root))
	}
}
