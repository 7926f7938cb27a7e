//go:build ignore

// String() and Error() methods used by fmt, with value and pointer receivers.
package main

import (
	"errors"
	"fmt"
)

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string {
	switch c {
	case Red:
		return "Red"
	case Green:
		return "Green"
	case Blue:
		return "Blue"
	}
	return fmt.Sprintf("Color(%d)", int(c))
}

//cell

type Point struct{ X, Y int }

func (p *Point) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

type MyErr struct{ Code int }

func (e MyErr) Error() string { return fmt.Sprintf("my error %d", e.Code) }

type Both struct{}

func (Both) String() string { return "string wins?" }
func (Both) Error() string  { return "error wins" }

//cell

type Wrapper struct {
	C Color
	P Point
}

//cell

func main() {
	fmt.Println(Red, Blue, Color(7))
	fmt.Printf("%v %s %d %q\n", Green, Green, Green, Green)
	cs := []Color{Blue, Red}
	fmt.Println(cs)
	m := map[Color]int{Red: 1}
	fmt.Println(m)
	p := Point{1, 2}
	fmt.Println(p, &p)
	var err error = MyErr{7}
	fmt.Println(err)
	fmt.Printf("%v %s %+v\n", err, err, MyErr{3})
	fmt.Println(Both{})
	fmt.Println(Wrapper{Blue, p})
	fmt.Printf("%+v\n", Wrapper{Green, p})
	fmt.Println(errors.New("plain"), fmt.Sprint(Red)+"!")
	var s fmt.Stringer = Blue
	fmt.Println(s.String())
}
