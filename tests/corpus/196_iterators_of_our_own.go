//go:build ignore

// Iterators a notebook writes itself (Go 1.23): iter.Seq and iter.Seq2
// functions over its own types, adapters that filter, map and take,
// iter.Pull to walk two sequences in step, the slices and maps functions
// that collect, sort and chunk them, a generic set with an iterator
// method, lines and errors as an iter.Seq2, and a generic sum over any
// sequence.
package main

import (
	"bufio"
	"cmp"
	"errors"
	"fmt"
	"io"
	"iter"
	"maps"
	"slices"
	"strings"
)

type Grid struct {
	W, H  int
	cells []rune
}

func NewGrid(rows ...string) *Grid {
	g := &Grid{W: len(rows[0]), H: len(rows)}
	for _, r := range rows {
		g.cells = append(g.cells, []rune(r)...)
	}
	return g
}

type Pos struct{ X, Y int }

func (p Pos) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

// All yields every position with its rune, row by row.
func (g *Grid) All() iter.Seq2[Pos, rune] {
	return func(yield func(Pos, rune) bool) {
		for y := range g.H {
			for x := range g.W {
				if !yield(Pos{x, y}, g.cells[y*g.W+x]) {
					return
				}
			}
		}
	}
}

// Neighbours yields the positions next to p inside the grid.
func (g *Grid) Neighbours(p Pos) iter.Seq[Pos] {
	return func(yield func(Pos) bool) {
		for _, d := range []Pos{{0, -1}, {1, 0}, {0, 1}, {-1, 0}} {
			q := Pos{p.X + d.X, p.Y + d.Y}
			if q.X < 0 || q.Y < 0 || q.X >= g.W || q.Y >= g.H {
				continue
			}
			if !yield(q) {
				return
			}
		}
	}
}

//cell

func Filter[V any](seq iter.Seq[V], keep func(V) bool) iter.Seq[V] {
	return func(yield func(V) bool) {
		for v := range seq {
			if keep(v) && !yield(v) {
				return
			}
		}
	}
}

func Map[V, W any](seq iter.Seq[V], f func(V) W) iter.Seq[W] {
	return func(yield func(W) bool) {
		for v := range seq {
			if !yield(f(v)) {
				return
			}
		}
	}
}

func Take[V any](seq iter.Seq[V], n int) iter.Seq[V] {
	return func(yield func(V) bool) {
		if n <= 0 {
			return
		}
		i := 0
		for v := range seq {
			if !yield(v) {
				return
			}
			i++
			if i == n {
				return
			}
		}
	}
}

func Naturals() iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 0; ; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func Fib() iter.Seq2[int, int] {
	return func(yield func(int, int) bool) {
		a, b := 0, 1
		for i := 0; ; i++ {
			if !yield(i, a) {
				return
			}
			a, b = b, a+b
		}
	}
}

//cell

// Zip walks two sequences in step with iter.Pull, until either ends.
func Zip[A, B any](as iter.Seq[A], bs iter.Seq[B]) iter.Seq2[A, B] {
	return func(yield func(A, B) bool) {
		nextA, stopA := iter.Pull(as)
		defer stopA()
		nextB, stopB := iter.Pull(bs)
		defer stopB()
		for {
			a, okA := nextA()
			b, okB := nextB()
			if !okA || !okB || !yield(a, b) {
				return
			}
		}
	}
}

//cell

type Set[T comparable] struct {
	m map[T]struct{}
}

func NewSet[T comparable](xs ...T) *Set[T] {
	s := &Set[T]{m: map[T]struct{}{}}
	for _, x := range xs {
		s.Add(x)
	}
	return s
}

func (s *Set[T]) Add(x T)          { s.m[x] = struct{}{} }
func (s *Set[T]) Has(x T) bool     { _, ok := s.m[x]; return ok }
func (s *Set[T]) Len() int         { return len(s.m) }
func (s *Set[T]) All() iter.Seq[T] { return maps.Keys(s.m) }
func (s *Set[T]) String() string   { return fmt.Sprintf("Set(%d)", s.Len()) }

func Union[T cmp.Ordered](a, b *Set[T]) []T {
	out := NewSet[T]()
	for x := range a.All() {
		out.Add(x)
	}
	for x := range b.All() {
		out.Add(x)
	}
	return slices.Sorted(out.All())
}

//cell

func Lines(r io.Reader) iter.Seq2[string, error] {
	return func(yield func(string, error) bool) {
		sc := bufio.NewScanner(r)
		for sc.Scan() {
			if !yield(sc.Text(), nil) {
				return
			}
		}
		if err := sc.Err(); err != nil {
			yield("", err)
		}
	}
}

type failing struct{ n int }

func (f *failing) Read(p []byte) (int, error) {
	if f.n == 0 {
		return 0, errors.New("disk on fire")
	}
	f.n--
	return copy(p, "line\n"), nil
}

