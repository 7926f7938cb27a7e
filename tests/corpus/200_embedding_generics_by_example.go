//go:build ignore

// Go by Example's struct embedding, generics, enums, errors and range
// over iterators, grown into a small inventory: a base struct embedded by
// value and by pointer, promoted methods satisfying interfaces, a generic
// list with an iterator and a generic keyed store with a constraint of
// its own, an enum with a String method and a state machine, a custom
// error found with errors.As, and sentinel errors wrapped with %w.
package main

import (
	"cmp"
	"errors"
	"fmt"
	"iter"
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

type ServerState int

const (
	StateIdle ServerState = iota
	StateConnected
	StateError
	StateRetrying
)

var stateName = map[ServerState]string{
	StateIdle:      "idle",
	StateConnected: "connected",
	StateError:     "error",
	StateRetrying:  "retrying",
}

func (ss ServerState) String() string {
	return stateName[ss]
}

func transition(s ServerState) ServerState {
	switch s {
	case StateIdle:
		return StateConnected
	case StateConnected, StateRetrying:
		return StateIdle
	case StateError:
		return StateError
	default:
		panic(fmt.Errorf("unknown state: %s", s))
	}
}

//cell

type argError struct {
	arg     int
	message string
}

func (e *argError) Error() string {
	return fmt.Sprintf("%d - %s", e.arg, e.message)
}

func f(arg int) (int, error) {
	if arg == 42 {
		return -1, &argError{arg, "can't work with it"}
	}
	return arg + 3, nil
}

var ErrOutOfTea = fmt.Errorf("no more tea available")
var ErrPower = fmt.Errorf("can't boil water")

func makeTea(arg int) error {
	if arg == 2 {
		return ErrOutOfTea
	} else if arg == 4 {
		return fmt.Errorf("making tea: %w", ErrPower)
	}
	return nil
}

//cell

func (lst *List[T]) All() iter.Seq[T] {
	return func(yield func(T) bool) {
		for e := lst.head; e != nil; e = e.next {
			if !yield(e.val) {
				return
			}
		}
	}
}

func genFib() iter.Seq[int] {
	return func(yield func(int) bool) {
		a, b := 1, 1
		for {
			if !yield(a) {
				return
			}
			a, b = b, a+b
		}
	}
}

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

	ns := transition(StateIdle)
	fmt.Println(ns)
	ns2 := transition(ns)
	fmt.Println(ns2)
	fmt.Printf("%v %d %s %q\n", StateError, StateError, StateRetrying, StateConnected)
	states := []ServerState{StateError, StateIdle}
	fmt.Println(states, map[ServerState]int{StateIdle: 1})
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		transition(ServerState(9))
	}()

	for _, i := range []int{7, 42} {
		if r, e := f(i); e != nil {
			fmt.Println("f failed:", e)
		} else {
			fmt.Println("f worked:", r)
		}
	}
	for i := range 5 {
		if err := makeTea(i); err != nil {
			if errors.Is(err, ErrOutOfTea) {
				fmt.Println("We should buy new tea!")
			} else if errors.Is(err, ErrPower) {
				fmt.Println("Now it is dark.")
			} else {
				fmt.Printf("unknown error: %s\n", err)
			}
			continue
		}
		fmt.Println("Tea is ready!")
	}
	_, err = f(42)
	var ae *argError
	if errors.As(err, &ae) {
		fmt.Println(ae.arg)
		fmt.Println(ae.message)
	} else {
		fmt.Println("err doesn't match argError")
	}

	lst = List[int]{}
	lst.Push(10)
	lst.Push(13)
	lst.Push(23)
	for e := range lst.All() {
		fmt.Println(e)
	}
	all := slices.Collect(lst.All())
	fmt.Println("all:", all)
	for n := range genFib() {
		if n >= 10 {
			break
		}
		fmt.Println(n)
	}

}
