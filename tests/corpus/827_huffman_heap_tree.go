//go:build ignore

// Huffman coding: symbol frequencies counted from a text, a
// container/heap of tree nodes with a deterministic tie-break, an
// interface Node with leaf and branch implementations, the code table
// printed in order, encode to a bit string, decode back by walking the
// tree, and the compression ratio.
package main

import (
	"container/heap"
	"fmt"
	"sort"
	"strings"
)

//cell

type Node interface {
	Weight() int
	Order() int
}

type Leaf struct {
	Sym rune
	W   int
}

type Branch struct {
	L, R Node
	W    int
	seq  int
}

func (l *Leaf) Weight() int   { return l.W }
func (l *Leaf) Order() int    { return int(l.Sym) }
func (b *Branch) Weight() int { return b.W }
func (b *Branch) Order() int  { return 1<<20 + b.seq }

//cell

type nodeHeap []Node

func (h nodeHeap) Len() int { return len(h) }
func (h nodeHeap) Less(i, j int) bool {
	if h[i].Weight() != h[j].Weight() {
		return h[i].Weight() < h[j].Weight()
	}
	return h[i].Order() < h[j].Order()
}
func (h nodeHeap) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *nodeHeap) Push(x any)   { *h = append(*h, x.(Node)) }
func (h *nodeHeap) Pop() any {
	old := *h
	n := old[len(old)-1]
	*h = old[:len(old)-1]
	return n
}

func build(freq map[rune]int) Node {
	h := &nodeHeap{}
	for r, w := range freq {
		*h = append(*h, &Leaf{r, w})
	}
	heap.Init(h)
	seq := 0
	for h.Len() > 1 {
		a := heap.Pop(h).(Node)
		b := heap.Pop(h).(Node)
		seq++
		heap.Push(h, &Branch{L: a, R: b, W: a.Weight() + b.Weight(), seq: seq})
	}
	return heap.Pop(h).(Node)
}

//cell

func codes(n Node, prefix string, out map[rune]string) {
	switch t := n.(type) {
	case *Leaf:
		if prefix == "" {
			prefix = "0"
		}
		out[t.Sym] = prefix
	case *Branch:
		codes(t.L, prefix+"0", out)
		codes(t.R, prefix+"1", out)
	}
}

func decode(root Node, bits string) string {
	var sb strings.Builder
	n := root
	for _, b := range bits {
		br := n.(*Branch)
		if b == '0' {
			n = br.L
		} else {
			n = br.R
		}
		if l, ok := n.(*Leaf); ok {
			sb.WriteRune(l.Sym)
			n = root
		}
	}
	return sb.String()
}

//cell

func main() {
	text := "this is an example of a huffman tree, built in go cells"
	freq := map[rune]int{}
	for _, r := range text {
		freq[r]++
	}
	root := build(freq)
	table := map[rune]string{}
	codes(root, "", table)

	syms := make([]rune, 0, len(table))
	for r := range table {
		syms = append(syms, r)
	}
	sort.Slice(syms, func(i, j int) bool {
		if len(table[syms[i]]) != len(table[syms[j]]) {
			return len(table[syms[i]]) < len(table[syms[j]])
		}
		return syms[i] < syms[j]
	})
	for _, r := range syms {
		fmt.Printf("%q %2d %s\n", r, freq[r], table[r])
	}

	var enc strings.Builder
	for _, r := range text {
		enc.WriteString(table[r])
	}
	bits := enc.String()
	fmt.Println(len(bits), "bits vs", len(text)*8)
	fmt.Printf("ratio %.3f\n", float64(len(bits))/float64(len(text)*8))
	fmt.Println(bits[:48])
	back := decode(root, bits)
	fmt.Println(back == text, back)
	fmt.Printf("root weight %d, %T\n", root.Weight(), root)
}
