//go:build ignore

// Generics past the basics: methods on generic types (a stack, a
// priority queue over a less function, an ordered map keeping insertion
// order), constraints that carry methods (a Shape constraint, a
// ~int-based ID with a String method, a constraint on a pointer receiver
// so a generic function can make new values and fill them), and generic
// functions over those types with inferred arguments.
package main

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
)

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v ...T) { s.items = append(s.items, v...) }

func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

func (s Stack[T]) Len() int { return len(s.items) }

type PQ[T any] struct {
	data []T
	less func(a, b T) bool
}

func NewPQ[T any](less func(a, b T) bool) *PQ[T] { return &PQ[T]{less: less} }

func (q *PQ[T]) Push(v T) {
	q.data = append(q.data, v)
	for i := len(q.data) - 1; i > 0; {
		p := (i - 1) / 2
		if !q.less(q.data[i], q.data[p]) {
			break
		}
		q.data[i], q.data[p] = q.data[p], q.data[i]
		i = p
	}
}

func (q *PQ[T]) Pop() T {
	top := q.data[0]
	last := len(q.data) - 1
	q.data[0] = q.data[last]
	q.data = q.data[:last]
	for i := 0; ; {
		l, r, m := 2*i+1, 2*i+2, i
		if l < len(q.data) && q.less(q.data[l], q.data[m]) {
			m = l
		}
		if r < len(q.data) && q.less(q.data[r], q.data[m]) {
			m = r
		}
		if m == i {
			break
		}
		q.data[i], q.data[m] = q.data[m], q.data[i]
		i = m
	}
	return top
}

func (q *PQ[T]) Len() int { return len(q.data) }

type OrderedMap[K comparable, V any] struct {
	keys []K
	vals map[K]V
}

func (m *OrderedMap[K, V]) Set(k K, v V) {
	if m.vals == nil {
		m.vals = map[K]V{}
	}
	if _, ok := m.vals[k]; !ok {
		m.keys = append(m.keys, k)
	}
	m.vals[k] = v
}

func (m *OrderedMap[K, V]) Get(k K) (V, bool) {
	v, ok := m.vals[k]
	return v, ok
}

func (m *OrderedMap[K, V]) String() string {
	parts := make([]string, len(m.keys))
	for i, k := range m.keys {
		parts[i] = fmt.Sprintf("%v=%v", k, m.vals[k])
	}
	return "{" + strings.Join(parts, ", ") + "}"
}

//cell

type Shape interface {
	Area() float64
	Name() string
}

type Circle struct{ R float64 }
type Rect struct{ W, H float64 }

func (c Circle) Area() float64 { return math.Pi * c.R * c.R }
func (c Circle) Name() string  { return "circle" }
func (r Rect) Area() float64   { return r.W * r.H }
func (r Rect) Name() string    { return "rect" }

func Largest[S Shape](shapes []S) S {
	return slices.MaxFunc(shapes, func(a, b S) int { return cmp.Compare(a.Area(), b.Area()) })
}

func TotalArea[S Shape](shapes ...S) float64 {
	t := 0.0
	for _, s := range shapes {
		t += s.Area()
	}
	return t
}

type ID interface {
	~int | ~int64
	String() string
}

type UserID int
type OrderID int64

func (u UserID) String() string  { return "U" + strconv.Itoa(int(u)) }
func (o OrderID) String() string { return fmt.Sprintf("O-%06d", int64(o)) }

func NextIDs[T ID](start T, n int) []string {
	var out []string
	for i := range n {
		out = append(out, (start + T(i)).String())
	}
	return out
}

type Parser[T any] interface {
	*T
	Parse(string) error
}

type Temp struct{ C float64 }

func (t *Temp) Parse(s string) error {
	v, err := strconv.ParseFloat(strings.TrimSuffix(s, "C"), 64)
	if err != nil {
		return fmt.Errorf("temp %q: %w", s, err)
	}
	t.C = v
	return nil
}

type Word struct{ Text string }

func (w *Word) Parse(s string) error {
	w.Text = strings.ToUpper(s)
	return nil
}

func ParseAll[T any, P Parser[T]](inputs []string) ([]T, error) {
	out := make([]T, 0, len(inputs))
	for _, in := range inputs {
		var v T
		if err := P(&v).Parse(in); err != nil {
			return out, err
		}
		out = append(out, v)
	}
	return out, nil
}

//cell

func main() {
	var s Stack[string]
	s.Push("a", "b", "c")
	top, _ := s.Pop()
	fmt.Println("popped", top, "left", s.Len())

	type job struct {
		name string
		pri  int
	}
	q := NewPQ(func(a, b job) bool { return a.pri < b.pri || a.pri == b.pri && a.name < b.name })
	for _, j := range []job{{"deploy", 3}, {"lint", 1}, {"test", 2}, {"build", 1}} {
		q.Push(j)
	}
	for q.Len() > 0 {
		j := q.Pop()
		fmt.Print(j.name, ":", j.pri, " ")
	}
	fmt.Println()
	ints := NewPQ(func(a, b int) bool { return a > b })
	for _, v := range []int{5, 1, 9, 3} {
		ints.Push(v)
	}
	fmt.Println("max first:", ints.Pop(), ints.Pop())

	var om OrderedMap[string, int]
	om.Set("zeta", 1)
	om.Set("alpha", 2)
	om.Set("zeta", 3)
	v, ok := om.Get("alpha")
	fmt.Println(om.String(), v, ok)
	fmt.Println(&om)

	circles := []Circle{{1}, {3}, {2}}
	fmt.Printf("largest %v %.2f\n", Largest(circles), Largest(circles).Area())
	fmt.Printf("rects total %.1f\n", TotalArea(Rect{2, 3}, Rect{4, 5}))
	shapes := []Shape{Circle{1}, Rect{10, 1}}
	big := Largest(shapes)
	fmt.Printf("%s %T\n", big.Name(), big)

	fmt.Println(NextIDs(UserID(7), 3), NextIDs(OrderID(42), 2))

	temps, err := ParseAll[Temp]([]string{"21.5C", "-3C", "18"})
	fmt.Println(temps, err)
	_, err = ParseAll[Temp]([]string{"warm"})
	fmt.Println(err)
	words, _ := ParseAll[Word]([]string{"go", "generics"})
	fmt.Printf("%+v\n", words)
}
