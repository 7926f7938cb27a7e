//go:build ignore

// Maps keyed by interfaces of compiled packages (error, fmt.Stringer,
// io.Reader, sort.Interface, io.ReadCloser), by arrays and structs of
// them and by any, with values of the notebook's types as keys, mixed
// with compiled values (io.EOF, errors.New): equal values are one key,
// lookups, comma-ok, delete, len, ++, range with assertions, errors.As and
// errors.Is on the keys, maps.Keys, maps.Clone, fmt's sorted printing, a
// generic function, a function declared before the key types, and Go's
// panic for a key of a type that is not comparable.
package main

import (
	"errors"
	"fmt"
	"io"
	"maps"
	"slices"
	"sort"
	"strings"
)

func tally(m map[error]int, errs ...error) {
	for _, e := range errs {
		m[e]++
	}
}

//cell

type E struct{ c int }

func (e E) Error() string { return fmt.Sprint("e", e.c) }

type P struct{ c int }

func (p *P) Error() string { return fmt.Sprint("p", p.c) }

type S string

func (s S) String() string { return "S:" + string(s) }

type Pt struct{ X, Y int }

func (p Pt) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

type R struct{ s string }

func (r R) Read(p []byte) (int, error) { return copy(p, r.s), io.EOF }

func find(m map[error]int, e error) (int, bool) {
	v, ok := m[e]
	return v, ok
}

func mk(c int) error { return E{c} }

type T struct{ s []int }

func (t T) Error() string { return "t" }

func count[K comparable](m map[K]int, k K) { m[k]++ }

type L []int

func (l L) Len() int           { return len(l) }
func (l L) Less(i, j int) bool { return l[i] < l[j] }
func (l L) Swap(i, j int)      { l[i], l[j] = l[j], l[i] }

type Q struct{ n int }

func (q *Q) Len() int           { return q.n }
func (q *Q) Less(i, j int) bool { return false }
func (q *Q) Swap(i, j int)      {}

type RC struct{}

func (RC) Read(p []byte) (int, error) { return 0, io.EOF }
func (RC) Close() error               { return nil }

//cell

func main() {
	counts := map[error]int{}
	for _, c := range []int{1, 2, 1, 3, 1} {
		counts[E{c}]++
	}
	var k error = E{2}
	counts[k] += 10
	counts[mk(3)] += 100
	fmt.Println(counts)
	fmt.Println(len(counts), counts[E{1}], counts[k])
	fmt.Println(find(counts, E{3}))
	fmt.Println(find(counts, E{4}))

	keys := slices.SortedFunc(maps.Keys(counts), func(a, b error) int { return strings.Compare(a.Error(), b.Error()) })
	for _, k := range keys {
		var e E
		fmt.Println(k, errors.As(k, &e), e.c, errors.Is(k, E{2}), k == E{1}, k == error(E{1}))
		if x, ok := k.(E); ok {
			fmt.Println(" E", x.c)
		}
		switch x := k.(type) {
		case E:
			fmt.Println(" switch E", x.c)
		default:
			fmt.Println(" other")
		}
	}

	p1, p2 := &P{1}, &P{1}
	pm := map[error]string{p1: "one", p2: "two", io.EOF: "eof"}
	pm[p1] += "!"
	e1 := errors.New("x")
	pm[e1] = "x1"
	pm[errors.New("x")] = "x2"
	fmt.Println(len(pm), pm[p1], pm[p2], pm[io.EOF], pm[e1])
	delete(pm, p2)
	_, ok := pm[p2]
	fmt.Println(len(pm), ok)
	for k, v := range pm {
		if p, ok := k.(*P); ok && p == p1 {
			fmt.Println("p1", v)
		}
	}

	m := map[fmt.Stringer]int{S("a"): 1, S("b"): 2, Pt{1, 2}: 3}
	m[S("a")] += 10
	m[Pt{1, 2}]++
	var s fmt.Stringer = Pt{1, 2}
	m[s]++
	fmt.Println(len(m), m[S("a")], m[Pt{1, 2}], m[Pt{2, 1}])
	ps := map[fmt.Stringer]bool{Pt{2, 1}: true, Pt{1, 2}: true, Pt{1, 1}: false}
	fmt.Println(ps)
	fmt.Printf("%v %d\n", ps, len(ps))

	rs := map[io.Reader]bool{R{"a"}: true}
	rs[R{"a"}] = false
	rs[strings.NewReader("x")] = true
	fmt.Println(len(rs), rs[R{"a"}])
	for r := range rs {
		if rr, ok := r.(R); ok {
			b := make([]byte, 4)
			n, err := rr.Read(b)
			fmt.Println(string(b[:n]), err)
		}
	}

	arr := map[[2]error]int{}
	arr[[2]error{E{1}, io.EOF}]++
	arr[[2]error{E{1}, io.EOF}]++
	fmt.Println(len(arr), arr[[2]error{E{1}, io.EOF}])
	type pair struct {
		a error
		n int
	}
	st := map[pair]int{{E{1}, 1}: 1}
	st[pair{E{1}, 1}]++
	fmt.Println(len(st), st[pair{E{1}, 1}])

	anys := map[any]int{}
	anys[E{1}]++
	anys[E{1}]++
	anys[Pt{1, 2}]++
	anys[Pt{1, 2}]++
	fmt.Println(len(anys), anys[E{1}], anys[Pt{1, 2}])

	m2 := map[error]int{}
	tally(m2, E{1}, E{1}, io.EOF, nil)
	fmt.Println(len(m2), m2[E{1}], m2[nil], m2[io.EOF])
	m2[nil]++
	fmt.Println(m2[nil])
	w := fmt.Errorf("w: %w", E{1})
	m2[w]++
	fmt.Println(len(m2), errors.Is(w, E{1}))
	c := maps.Clone(m2)
	c[E{1}]++
	fmt.Println(c[E{1}], m2[E{1}])
	count(m2, error(E{1}))
	fmt.Println(m2[E{1}])
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		m2[T{[]int{1}}]++
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		_ = map[error]bool{T{}: true}
	}()
	only := map[error]int{E{2}: 2, E{1}: 1, E{3}: 3}
	fmt.Println(only)
	fmt.Printf("%v|%+v|%d\n", only, only, only)

	q := &Q{1}
	si := map[sort.Interface]int{q: 1}
	si[q]++
	fmt.Println(len(si), si[q])
	rc := map[io.ReadCloser]int{RC{}: 1}
	rc[RC{}]++
	fmt.Println(len(rc), rc[RC{}])
}
