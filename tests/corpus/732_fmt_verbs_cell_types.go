//go:build ignore

// fmt verbs on notebook types: %v %+v %#v %T on structs, pointers to
// structs, nested maps and slices of notebook types, named basic types,
// %q %x %X on strings and byte slices of notebook types, %08.3f and
// width and precision taken from arguments (%*d, %.*f, %-*s), and the
// bad-verb and missing-argument forms.
package main

import "fmt"

type Celsius float64

type Tag string

type Flags uint8

type Point struct {
	X, Y int
}

type Box struct {
	Min, Max Point
	Label    Tag
	Hidden   bool
	weight   float64
}

type Scene struct {
	Name   string
	Boxes  []Box
	ByName map[Tag]*Point
	Origin *Point
	Temps  [3]Celsius
	Any    any
	Raw    []byte
}

//cell

func main() {
	p := Point{1, -2}
	b := Box{Min: p, Max: Point{3, 4}, Label: "door", weight: 2.5}
	fmt.Printf("%v|%+v|%#v|%T\n", p, p, p, p)
	fmt.Printf("%v\n%+v\n%#v\n", b, b, b)
	fmt.Printf("%v %+v %T\n", &p, &b, &b)
	s := Scene{
		Name:   "lab",
		Boxes:  []Box{b, {Label: `q"t`}},
		ByName: map[Tag]*Point{"b": {5, 6}, "a": {7, 8}},
		Origin: &Point{},
		Temps:  [3]Celsius{-1.5, 0, 21.25},
		Any:    Flags(5),
		Raw:    []byte("hi"),
	}
	fmt.Printf("%v\n", s.Boxes)
	fmt.Printf("%+v\n", s.Temps)
	fmt.Printf("%#v\n", s.Temps)
	fmt.Printf("%v %d\n", *s.ByName["a"], len(s.ByName))
	fmt.Printf("%#v %T\n", s.Any, s.Any)
	fmt.Printf("%#v %x %X %q\n", s.Raw, s.Raw, s.Raw, s.Raw)
	fmt.Printf("%T %T %T %T\n", s.ByName, s.Boxes, s.Temps, s.Origin)
	fmt.Printf("%q %v %#v %x\n", b.Label, b.Label, b.Label, b.Label)
	fmt.Printf("%08.3f|%-8.2f|%+.1e|%g\n", s.Temps[2], s.Temps[0], s.Temps[2], s.Temps[0])
	fmt.Printf("%08b %o %#o %#x %X %c %U\n", Flags(5), Flags(9), Flags(9), Flags(255), Flags(171), rune(0x263A), rune(0x263A))
	fmt.Printf("[%*d] [%-*d] [%.*f] [%*.*f]\n", 6, 42, 6, 42, 2, 3.14159, 9, 3, 2.71828)
	fmt.Printf("[%*s] [%-*s] [%.*s]\n", 5, Tag("ab"), 5, Tag("cd"), 2, Tag("efgh"))
	fmt.Printf("%!|%z|%d\n", p, "x")
	fmt.Printf("%d %s\n", 1)
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%[2]d %[1]d %d\n", 10, 20)
	fmt.Printf("%v %v\n", []*Point{nil}[0], map[string]Box(nil))
	fmt.Printf("%v %+v\n", []any{p, Tag("t"), Celsius(1), &p}[:3], struct {
		A Point
		B *Box
	}{p, nil})
	fmt.Printf("%t %v %5t|\n", b.Hidden, !b.Hidden, true)
	fmt.Println(fmt.Sprint(p, b.Label, 3, 4, "x", Tag("y"), Celsius(2)))
	fmt.Println(fmt.Sprintln(p, Tag("z")) == "{1 -2} z\n")
	fmt.Printf("%6.2v|%10v|%-10v|\n", Celsius(3.14159), p, p)
	fmt.Printf("%x % x %#x\n", "héllo", "héllo", Tag("ok"))
}
