//go:build ignore

// Sorting and heaps through embedding: by-field orderings embedding a
// named slice, a reverse ordering embedding sort.Interface, a max-heap
// embedding a pointer to a min-heap, a counting io.Writer and an
// upper-casing io.Reader wrapping the ones they embed.
package main

import (
	"container/heap"
	"fmt"
	"io"
	"sort"
	"strings"
)

type Person struct {
	Name string
	Age  int
}

type People []Person

func (p People) Len() int      { return len(p) }
func (p People) Swap(i, j int) { p[i], p[j] = p[j], p[i] }

type ByName struct{ People }

func (b ByName) Less(i, j int) bool { return b.People[i].Name < b.People[j].Name }

type ByAge struct{ People }

func (b ByAge) Less(i, j int) bool { return b.People[i].Age < b.People[j].Age }

type reverse struct{ sort.Interface }

func (r reverse) Less(i, j int) bool { return r.Interface.Less(j, i) }

type IntHeap []int

func (h IntHeap) Len() int           { return len(h) }
func (h IntHeap) Less(i, j int) bool { return h[i] < h[j] }
func (h IntHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *IntHeap) Push(x any)        { *h = append(*h, x.(int)) }
func (h *IntHeap) Pop() any {
	old := *h
	n := len(old)
	x := old[n-1]
	*h = old[:n-1]
	return x
}

type MaxHeap struct{ *IntHeap }

func (m MaxHeap) Less(i, j int) bool { return (*m.IntHeap)[i] > (*m.IntHeap)[j] }

type countingWriter struct {
	io.Writer
	n int
}

func (c *countingWriter) Write(p []byte) (int, error) {
	c.n += len(p)
	return c.Writer.Write(p)
}

type upper struct{ io.Reader }

func (u upper) Read(p []byte) (int, error) {
	n, err := u.Reader.Read(p)
	copy(p, strings.ToUpper(string(p[:n])))
	return n, err
}

//cell

func main() {
	ps := People{{"Carol", 35}, {"alice", 30}, {"Bob", 25}}
	sort.Sort(ByName{ps})
	fmt.Println(ps)
	sort.Sort(ByAge{ps})
	fmt.Println(ps)
	sort.Sort(reverse{ByAge{ps}})
	fmt.Println(ps)
	sort.Sort(sort.Reverse(ByName{ps}))
	fmt.Println(ps, sort.IsSorted(ByAge{ps}))
	h := &IntHeap{5, 2, 8}
	heap.Init(h)
	heap.Push(h, 3)
	var out []int
	for h.Len() > 0 {
		out = append(out, heap.Pop(h).(int))
	}
	fmt.Println(out)
	mh := MaxHeap{&IntHeap{5, 2, 8, 1}}
	heap.Init(mh)
	heap.Push(mh, 7)
	out = out[:0]
	for mh.Len() > 0 {
		out = append(out, heap.Pop(mh).(int))
	}
	fmt.Println(out)
	var sb strings.Builder
	cw := &countingWriter{Writer: &sb}
	fmt.Fprintf(cw, "hello %s\n", "world")
	io.WriteString(cw, "more")
	fmt.Println(cw.n, sb.String())
	b, _ := io.ReadAll(upper{strings.NewReader("shout this")})
	fmt.Println(string(b))
	var w io.Writer = cw
	if _, ok := w.(io.StringWriter); ok {
		fmt.Println("string writer")
	} else {
		fmt.Println("plain writer")
	}
}
