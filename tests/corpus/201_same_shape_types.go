//go:build ignore

package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
)

type Celsius float64
type Fahrenheit float64

func (c Celsius) String() string    { return fmt.Sprintf("%.1f°C", float64(c)) }
func (f Fahrenheit) String() string { return fmt.Sprintf("%.1f°F", float64(f)) }

func CToF(c Celsius) Fahrenheit { return Fahrenheit(c*9/5 + 32) }

type Color int
type Weekday int

func (c Color) String() string   { return [...]string{"red", "green", "blue"}[c] }
func (d Weekday) String() string { return [...]string{"Sun", "Mon", "Tue"}[d] }

//cell

type NotFound struct{ Name string }
type Denied struct{ Name string }

func (e *NotFound) Error() string { return e.Name + ": not found" }
func (e *Denied) Error() string   { return e.Name + ": permission denied" }

func open(name string) error {
	switch name {
	case "secret":
		return fmt.Errorf("open: %w", &Denied{name})
	case "missing":
		return &NotFound{name}
	}
	return nil
}

//cell

type Point struct{ X, Y int }
type Vec struct{ X, Y int }
type Tagged struct {
	ID   int `json:"id"`
	Note string
}
type Other struct {
	ID   int `json:"id"`
	Note string
}

func describe(v any) string {
	switch x := v.(type) {
	case Point:
		return fmt.Sprintf("point %d,%d", x.X, x.Y)
	case Vec:
		return fmt.Sprintf("vec %d,%d", x.X, x.Y)
	case *Point:
		return "pointer to point"
	case Celsius:
		return "celsius " + x.String()
	case Fahrenheit:
		return "fahrenheit " + x.String()
	}
	return fmt.Sprintf("other %T", v)
}

//cell

func main() {
	boiling := Celsius(100)
	fmt.Println(boiling, CToF(boiling))
	temps := []fmt.Stringer{Celsius(-40), CToF(-40), Color(2), Weekday(1)}
	fmt.Println(temps)
	for _, t := range temps {
		fmt.Printf("%v %s|", t, t)
	}
	fmt.Println()
	var s fmt.Stringer = Fahrenheit(451)
	fmt.Println(s, []any{Color(1), Weekday(1), Celsius(0)})
	fmt.Printf("%T %T %v\n", any(Weekday(2)), any(Color(0)), any(Weekday(2)))
	for _, name := range []string{"secret", "missing", "ok"} {
		err := open(name)
		var nf *NotFound
		var dn *Denied
		fmt.Println(name, errors.As(err, &nf), errors.As(err, &dn), err)
		if e, ok := err.(*NotFound); ok {
			fmt.Println("  asserted not found:", e.Name)
		}
		switch e := errors.Unwrap(err).(type) {
		case *NotFound:
			fmt.Println("  unwrapped not found", e.Name)
		case *Denied:
			fmt.Println("  unwrapped denied", e.Name)
		case nil:
			fmt.Println("  nothing wrapped")
		}
	}
	fmt.Printf("%T %T\n", open("secret"), open("missing"))
	p := Point{1, 2}
	v := Vec(p)
	var q Point = struct{ X, Y int }{3, 4}
	fmt.Println(describe(p), describe(v), describe(q), describe(&p), describe(Celsius(5)), describe(Fahrenheit(6)), describe(7))
	fmt.Println(any(p) == any(v), any(p) == any(Point{1, 2}), p == Point(v))
	seen := map[any]string{p: "point", v: "vec"}
	fmt.Println(len(seen), seen[Point{1, 2}], seen[Vec{1, 2}])
	fmt.Printf("%+v %+v %#v\n", p, v, q)
	a, _ := json.Marshal(Tagged{1, "a"})
	b, _ := json.Marshal(Other{2, "b"})
	fmt.Println(string(a), string(b))
	var t Tagged
	if err := json.Unmarshal([]byte(`{"id": 7, "Note": "n"}`), &t); err != nil {
		fmt.Println(err)
	}
	fmt.Printf("%+v %v\n", t, any(t) == any(Other{7, "n"}))
	fmt.Fprintln(os.Stdout, "done")
}
