//go:build ignore

// The interfaces tutorial every Go course has: animals that speak, shapes
// with areas, a zoo of them in slices and maps, type switches over them,
// and values of types declared without fields.
package main

import (
	"errors"
	"fmt"
	"math"
	"sort"
	"strings"
)

type Speaker interface {
	Speak() string
}

type Dog struct{}
type Cat struct{}
type Cow struct{}
type Robot struct{ Model string }

func (Dog) Speak() string     { return "Woof" }
func (Cat) Speak() string     { return "Meow" }
func (Cow) Speak() string     { return "Moo" }
func (r Robot) Speak() string { return "Beep from " + r.Model }

func (Cat) String() string { return "a cat" }

//cell

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Circle struct{ R float64 }
type Square struct{ S float64 }
type Rect struct{ W, H float64 }

func (c Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c Circle) Perimeter() float64 { return 2 * math.Pi * c.R }
func (s Square) Area() float64      { return s.S * s.S }
func (s Square) Perimeter() float64 { return 4 * s.S }
func (r Rect) Area() float64        { return r.W * r.H }
func (r Rect) Perimeter() float64   { return 2 * (r.W + r.H) }

type ByArea []Shape

func (a ByArea) Len() int           { return len(a) }
func (a ByArea) Less(i, j int) bool { return a[i].Area() < a[j].Area() }
func (a ByArea) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

//cell

type ErrEmpty struct{}
type ErrFull struct{}

func (ErrEmpty) Error() string { return "empty" }
func (ErrFull) Error() string  { return "full" }

type Cage struct {
	animals []Speaker
	max     int
}

func (c *Cage) Put(s Speaker) error {
	if len(c.animals) == c.max {
		return ErrFull{}
	}
	c.animals = append(c.animals, s)
	return nil
}

func (c *Cage) Take() (Speaker, error) {
	if len(c.animals) == 0 {
		return nil, fmt.Errorf("take: %w", ErrEmpty{})
	}
	s := c.animals[0]
	c.animals = c.animals[1:]
	return s, nil
}

func describe(s Speaker) string {
	switch v := s.(type) {
	case Dog:
		return "dog"
	case Cat:
		return "cat (" + v.String() + ")"
	case Robot:
		return "robot " + v.Model
	default:
		return fmt.Sprintf("something else: %T", v)
	}
}

//cell

func main() {
	zoo := []Speaker{Dog{}, Cat{}, Cow{}, Robot{"R2"}}
	for _, s := range zoo {
		fmt.Printf("%-12T %-18s %s\n", s, s.Speak(), describe(s))
	}
	fmt.Println(zoo)
	fmt.Printf("%v %+v %#v\n", zoo[0], zoo[1], zoo[3])
	fmt.Println(Speaker(Dog{}) == Speaker(Cat{}), Speaker(Dog{}) == Dog{}, any(Cow{}) == any(Cow{}))
	if _, ok := zoo[2].(Dog); !ok {
		fmt.Println("the third is no dog")
	}
	if st, ok := zoo[1].(fmt.Stringer); ok {
		fmt.Println("stringer:", st)
	}

	shapes := []Shape{Rect{3, 4}, Circle{1}, Square{2}, Circle{0.5}}
	sort.Sort(ByArea(shapes))
	var names []string
	total := 0.0
	for _, s := range shapes {
		names = append(names, fmt.Sprintf("%T(%.2f)", s, s.Area()))
		total += s.Perimeter()
	}
	fmt.Println(strings.Join(names, " < "))
	fmt.Printf("total perimeter %.3f\n", total)

	cage := &Cage{max: 2}
	for _, s := range zoo[:3] {
		if err := cage.Put(s); err != nil {
			var full ErrFull
			fmt.Println("put", describe(s), "failed:", err, errors.As(err, &full), errors.Is(err, ErrEmpty{}))
		}
	}
	for range 3 {
		s, err := cage.Take()
		switch {
		case errors.Is(err, ErrEmpty{}):
			fmt.Printf("take: %v (%T wraps %T)\n", err, err, errors.Unwrap(err))
		case err != nil:
			fmt.Println("unexpected", err)
		default:
			fmt.Println("took", describe(s))
		}
	}
}
