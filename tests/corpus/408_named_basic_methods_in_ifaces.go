//go:build ignore

// Named basic types with methods, held by interfaces of the standard
// library (fmt.Stringer, error, sort.Interface's elements): two types of
// one underlying type and equal values stay two types to %T, ==,
// assertions, type switches, map keys and errors.As.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

//cell

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Fahrenheit float64

func (f Fahrenheit) String() string { return fmt.Sprintf("%.1f°F", float64(f)) }

type NotFound int

func (n NotFound) Error() string { return fmt.Sprintf("not found: %d", int(n)) }

type Forbidden int

func (f Forbidden) Error() string { return fmt.Sprintf("forbidden: %d", int(f)) }

type Word string

func (w Word) String() string { return strings.ToUpper(string(w)) }

//cell

func kind(s fmt.Stringer) string {
	switch v := s.(type) {
	case Celsius:
		return "C " + v.String()
	case Fahrenheit:
		return "F " + v.String()
	default:
		return fmt.Sprintf("other %T", v)
	}
}

func lookup(id int) error {
	if id%2 == 0 {
		return fmt.Errorf("lookup %d: %w", id, NotFound(id))
	}
	return fmt.Errorf("lookup %d: %w", id, Forbidden(id))
}

//cell

func main() {
	var a fmt.Stringer = Celsius(20)
	var b fmt.Stringer = Fahrenheit(20)
	fmt.Printf("%T %T %v %v\n", a, b, a == b, a == Celsius(20))
	_, isC := b.(Celsius)
	_, isF := b.(Fahrenheit)
	fmt.Println(isC, isF)
	for _, s := range []fmt.Stringer{a, b, Word("go")} {
		fmt.Println(kind(s))
	}

	seen := map[fmt.Stringer]int{}
	for _, s := range []fmt.Stringer{Celsius(1), Fahrenheit(1), Celsius(1), Word("a")} {
		seen[s]++
	}
	fmt.Println(len(seen), seen[Celsius(1)], seen[Fahrenheit(1)], seen[Word("a")])

	var e1, e2 error = NotFound(3), Forbidden(3)
	fmt.Println(e1 == e2, e1 == NotFound(3), errors.Is(e1, NotFound(3)), errors.Is(e2, NotFound(3)))
	for id := range 4 {
		err := lookup(id)
		var nf NotFound
		var fb Forbidden
		fmt.Println(err, errors.As(err, &nf), int(nf), errors.As(err, &fb), int(fb))
	}

	temps := []fmt.Stringer{Fahrenheit(3), Celsius(2), Fahrenheit(1)}
	sort.Slice(temps, func(i, j int) bool { return temps[i].String() < temps[j].String() })
	fmt.Println(temps)
	fmt.Printf("%v %s %d\n", Celsius(5), Word("x"), NotFound(7))
}
