package mono

import "testing"

// embeddedProgram embeds instances of generic types: the notebook's in a
// struct (Shelf, by value, and Warehouse, by pointer) and in a generic
// struct (Audited[T] embeds Timestamped[T]), and the standard library's
// (atomic.Pointer[int]). Go names each embedded field by its type's name
// (List, Timestamped, Pointer); the copy's field is named by the copy's
// type, so every selector of the field and every key of a literal that
// names it must name the copy's.
const embeddedProgram = `package main

import (
	"fmt"
	"slices"
	"sync/atomic"
)

type List[T any] struct{ Items []T }

func (l *List[T]) Add(vs ...T) { l.Items = append(l.Items, vs...) }
func (l List[T]) Len() int     { return len(l.Items) }
func (l List[T]) Sorted(cmp func(a, b T) int) []T {
	s := slices.Clone(l.Items)
	slices.SortFunc(s, cmp)
	return s
}

type Timestamped[T any] struct {
	Value T
	At    int
}

func (t *Timestamped[T]) Set(v T, at int) { t.Value, t.At = v, at }

type Audited[T any] struct {
	Timestamped[T]
	History List[Timestamped[T]]
}

func (a *Audited[T]) Set(v T, at int) {
	a.History.Add(a.Timestamped)
	a.Timestamped.Set(v, at)
}

func NewAudited[T any](v T) *Audited[T] {
	return &Audited[T]{Timestamped: Timestamped[T]{Value: v}}
}

type Item struct {
	SKU string
	Qty int
}

type Shelf struct {
	List[Item]
	Aisle string
}

type Warehouse struct {
	*List[Shelf]
	Name string
}

type Counter struct {
	atomic.Pointer[int]
	n int
}

func main() {
	a := Shelf{Aisle: "A1"}
	a.Add(Item{"bolt", 40}, Item{"nut", 55})
	fmt.Println(a.Len(), a.List.Len(), len(a.Items), a.List.Items[1].SKU)
	b := Shelf{List: List[Item]{Items: []Item{{"gear", 3}}}, Aisle: "B2"}
	b.List = List[Item]{[]Item{{"cog", 1}}}
	l := &b.List
	l.Add(Item{"pin", 9})
	fmt.Println(b.Len(), b.Sorted(func(x, y Item) int { return y.Qty - x.Qty }))
	w := Warehouse{&List[Shelf]{}, "north"}
	w.Add(a, b)
	fmt.Println(w.Len(), w.List.Len(), w.Items[1].Aisle, w.List.Items[0].List.Len())
	st := NewAudited(10)
	st.Set(7, 2)
	st.Set(12, 5)
	fmt.Println(st.Value, st.At, st.Timestamped.Value, st.History.Len(), st.History.Items)
	var c Counter
	v := 5
	c.Store(&v)
	fmt.Println(*c.Load(), *c.Pointer.Load(), c.n)
	f := a.List.Len
	fmt.Println(f())
}
`

// TestEmbeddedInstances: a struct embedding an instance of a generic
// type, specialised, builds and prints what the program prints.
func TestEmbeddedInstances(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the program with the go command")
	}
	runAgainstGoRun(t, New(Options{AllNotebookGenerics: true}), []runCase{{name: "embedded", src: embeddedProgram}})
}
