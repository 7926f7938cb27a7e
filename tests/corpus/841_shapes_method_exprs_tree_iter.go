//go:build ignore

// Interfaces the textbook way, with the corners notebooks reach: a Named
// interface embedding a cell interface and fmt.Stringer, value and
// pointer receivers, a struct embedding another and overriding String,
// method expressions (Shape.Area, (*Circle).Perimeter,
// fmt.Stringer.String) used as functions, a type switch with a list case
// and a compiled-interface case, a method value bound to a copy, a BST
// walked by a callback and by range over its method, and a table of
// operations with a deferred recover turning panics into errors.
package main

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
)

//cell

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Named interface {
	Shape
	fmt.Stringer
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }
type Square struct {
	Rect
	label string
}

func (r Rect) Area() float64         { return r.W * r.H }
func (r Rect) Perimeter() float64    { return 2 * (r.W + r.H) }
func (r Rect) String() string        { return fmt.Sprintf("Rect(%gx%g)", r.W, r.H) }
func (c *Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c *Circle) Perimeter() float64 { return 2 * math.Pi * c.R }
func (c *Circle) String() string     { return "Circle(" + strconv.FormatFloat(c.R, 'f', 1, 64) + ")" }
func (s Square) String() string      { return "Square " + s.label }

//cell

type Tree struct {
	Val         int
	Left, Right *Tree
}

func (t *Tree) Insert(v int) *Tree {
	if t == nil {
		return &Tree{Val: v}
	}
	if v < t.Val {
		t.Left = t.Left.Insert(v)
	} else {
		t.Right = t.Right.Insert(v)
	}
	return t
}

func (t *Tree) Walk(f func(int) bool) bool {
	if t == nil {
		return true
	}
	return t.Left.Walk(f) && f(t.Val) && t.Right.Walk(f)
}

func (t *Tree) All(yield func(int) bool) { t.Walk(yield) }

//cell

type op func(int, int) (int, error)

var ErrDiv = errors.New("division by zero")

var table = map[string]op{
	"+": func(a, b int) (int, error) { return a + b, nil },
	"/": func(a, b int) (int, error) {
		if b == 0 {
			return 0, ErrDiv
		}
		return a / b, nil
	},
}

func eval(expr string) (res int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	f := strings.Fields(expr)
	a, _ := strconv.Atoi(f[0])
	b, _ := strconv.Atoi(f[2])
	return table[f[1]](a, b)
}

//cell

func main() {
	shapes := []Named{Rect{3, 4}, &Circle{1}, Square{Rect{2, 2}, "sq"}}
	area := Shape.Area
	perim := (*Circle).Perimeter
	str := fmt.Stringer.String
	for _, s := range shapes {
		fmt.Printf("%-12v %7.3f %7.3f %s\n", s, area(s), s.Perimeter(), str(s))
	}
	fmt.Printf("%.4f %v\n", perim(&Circle{2}), Rect.Area(Rect{5, 5}))
	for _, sh := range []Shape{Square{Rect{1, 3}, "x"}, Rect{2, 5}, &Circle{3}} {
		switch v := sh.(type) {
		case *Circle:
			fmt.Printf("circle %T %.2f\n", v, v.R)
		case fmt.Stringer:
			_, plain := v.(Rect)
			fmt.Printf("stringer %v %T %v\n", v, v, plain)
		}
		if n, ok := sh.(Named); ok {
			fmt.Printf("named %T %s\n", n, n)
		}
	}
	sq := Square{Rect{4, 4}, "big"}
	get := sq.Area
	sq.W = 10
	fmt.Println(get(), sq.Area(), sq.Rect, sq)

	var root *Tree
	for _, v := range []int{50, 30, 70, 20, 40, 60, 80, 35} {
		root = root.Insert(v)
	}
	var vals []string
	root.Walk(func(v int) bool { vals = append(vals, strconv.Itoa(v)); return v < 60 })
	fmt.Println(strings.Join(vals, " "))
outer:
	for v := range root.All {
		for w := range root.All {
			if w > v {
				continue outer
			}
			if v+w == 100 {
				fmt.Println("pair", v, w)
				break outer
			}
		}
	}

	for _, e := range []string{"1 + 2", "7 / 2", "1 / 0", "3 * 4"} {
		r, err := eval(e)
		fmt.Println(e, "=", r, err, errors.Is(err, ErrDiv))
	}
}
