//go:build ignore

// Go 1.22's loop semantics where they bite: range over an int whose
// body changes its variable or the bound, a bound computed once, closures
// that change the iteration's variable, two variables in one loop,
// continue, goroutines, deferred closures, a struct loop variable's
// address; min and max of a named type with a String method, clear of
// maps keyed by structs and by any, unique handles of structs, new of
// composite and named values, cmp.Or of structs, slices.Chunk;
// errors.AsType to a value-receiver error and to an interface, through
// errors.Join; iter.Pull2 stopped early and iter.Pull of an iterator
// that panics.
package main

import (
	"cmp"
	"errors"
	"fmt"
	"iter"
	"maps"
	"slices"
	"sync"
	"unique"
)

var calls int

func limit() int { calls++; return 3 }

type Point struct{ X, Y int }

type Weekday int

func (d Weekday) String() string { return [...]string{"Sun", "Mon", "Tue", "Wed"}[d] }

//cell

func step1() {
	for i := range 5 {
		i += 2
		fmt.Print(i, " ")
	}
	fmt.Println()
	n := 3
	for i := range n {
		n = 10
		fmt.Print(i, " ")
	}
	fmt.Println(n)
	for i := range limit() {
		fmt.Print(i, " ")
	}
	fmt.Println("calls", calls)
	var fns []func() int
	for i := 0; i < 5; i++ {
		inc := func() { i += 2 }
		inc()
		fns = append(fns, func() int { return i })
	}
	for _, f := range fns {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	fns = nil
	for i, j := 0, 10; i < j; i, j = i+1, j-3 {
		fns = append(fns, func() int { return i*100 + j })
	}
	for _, f := range fns {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	fns = nil
	for i := 0; i < 6; i++ {
		if i%2 == 0 {
			continue
		}
		fns = append(fns, func() int { return i })
	}
	for _, f := range fns {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	var wg sync.WaitGroup
	res := make([]int, 4)
	for i := 0; i < 4; i++ {
		wg.Go(func() { res[i] = i + 1 })
	}
	wg.Wait()
	fmt.Println(res)
	for i := 0; i < 3; i++ {
		defer func() { fmt.Print("d", i, " ") }()
	}
	var ps []*Point
	for p := (Point{0, 0}); p.X < 3; p.X++ {
		ps = append(ps, &p)
	}
	for _, p := range ps {
		fmt.Print(*p, " ")
	}
	fmt.Println()
}

//cell

func step2() {
	d := Weekday(3)
	fmt.Println(min(d, 1), max(Weekday(0), d, 2))
	var f32 float32 = 2.5
	fmt.Printf("%v %T\n", max(f32, 1), max(f32, 1))
	m := map[Point]string{{1, 2}: "a", {3, 4}: "b"}
	keys := slices.SortedFunc(maps.Keys(m), func(a, b Point) int { return cmp.Compare(a.X, b.X) })
	fmt.Println(keys)
	clear(m)
	fmt.Println(len(m), m)
	ma := map[any]int{Point{1, 1}: 1, Weekday(2): 2}
	fmt.Println(len(ma), ma[Point{1, 1}], ma[Weekday(2)])
	clear(ma)
	fmt.Println(len(ma))
	h1, h2 := unique.Make(Point{1, 2}), unique.Make(Point{1, 2})
	h3 := unique.Make(Point{2, 1})
	fmt.Println(h1 == h2, h1 == h3, h1.Value())
	p := new(Point{3, 4})
	q := new(Weekday(2))
	x := 5
	r := new(x)
	*r = 6
	fmt.Println(*p, *q, x, *r)
	type Opt struct {
		Name *string
		Day  *Weekday
	}
	o := Opt{Name: new("n"), Day: new(d)}
	fmt.Println(*o.Name, *o.Day)
	fmt.Println(cmp.Or(Weekday(0), Weekday(2)), cmp.Or(Point{}, Point{1, 1}))
	for c := range slices.Chunk([]Point{{1, 1}, {2, 2}, {3, 3}}, 2) {
		fmt.Println(c)
	}
}

//cell

type Temp float64

type TempError struct{ T Temp }

func (e TempError) Error() string { return fmt.Sprintf("bad temp %.1f", float64(e.T)) }

type timeout interface {
	error
	Timeout() bool
}

type netErr struct{}

func (netErr) Error() string { return "net" }
func (netErr) Timeout() bool { return true }

func step3() {
	err := fmt.Errorf("read: %w", TempError{-300})
	if te, ok := errors.AsType[TempError](err); ok {
		fmt.Println("temp", te.T, te)
	}
	if t, ok := errors.AsType[timeout](fmt.Errorf("x: %w", netErr{})); ok {
		fmt.Println("timeout", t.Timeout())
	}
	_, ok := errors.AsType[timeout](err)
	fmt.Println(ok)
	j := errors.Join(errors.New("a"), TempError{5})
	te, ok := errors.AsType[TempError](j)
	fmt.Println(te, ok)
}

//cell

func pairs[K cmp.Ordered, V any](m map[K]V) iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		for _, k := range slices.Sorted(maps.Keys(m)) {
			if !yield(k, m[k]) {
				return
			}
		}
	}
}

func step4() {
	stock := map[string]Point{"b": {2, 2}, "a": {1, 1}, "c": {3, 3}}
	next, stop := iter.Pull2(pairs(stock))
	k, v, ok := next()
	fmt.Println(k, v, ok)
	stop()
	k, v, ok = next()
	fmt.Printf("%q %v %v\n", k, v, ok)
	bad := func(yield func(int) bool) {
		yield(1)
		panic("boom in seq")
	}
	n2, s2 := iter.Pull(bad)
	fmt.Println(n2())
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		n2()
	}()
	s2()
}

//cell

func main() {
	step1()
	fmt.Println()
	step2()
	step3()
	step4()
}
