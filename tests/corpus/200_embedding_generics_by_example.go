//go:build ignore

// Go by Example's struct embedding and generics, grown into a small
// inventory: a base struct embedded by value and by pointer, promoted
// methods satisfying interfaces, an embedded interface, a generic list
// and a generic keyed store with a constraint of its own, and methods on
// generic types used through interfaces.
package main

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"strings"
)

type base struct {
	num int
}

func (b base) describe() string {
	return fmt.Sprintf("base with num=%v", b.num)
}

type container struct {
	base
	str string
}

type describer interface {
	describe() string
}

//cell

type Audit struct {
	log []string
}

func (a *Audit) Record(format string, args ...any) {
	a.log = append(a.log, fmt.Sprintf(format, args...))
}

type Named interface {
	comparable
	Name() string
}

type SKU string

func (s SKU) Name() string { return "sku-" + strings.ToLower(string(s)) }

type Item struct {
	ID    SKU
	Price int
}

func (i Item) Key() SKU { return i.ID }

//cell

type List[T any] struct {
	head, tail *element[T]
	size       int
}

type element[T any] struct {
	next *element[T]
	val  T
}

func (lst *List[T]) Push(v T) {
	e := &element[T]{val: v}
	if lst.tail == nil {
		lst.head = e
	} else {
		lst.tail.next = e
	}
	lst.tail = e
	lst.size++
}

func (lst *List[T]) AllElements() []T {
	var elems []T
	for e := lst.head; e != nil; e = e.next {
		elems = append(elems, e.val)
	}
	return elems
}

func (lst *List[T]) Len() int { return lst.size }

func SlicesIndex[S ~[]E, E comparable](s S, v E) int {
	for i := range s {
		if v == s[i] {
			return i
		}
	}
	return -1
}

//cell

type Keyed[K Named] interface {
	Key() K
}

var ErrMissing = errors.New("missing")

type Store[K Named, V Keyed[K]] struct {
	*Audit
	items map[K]V
}

func NewStore[K Named, V Keyed[K]]() *Store[K, V] {
	return &Store[K, V]{Audit: &Audit{}, items: map[K]V{}}
}

func (s *Store[K, V]) Put(v V) {
	s.items[v.Key()] = v
	s.Record("put %s", v.Key().Name())
}

func (s *Store[K, V]) Get(k K) (V, error) {
	v, ok := s.items[k]
	if !ok {
		var zero V
		return zero, fmt.Errorf("get %s: %w", k.Name(), ErrMissing)
	}
	return v, nil
}

func SortedValues[K Named, V Keyed[K]](s *Store[K, V], less func(a, b V) int) []V {
	var out []V
	for _, v := range s.items {
		out = append(out, v)
	}
	slices.SortFunc(out, less)
	return out
}

type Lener interface{ Len() int }

//cell

func main() {
	co := container{base: base{num: 1}, str: "some name"}
	fmt.Printf("co={num: %v, str: %v}\n", co.num, co.str)
	fmt.Println("also num:", co.base.num)
	fmt.Println("describe:", co.describe())
	var d describer = co
	fmt.Println("describer:", d.describe())
	co.num = 5
	fmt.Println(co.describe(), d.describe())

	var s = []string{"foo", "bar", "zoo"}
	fmt.Println("index of zoo:", SlicesIndex(s, "zoo"))
	_ = SlicesIndex[[]string, string](s, "zoo")
	lst := List[int]{}
	lst.Push(10)
	lst.Push(13)
	lst.Push(23)
	fmt.Println("list:", lst.AllElements())
	var l Lener = &lst
	fmt.Println("len through an interface:", l.Len())
	words := &List[string]{}
	for _, w := range strings.Fields("b a c") {
		words.Push(w)
	}
	fmt.Println(words.AllElements(), words.Len())

	st := NewStore[SKU, Item]()
	st.Put(Item{"PEN", 150})
	st.Put(Item{"CUP", 400})
	st.Put(Item{"INK", 99})
	it, err := st.Get("CUP")
	fmt.Println(it, err)
	_, err = st.Get("MUG")
	fmt.Println(err, errors.Is(err, ErrMissing))
	st.Record("done with %d items", len(st.items))
	fmt.Println(strings.Join(st.log, "; "))
	byPrice := SortedValues(st, func(a, b Item) int { return cmp.Compare(a.Price, b.Price) })
	fmt.Println(byPrice)
	fmt.Printf("%v %+v\n", byPrice[0], byPrice[len(byPrice)-1])
}
