//go:build ignore

// A logging store: an interface embedding two cell interfaces and
// io.Writer, met by a struct through an embedded pointer and given to
// fmt.Fprintf; a generic Set, Sum over ~int64, Stack and GroupBy; shapes
// in a type switch, method values in a map; nested templates.
package main

import (
	"cmp"
	"fmt"
	"io"
	"maps"
	"os"
	"slices"
	"sort"
	"strings"
	"text/template"
)

//cell

type Logger interface {
	Log(string)
}

type Store interface {
	Get(k string) (int, bool)
	Set(k string, v int)
}

type LoggingStore interface {
	Logger
	Store
	io.Writer
}

type memLog struct {
	lines []string
	pre   string
}

func (m *memLog) Log(s string) { m.lines = append(m.lines, m.pre+s) }

func (m *memLog) Write(p []byte) (int, error) {
	m.Log(strings.TrimSpace(string(p)))
	return len(p), nil
}

type mapStore struct {
	*memLog
	data map[string]int
}

func (s mapStore) Get(k string) (int, bool) {
	v, ok := s.data[k]
	s.Log(fmt.Sprintf("get %s -> %d %t", k, v, ok))
	return v, ok
}

func (s mapStore) Set(k string, v int) {
	s.Log("set " + k)
	s.data[k] = v
}

//cell

func step1() {
	var ls LoggingStore = mapStore{&memLog{pre: "> "}, map[string]int{}}
	ls.Set("a", 1)
	ls.Set("b", 2)
	ls.Get("a")
	ls.Get("zz")
	fmt.Fprintf(ls, "written %d\n", 42)
	ms := ls.(mapStore)
	for _, l := range ms.lines {
		fmt.Println(l)
	}
	var lg Logger = ls
	_, isStore := lg.(Store)
	_, isStringer := lg.(fmt.Stringer)
	fmt.Println(isStore, isStringer)
	fmt.Printf("%T %T %v\n", ls, lg, ms.data)
}

//cell

type Number interface {
	~int | ~int64 | ~float64
}

type Set[T comparable] map[T]struct{}

func (s Set[T]) Add(vs ...T) Set[T] {
	for _, v := range vs {
		s[v] = struct{}{}
	}
	return s
}

func (s Set[T]) Has(v T) bool { _, ok := s[v]; return ok }

func Sorted[T cmp.Ordered](s Set[T]) []T { return slices.Sorted(maps.Keys(s)) }

func Sum[T Number](xs ...T) T {
	var t T
	for _, x := range xs {
		t += x
	}
	return t
}

type Cents int64

func (c Cents) String() string { return fmt.Sprintf("$%d.%02d", c/100, c%100) }

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }
func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

func GroupBy[T any, K comparable](xs []T, key func(T) K) map[K][]T {
	out := make(map[K][]T)
	for _, x := range xs {
		k := key(x)
		out[k] = append(out[k], x)
	}
	return out
}

//cell

func step2() {
	s := Set[string]{}
	s.Add("pear", "apple", "fig").Add("apple")
	fmt.Println(Sorted(s), s.Has("fig"), s.Has("kiwi"), len(s))
	prices := []Cents{199, 250, 5}
	fmt.Println(Sum(prices...), Sum(1.5, 2.25), Sum[int]())
	fmt.Printf("%v %d %s\n", prices, prices, Sum(prices...))
	var st Stack[Cents]
	for _, p := range prices {
		st.Push(p)
	}
	for {
		v, ok := st.Pop()
		if !ok {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	words := strings.Fields("the quick brown fox jumps over the lazy dog")
	g := GroupBy(words, func(w string) int { return len(w) })
	lens := slices.Sorted(maps.Keys(g))
	for _, l := range lens {
		fmt.Println(l, g[l])
	}
	fmt.Println(g)
}

//cell

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }

func (r Rect) Area() float64        { return r.W * r.H }
func (r Rect) Perimeter() float64   { return 2 * (r.W + r.H) }
func (c Circle) Area() float64      { return 3 * c.R * c.R }
func (c Circle) Perimeter() float64 { return 6 * c.R }
func (c Circle) String() string     { return fmt.Sprintf("Circle(%g)", c.R) }

//cell

func step3() {
	shapes := []Shape{Rect{3, 4}, Circle{2}, Rect{1, 1}, Circle{0.5}}
	sort.Slice(shapes, func(i, j int) bool { return shapes[i].Area() < shapes[j].Area() })
	for _, sh := range shapes {
		switch v := sh.(type) {
		case Rect:
			fmt.Printf("rect %vx%v area=%v\n", v.W, v.H, v.Area())
		case fmt.Stringer:
			fmt.Printf("%v area=%v %T\n", v, sh.Area(), v)
		}
	}
	fmt.Println(shapes)
	fmt.Printf("%v %+v %#v\n", shapes[0], shapes[1], shapes[2])
	areas := map[string]func() float64{}
	for i, sh := range shapes {
		areas[fmt.Sprint(i)] = sh.Area
	}
	fmt.Println(areas["0"](), areas["3"]())
	perim := Shape.Perimeter
	fmt.Println(perim(Rect{2, 5}), Circle.Area(Circle{1}), (*Rect).Area(&Rect{2, 2}))
}

//cell

const page = `{{define "item"}}<li>{{.Name}}: {{printf "%.2f" .Price}}{{if .Tags}} [{{range $i, $t := .Tags}}{{if $i}}, {{end}}{{$t}}{{end}}]{{end}}</li>{{end}}<ul>` +
	"\n{{range .Items}}  {{template \"item\" .}}\n{{else}}  none\n{{end}}</ul> total={{.Total}} {{len .Items}} {{.Title | printf \"%q\"}} {{index .Items 1 | print}}\n"

type Prod struct {
	Name  string
	Price float64
	Tags  []string
}

type Cart struct {
	Title string
	Items []Prod
}

func (c Cart) Total() string {
	t := 0.0
	for _, p := range c.Items {
		t += p.Price
	}
	return fmt.Sprintf("%.2f", t)
}

//cell

func step4() {
	tp := template.Must(template.New("page").Parse(page))
	cart := Cart{"My <cart>", []Prod{{"tea", 3.5, []string{"hot", "green"}}, {"cup", 7.25, nil}}}
	if err := tp.Execute(os.Stdout, cart); err != nil {
		fmt.Println(err)
	}
	tp.Execute(os.Stdout, Cart{Title: "empty"})
	err := template.Must(template.New("bad").Parse("{{.Nope}}")).Execute(os.Stdout, cart)
	fmt.Println()
	fmt.Println(err)
}

//cell

func main() {
	step1()
	step2()
	step3()
	step4()
}
