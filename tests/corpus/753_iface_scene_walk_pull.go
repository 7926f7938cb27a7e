//go:build ignore

// A scene graph of cell types behind an interface, walked by a method
// returning an iter.Seq2 (recursive, with early stop), type switches in
// the loop body, iter.Pull2 with a deferred stop, slices.Collect of an
// iterator of interface values, SortFunc/MaxFunc/IndexFunc over them,
// and labeled continue/break out of a range over a function.
package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

//cell

type Shape interface {
	Area() float64
	Name() string
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }
type Group struct {
	Label string
	Items []Shape
}

func (r Rect) Area() float64    { return r.W * r.H }
func (r Rect) Name() string     { return "rect" }
func (c *Circle) Area() float64 { return 3 * c.R * c.R }
func (c *Circle) Name() string  { return "circle" }
func (g *Group) Area() float64 {
	s := 0.0
	for _, x := range g.Items {
		s += x.Area()
	}
	return s
}
func (g *Group) Name() string { return "group:" + g.Label }

func (g *Group) Walk() iter.Seq2[int, Shape] {
	return func(yield func(int, Shape) bool) {
		var rec func(depth int, s Shape) bool
		rec = func(depth int, s Shape) bool {
			if !yield(depth, s) {
				return false
			}
			if gg, ok := s.(*Group); ok {
				for _, c := range gg.Items {
					if !rec(depth+1, c) {
						return false
					}
				}
			}
			return true
		}
		rec(0, g)
	}
}

//cell

var scene = &Group{"root", []Shape{Rect{2, 3}, &Circle{1}, &Group{"inner", []Shape{Rect{1, 1}, &Circle{2}}}, Rect{4, 0.5}}}

var walk = scene.Walk

func printTree() {
	for d, s := range walk() {
		fmt.Printf("%s%s %.1f %T\n", strings.Repeat("  ", d), s.Name(), s.Area(), s)
	}
}

//cell

func kinds() {
	byKind := map[string][]Shape{}
	for _, s := range scene.Walk() {
		switch v := s.(type) {
		case Rect:
			byKind["rect"] = append(byKind["rect"], v)
		case *Circle:
			byKind["circle"] = append(byKind["circle"], v)
		default:
			continue
		}
	}
	for _, k := range slices.Sorted(maps.Keys(byKind)) {
		fmt.Println(k, len(byKind[k]), byKind[k][0].Name())
	}
	next, stop := iter.Pull2(walk())
	defer stop()
	for {
		d, s, ok := next()
		if !ok {
			break
		}
		if d == 2 {
			fmt.Println("deep:", s.Name())
		}
	}
}

//cell

func leaves() []Shape {
	shapes := slices.Collect(func(yield func(Shape) bool) {
		for _, s := range scene.Walk() {
			if _, isGroup := s.(*Group); !isGroup && !yield(s) {
				return
			}
		}
	})
	slices.SortFunc(shapes, func(a, b Shape) int {
		if a.Area() < b.Area() {
			return -1
		}
		if a.Area() > b.Area() {
			return 1
		}
		return strings.Compare(a.Name(), b.Name())
	})
	return shapes
}

func main() {
	printTree()
	kinds()
	shapes := leaves()
	for _, s := range shapes {
		fmt.Printf("%v ", s)
	}
	fmt.Println()
	biggest := slices.MaxFunc(shapes, func(a, b Shape) int { return int(a.Area() - b.Area()) })
	fmt.Printf("%+v %d\n", biggest, slices.IndexFunc(shapes, func(s Shape) bool { return s.Name() == "circle" }))

	var seq iter.Seq[string] = func(yield func(string) bool) {
		for _, s := range shapes {
			if !yield(s.Name()) {
				return
			}
		}
	}
	count := map[string]int{}
	for n := range seq {
		count[n]++
	}
	fmt.Println(count)
outer:
	for i := range 3 {
		for n := range seq {
			if n == "circle" && i == 1 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			fmt.Print(i, n, " ")
		}
	}
	fmt.Println()
}
