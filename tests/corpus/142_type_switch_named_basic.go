//go:build ignore

// Type switches on named basic types, interface cases and init statements.
package main

import (
	"errors"
	"fmt"
)

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Miles int

func (m Miles) String() string { return fmt.Sprintf("%d mi", int(m)) }

type Tags []string

func (t Tags) Len() int { return len(t) }

//cell

func kind(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case error:
		return "error " + x.Error()
	case Celsius:
		return "celsius " + x.String()
	case fmt.Stringer:
		return "stringer " + x.String()
	case float64:
		return fmt.Sprint("float64 ", x)
	case int:
		return fmt.Sprint("int ", x)
	case interface{ Len() int }:
		return fmt.Sprint("has Len ", x.Len())
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func lookup(i int) any {
	return []any{Celsius(20), 20.0, Miles(3), 3, Tags{"a", "b"}, []string{"c"}, errors.New("boom"), nil}[i]
}

//cell

func main() {
	for i := range 8 {
		fmt.Println(kind(lookup(i)))
	}
	for i := range 3 {
		switch v := lookup(i); x := v.(type) {
		case fmt.Stringer:
			fmt.Println("init stringer:", x)
		default:
			fmt.Println("init other:", x)
		}
	}
	var v any = 2.5
	_, isC := v.(Celsius)
	_, isF := v.(float64)
	fmt.Println(isC, isF)
}
