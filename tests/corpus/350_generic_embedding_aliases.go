//go:build ignore

// An inventory model that embeds generic types: a struct embedding
// List[Item] gets its methods promoted, a generic struct embeds another
// generic instance (Timestamped[T] in Audited[T]), a pointer to a generic
// type is embedded too, and generic type aliases (Go 1.24) name instances
// and partial instances; values print with %v, %+v and %T.
package main

import (
	"fmt"
	"slices"
	"strings"
)

// List is a growable list with a few helpers.
type List[T any] struct {
	Items []T
}

func (l *List[T]) Add(vs ...T) { l.Items = append(l.Items, vs...) }
func (l List[T]) Len() int     { return len(l.Items) }
func (l List[T]) At(i int) T   { return l.Items[i] }
func (l List[T]) Last() (T, bool) {
	if len(l.Items) == 0 {
		var zero T
		return zero, false
	}
	return l.Items[len(l.Items)-1], true
}

// Timestamped records when a value was set (a logical clock).
type Timestamped[T any] struct {
	Value T
	At    int
}

func (t *Timestamped[T]) Set(v T, at int) { t.Value, t.At = v, at }

// Audited keeps a value with its history.
type Audited[T any] struct {
	Timestamped[T]
	History List[Timestamped[T]]
}

func (a *Audited[T]) Set(v T, at int) {
	a.History.Add(a.Timestamped)
	a.Timestamped.Set(v, at)
}

//cell

// Item is a cell type stored in the lists.
type Item struct {
	SKU string
	Qty int
}

// Shelf embeds a List of Items and adds its own field and method.
type Shelf struct {
	List[Item]
	Aisle string
}

func (s Shelf) Total() int {
	n := 0
	for _, it := range s.Items {
		n += it.Qty
	}
	return n
}

// Warehouse embeds a pointer to a generic instance.
type Warehouse struct {
	*List[Shelf]
	Name string
}

// aliases for instances and for a generic type with one parameter fixed
type Stock = Audited[int]
type Named[V any] = Timestamped[map[string]V]
type Skus = List[string]

//cell

func main() {
	a := Shelf{Aisle: "A1"}
	a.Add(Item{"bolt", 40}, Item{"nut", 55})
	last, _ := a.Last()
	fmt.Println(a.Len(), a.At(0), last, a.Total())
	fmt.Printf("%v\n%+v\n%T\n", a, a, a.List)

	w := Warehouse{&List[Shelf]{}, "north"}
	w.Add(a, Shelf{List[Item]{[]Item{{"gear", 3}}}, "B2"})
	totals := make([]int, 0, w.Len())
	for _, s := range w.Items {
		totals = append(totals, s.Total())
	}
	fmt.Println(w.Name, w.Len(), totals, w.At(1).Aisle)

	var st Stock
	st.Set(10, 1)
	st.Set(7, 2)
	st.Set(12, 5)
	fmt.Println(st.Value, st.At, st.History.Len())
	fmt.Printf("%+v\n", st.History.Items)
	fmt.Printf("%T %T\n", st, st.Timestamped)

	var tags Named[int]
	tags.Set(map[string]int{"b": 2, "a": 1}, 3)
	fmt.Printf("%v %+v %T\n", tags, tags, tags)

	var ids Skus
	ids.Add("z-9", "a-1", "m-4")
	slices.Sort(ids.Items)
	fmt.Println(strings.Join(ids.Items, ","), ids)
	fmt.Printf("%T\n", &ids)

	var empty Shelf
	_, ok := empty.Last()
	fmt.Printf("%+v %v\n", empty, ok)
}
