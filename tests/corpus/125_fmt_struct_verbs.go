//go:build ignore

// %v, %+v, %#v and %T of a program's structs: nested, embedded,
// anonymous, with nil pointers, slices and maps, and with GoString.
package main

import "fmt"

type Point struct{ x, y int }

type Size struct{ W, H float64 }

type Rect struct {
	Point
	Size
	name  string
	tags  []string
	attrs map[string]int
	next  *Rect
}

type ID int

func (id ID) GoString() string { return fmt.Sprintf("ID(%d)", int(id)) }

//cell

type Shape struct {
	ID     ID
	Bounds Rect
	Parts  []Point
	Meta   map[string]Size
	Anon   struct{ a, b bool }
}

//cell

func main() {
	r := Rect{Point: Point{1, 2}, Size: Size{3, 4.5}, name: "r", tags: []string{"a"}}
	fmt.Printf("%v\n%+v\n%#v\n", r, r, r)
	fmt.Printf("%T %T %T %T\n", r, &r, []Rect{}, map[ID][]*Point{})
	s := Shape{ID: 7, Bounds: r, Parts: []Point{{5, 6}}, Meta: map[string]Size{"m": {1, 1}}}
	s.Anon.b = true
	fmt.Printf("%v\n%+v\n%#v\n", s, s, s)
	var empty Shape
	fmt.Printf("%+v\n%#v\n", empty, empty)
	fmt.Printf("%#v %#v %#v\n", []ID{1, 2}, map[ID]bool{3: true}, &Point{})
	fmt.Printf("%v %+v\n", &s.Parts[0], []*Point{nil})
	fmt.Printf("%d %x %s\n", Point{10, 11}, Size{1, 2}, Point{})
	fmt.Printf("%v %#v\n", struct{ p Point }{}, struct{ P *Point }{})
}
