//go:build ignore

// Type switches: concrete types, interface types, nil and multiple types per case.
package main

import (
	"errors"
	"fmt"
)

type Stringer interface{ String() string }

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°", float64(t)) }

//cell

func whatAmI(i any) string {
	switch t := i.(type) {
	case nil:
		return "nil"
	case bool:
		return fmt.Sprintf("bool %v", t)
	case int, int64:
		return fmt.Sprintf("integer %v", t)
	case string:
		return "string of length " + fmt.Sprint(len(t))
	case error:
		return "error: " + t.Error()
	case Stringer:
		return "stringer: " + t.String()
	case []int:
		return fmt.Sprintf("slice of %d ints", len(t))
	default:
		return fmt.Sprintf("don't know type %T", t)
	}
}

//cell

func main() {
	for _, v := range []any{true, 42, int64(7), "hey", errors.New("boom"), Temp(21.5), []int{1, 2}, 3.5, nil} {
		fmt.Println(whatAmI(v))
	}
}