type Point struct{ X, Y int }

func (p Point) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

type Number interface {
	~int | ~float64
}

func SumBy[T any, N Number](xs iter.Seq[T], f func(T) N) N {
	var s N
	for x := range xs {
		s += f(x)
	}
	return s
}

//cell

func main() {
	g := NewGrid("#.#", "..#", "#..")
	walls := 0
	for p, r := range g.All() {
		if r == '#' {
			walls++
			fmt.Print(p, " ")
		}
	}
	fmt.Println("walls:", walls)
	open := func(p Pos) bool { return g.cells[p.Y*g.W+p.X] == '.' }
	fmt.Println(slices.Collect(Filter(g.Neighbours(Pos{1, 1}), open)))
	for p := range g.Neighbours(Pos{0, 0}) {
		fmt.Println("first neighbour of the corner:", p)
		break
	}

	squares := Map(Filter(Naturals(), func(n int) bool { return n%2 == 1 }), func(n int) int { return n * n })
	fmt.Println(slices.Collect(Take(squares, 5)))
	for i, f := range Fib() {
		if i > 10 {
			break
		}
		fmt.Print(f, " ")
	}
	fmt.Println()

	words := strings.Fields("the quick brown fox jumps over the lazy dog")
	for i, w := range Zip(Naturals(), slices.Values(words)) {
		if i == 3 {
			continue
		}
		if i > 5 {
			break
		}
		fmt.Printf("%d:%s ", i, w)
	}
	fmt.Println()

	counts := map[string]int{}
	for _, w := range words {
		counts[w]++
	}
	keys := slices.Collect(maps.Keys(counts))
	slices.Sort(keys)
	fmt.Println(keys)
	fmt.Println(slices.Sorted(maps.Values(counts)))
	byLen := maps.Collect(Zip(slices.Values(words), Map(slices.Values(words), func(s string) int { return len(s) })))
	fmt.Println(byLen["quick"], byLen["fox"], len(byLen))
	for c := range slices.Chunk(words, 4) {
		fmt.Println(len(c), c)
	}
	for i, w := range slices.Backward(words[:3]) {
		fmt.Print(i, w, " ")
	}
	fmt.Println()
	idx := maps.Collect(slices.All([]string{"a", "b"}))
	fmt.Println(idx)
	next, stop := iter.Pull2(maps.All(map[string]int{"only": 1}))
	k, v, ok := next()
	fmt.Println(k, v, ok)
	_, _, ok = next()
	fmt.Println(ok)
	stop()
	runes := slices.Sorted(maps.Values(maps.Collect(g.All())))
	fmt.Println(string(runes), len(maps.Collect(g.All())))
	positions := slices.SortedFunc(maps.Keys(maps.Collect(g.All())), func(a, b Pos) int { return (b.Y*10 + b.X) - (a.Y*10 + a.X) })
	fmt.Println(positions[:3])

	a := NewSet(3, 1, 2)
	b := NewSet(2, 5)
	fmt.Println(Union(a, b), a, b.Has(5), a.Has(5))
	fmt.Printf("%v %s\n", a, b)
	wordSet := NewSet(strings.Fields("b a c a")...)
	fmt.Println(slices.Sorted(wordSet.All()), wordSet.Len())

	for line, err := range Lines(strings.NewReader("x\ny\n")) {
		fmt.Println(line, err)
	}
	n := 0
	for line, err := range Lines(&failing{2}) {
		if err != nil {
			fmt.Println("error:", err)
			break
		}
		n++
		_ = line
	}
	fmt.Println(n)

	pts := map[string]Point{"a": {1, 2}, "b": {3, 4}}
	for _, k := range slices.Sorted(maps.Keys(pts)) {
		fmt.Print(k, pts[k], " ")
	}
	fmt.Println()
	vals := slices.SortedFunc(maps.Values(pts), func(p, q Point) int { return cmp.Compare(q.X, p.X) })
	fmt.Println(vals)
	fmt.Println(SumBy(maps.Values(pts), func(p Point) int { return p.X * p.Y }))
	fmt.Println(SumBy(slices.Values(vals), func(p Point) float64 { return float64(p.Y) / 2 }))
	for i, p := range slices.All(vals) {
		fmt.Print(i, ":", p, " ")
	}
	fmt.Println()
	at := slices.IndexFunc(vals, func(p Point) bool { return p.X == 1 })
	fmt.Println(at, slices.Contains(vals, Point{3, 4}), slices.Index(vals, Point{1, 2}))
	grouped := map[bool][]Point{}
	for p := range maps.Values(pts) {
		grouped[p.X > 2] = append(grouped[p.X > 2], p)
	}
	fmt.Println(grouped[true], grouped[false])
	chunks := slices.Collect(slices.Chunk([]Point{{1, 1}, {2, 2}, {3, 3}}, 2))
	fmt.Println(len(chunks), chunks)
}
