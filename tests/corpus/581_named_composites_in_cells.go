//go:build ignore

// Named composite types as a notebook uses them: a vector of readings
// with methods, a set of words, a tic-tac-toe grid, a handler func type
// and a named slice of people sorted with sort.Sort and slices.SortFunc;
// through any and type switches, printed with %T, %v and %#v, as map
// keys and values, appended to with append(v, w...) and converted to
// their underlying types and back.
package main

import (
	"fmt"
	"slices"
	"sort"
	"strings"
)

type Vec []float64

func (v Vec) Sum() float64 {
	s := 0.0
	for _, x := range v {
		s += x
	}
	return s
}

func (v Vec) Scale(k float64) Vec {
	out := make(Vec, len(v))
	for i, x := range v {
		out[i] = x * k
	}
	return out
}

type Set map[string]bool

func (s Set) Add(k string) { s[k] = true }
func (s Set) Keys() []string {
	ks := make([]string, 0, len(s))
	for k := range s {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

type Grid [3][3]int

type Handler func(string) error

type Person struct {
	Name string
	Age  int
}

type People []Person

func (p People) Len() int           { return len(p) }
func (p People) Less(i, j int) bool { return p[i].Age < p[j].Age }
func (p People) Swap(i, j int)      { p[i], p[j] = p[j], p[i] }

//cell

func readings() {
	v := Vec{1, 2, 3}
	w := []float64{4, 5}
	v = append(v, w...)
	v = append(v, Vec{6}...)
	fmt.Printf("%T %v %#v %.1f\n", v, v, v, v.Sum())
	xs := []float64(v)
	back := Vec(xs[:2])
	fmt.Printf("%T %v %T %v\n", xs, xs, back, back.Scale(10))

	var boxes []any
	boxes = append(boxes, v, Set{"a": true}, Grid{{1}}, Handler(nil), People{{"x", 1}}, xs)
	for _, b := range boxes {
		switch t := b.(type) {
		case Vec:
			fmt.Println("Vec", len(t), t.Sum())
		case Set:
			fmt.Println("Set", t.Keys())
		case Grid:
			fmt.Println("Grid", t[0][0])
		case Handler:
			fmt.Println("Handler", t == nil)
		case People:
			fmt.Println("People", t[0].Name)
		case []float64:
			fmt.Println("[]float64", len(t))
		default:
			fmt.Printf("other %T\n", t)
		}
	}
	_, ok1 := boxes[0].([]float64)
	_, ok2 := boxes[0].(Vec)
	fmt.Println(ok1, ok2)
}

//cell

func wordsAndGrid() {
	s := Set{}
	for _, w := range strings.Fields("b a c a b") {
		s.Add(w)
	}
	fmt.Printf("%T %v %d\n", s, s.Keys(), len(s))
	fmt.Printf("%v %#v\n", s, Set{"z": true})

	var g Grid
	for i := 0; i < 3; i++ {
		g[i][i] = i + 1
	}
	grids := map[Grid]string{g: "diag"}
	g2 := g
	fmt.Println(grids[g2], g == g2)
	fmt.Printf("%T %v %#v\n", g, g, g)

	var h Handler = func(s string) error {
		if s == "" {
			return fmt.Errorf("empty")
		}
		return nil
	}
	handlers := map[string]Handler{"check": h}
	fmt.Printf("%T %v %v\n", h, handlers["check"](""), handlers["check"]("x"))
}

//cell

func roster() {
	ps := People{{"Ann", 40}, {"Bob", 25}, {"Cid", 33}}
	sort.Sort(ps)
	fmt.Printf("%T %v\n", ps, ps)
	fmt.Printf("%#v\n", ps[:1])
	ps = append(ps, People{{"Dee", 19}}...)
	slices.SortFunc(ps, func(a, b Person) int { return strings.Compare(b.Name, a.Name) })
	fmt.Println(ps)
	var pa any = ps
	if got, ok := pa.(People); ok {
		fmt.Println("People", got.Len())
	}
	byName := map[string]People{"all": ps}
	fmt.Printf("%T %d\n", byName["all"], len(byName["all"]))
}

//cell

func main() {
	readings()
	wordsAndGrid()
	roster()
}
