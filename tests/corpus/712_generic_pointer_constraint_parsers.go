//go:build ignore

// A pointer-method constraint (interface{ *T; Parse(string) error })
// with explicit partial instantiation, for a cell struct and a defined
// float type declared in a later cell; an instantiated generic function
// as a value.
package main

import (
	"fmt"
	"strconv"
	"strings"
)

//cell

type Parser[T any] interface {
	*T
	Parse(string) error
}

func ParseAll[T any, PT Parser[T]](lines []string) ([]T, error) {
	out := make([]T, len(lines))
	for i, l := range lines {
		if err := PT(&out[i]).Parse(l); err != nil {
			return out[:i], fmt.Errorf("line %d: %w", i+1, err)
		}
	}
	return out, nil
}

type Point struct{ X, Y int }

func (p *Point) Parse(s string) error {
	a, b, ok := strings.Cut(s, ",")
	if !ok {
		return fmt.Errorf("no comma in %q", s)
	}
	var err error
	if p.X, err = strconv.Atoi(a); err != nil {
		return err
	}
	p.Y, err = strconv.Atoi(b)
	return err
}

//cell

func step1() {
	pts, err := ParseAll[Point]([]string{"1,2", "3,4"})
	fmt.Println(pts, err)
	pts, err = ParseAll[Point]([]string{"5,6", "x"})
	fmt.Println(pts, err)
}

//cell

type Temp float64

func (t *Temp) Parse(s string) error {
	f, err := strconv.ParseFloat(strings.TrimSuffix(s, "C"), 64)
	*t = Temp(f)
	return err
}

func (t Temp) String() string { return strconv.FormatFloat(float64(t), 'f', 1, 64) + "°C" }

//cell

func step2() {
	temps, err := ParseAll[Temp](strings.Fields("21.5C 19C 23.25C"))
	fmt.Println(temps, err)
	fmt.Printf("%v %T %T\n", temps[0], temps, ParseAll[Temp])
	conv := ParseAll[Point, *Point]
	more, _ := conv([]string{"7,8"})
	fmt.Printf("%+v\n", more)
}

//cell

func main() {
	step1()
	step2()
}
