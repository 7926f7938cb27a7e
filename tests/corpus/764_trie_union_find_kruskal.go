//go:build ignore

// A trie with map children and a sorted walk for prefix completion and
// deletion that prunes empty nodes; union-find with path compression and
// union by rank, used by Kruskal's algorithm over edges sorted by
// sort.Slice; a later cell groups accounts that share an email.
package main

import (
	"fmt"
	"sort"
	"strings"
)

//cell

type trieNode struct {
	kids  map[rune]*trieNode
	end   bool
	count int
}

type Trie struct{ root *trieNode }

func NewTrie() *Trie { return &Trie{root: &trieNode{kids: map[rune]*trieNode{}}} }

func (t *Trie) Insert(w string) {
	n := t.root
	for _, r := range w {
		c, ok := n.kids[r]
		if !ok {
			c = &trieNode{kids: map[rune]*trieNode{}}
			n.kids[r] = c
		}
		c.count++
		n = c
	}
	n.end = true
}

func (t *Trie) find(p string) *trieNode {
	n := t.root
	for _, r := range p {
		if n = n.kids[r]; n == nil {
			return nil
		}
	}
	return n
}

//cell

func (t *Trie) Complete(prefix string) []string {
	var out []string
	var walk func(n *trieNode, acc []rune)
	walk = func(n *trieNode, acc []rune) {
		if n.end {
			out = append(out, string(acc))
		}
		keys := make([]rune, 0, len(n.kids))
		for r := range n.kids {
			keys = append(keys, r)
		}
		sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
		for _, r := range keys {
			walk(n.kids[r], append(acc, r))
		}
	}
	if n := t.find(prefix); n != nil {
		walk(n, []rune(prefix))
	}
	return out
}

func (t *Trie) Delete(w string) bool {
	if n := t.find(w); n == nil || !n.end {
		return false
	}
	n := t.root
	for _, r := range w {
		c := n.kids[r]
		c.count--
		if c.count == 0 {
			delete(n.kids, r)
			return true
		}
		n = c
	}
	n.end = false
	return true
}

//cell

type UF struct {
	parent, rank []int
	sets         int
}

func NewUF(n int) *UF {
	u := &UF{parent: make([]int, n), rank: make([]int, n), sets: n}
	for i := range u.parent {
		u.parent[i] = i
	}
	return u
}

func (u *UF) Find(x int) int {
	for u.parent[x] != x {
		u.parent[x] = u.parent[u.parent[x]]
		x = u.parent[x]
	}
	return x
}

func (u *UF) Union(a, b int) bool {
	ra, rb := u.Find(a), u.Find(b)
	if ra == rb {
		return false
	}
	switch {
	case u.rank[ra] < u.rank[rb]:
		ra, rb = rb, ra
	case u.rank[ra] == u.rank[rb]:
		u.rank[ra]++
	}
	u.parent[rb] = ra
	u.sets--
	return true
}

type Edge struct{ A, B, W int }

func kruskal(n int, edges []Edge) (int, []Edge) {
	sorted := append([]Edge(nil), edges...)
	sort.Slice(sorted, func(i, j int) bool {
		if sorted[i].W != sorted[j].W {
			return sorted[i].W < sorted[j].W
		}
		return sorted[i].A < sorted[j].A
	})
	u := NewUF(n)
	total := 0
	var used []Edge
	for _, e := range sorted {
		if u.Union(e.A, e.B) {
			total += e.W
			used = append(used, e)
		}
	}
	return total, used
}

//cell

func mergeAccounts(accts [][]string) [][]string {
	u := NewUF(len(accts))
	owner := map[string]int{}
	for i, a := range accts {
		for _, e := range a[1:] {
			if j, ok := owner[e]; ok {
				u.Union(i, j)
			} else {
				owner[e] = i
			}
		}
	}
	groups := map[int][]string{}
	for e, i := range owner {
		r := u.Find(i)
		groups[r] = append(groups[r], e)
	}
	var out [][]string
	for r, es := range groups {
		sort.Strings(es)
		out = append(out, append([]string{accts[r][0]}, es...))
	}
	sort.Slice(out, func(i, j int) bool { return strings.Join(out[i], ",") < strings.Join(out[j], ",") })
	return out
}

//cell

func main() {
	t := NewTrie()
	for _, w := range strings.Fields("car cart care cat dog dot do card") {
		t.Insert(w)
	}
	fmt.Println(t.Complete("ca"), t.Complete("do"), t.Complete("x"))
	fmt.Println(t.Delete("car"), t.Delete("ca"), t.Delete("dog"))
	fmt.Println(t.Complete(""), t.root.kids['c'].count)

	edges := []Edge{{0, 1, 4}, {0, 2, 3}, {1, 2, 1}, {1, 3, 2}, {2, 3, 4}, {3, 4, 2}, {4, 5, 6}, {3, 5, 7}}
	total, used := kruskal(6, edges)
	fmt.Println(total, used)
	u := NewUF(8)
	fmt.Println(u.Union(0, 1), u.Union(2, 3), u.Union(1, 3), u.Union(0, 2), u.sets)
	fmt.Println(u.Find(3) == u.Find(0), u.Find(4) == u.Find(0), u.parent)

	accts := [][]string{
		{"ann", "a@x", "ann@y"},
		{"bob", "b@x"},
		{"ann", "ann@y", "ann@z"},
		{"cy", "c@x", "b2@x"},
		{"bob", "b2@x", "b@x"},
	}
	for _, g := range mergeAccounts(accts) {
		fmt.Println(g)
	}
}
