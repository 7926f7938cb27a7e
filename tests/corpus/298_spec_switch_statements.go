//go:build ignore

// Switch statements as the spec describes them: cases are evaluated top to
// bottom and left to right and stop at the first match, fallthrough enters
// the next clause without testing it, a missing condition means true, the
// init statement scopes a variable to the switch, and a type switch clause
// listing several types binds the variable with the interface's type.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
)

type Shape interface{ Area() float64 }
type Sq struct{ S float64 }
type Circ struct{ R float64 }

func (s Sq) Area() float64    { return s.S * s.S }
func (c *Circ) Area() float64 { return 3 * c.R * c.R }

var evals []string

func val(tag string, v int) int {
	evals = append(evals, tag)
	return v
}

//cell

func grade(n int) string {
	switch {
	case n >= 90:
		return "A"
	case n >= 80:
		return "B"
	case n < 0, n > 100:
		return "invalid"
	default:
		return "C"
	}
}

func falls(n int) []string {
	var out []string
	switch n {
	case 0:
		out = append(out, "zero")
		fallthrough
	case 1:
		out = append(out, "one")
		fallthrough
	case 100:
		out = append(out, "hundred(no test)")
	case 2:
		out = append(out, "two")
	default:
		out = append(out, "default")
		fallthrough
	case 3:
		out = append(out, "three")
	}
	return out
}

func classify(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %T %v", x, x)
	case string:
		return "string len " + strconv.Itoa(len(x))
	case error:
		return "error " + x.Error()
	case Shape:
		return fmt.Sprintf("shape %.1f", x.Area())
	case []int:
		return fmt.Sprint("ints ", len(x), x == nil)
	case func() int:
		return fmt.Sprint("func ", x())
	default:
		return fmt.Sprintf("other %T", x)
	}
}

//cell

func firstMatch(n int) string {
	evals = evals[:0]
	switch n {
	case val("a", 1), val("b", 2):
		return fmt.Sprint("small ", evals)
	case val("c", 3):
		return fmt.Sprint("three ", evals)
	}
	return fmt.Sprint("none ", evals)
}

func loopBreak() []int {
	var got []int
outer:
	for i := 0; i < 10; i++ {
		switch {
		case i%2 == 0:
			continue
		case i > 6:
			break outer
		case i == 3:
			break
		default:
			got = append(got, i*10)
		}
		got = append(got, i)
	}
	return got
}

//cell

func main() {
	for _, n := range []int{95, 85, 50, -5, 101} {
		fmt.Print(grade(n), " ")
	}
	fmt.Println()
	for _, n := range []int{0, 1, 2, 3, 7} {
		fmt.Println(n, falls(n))
	}
	var nilSlice []int
	var sq Shape = Sq{2}
	var nilShape Shape
	vals := []any{nil, 42, int64(7), "héllo", io.EOF, sq, &Circ{1}, Circ{1}, nilSlice,
		func() int { return 5 }, 3.5, nilShape, os.ErrNotExist}
	for _, v := range vals {
		fmt.Println(classify(v))
	}
	fmt.Println(firstMatch(1), firstMatch(2), firstMatch(3), firstMatch(4))
	fmt.Println(loopBreak())

	x := 1
	switch x := 5; x * 2 {
	case 10:
		fmt.Println("x is", x)
	}
	fmt.Println("outer x", x)

	switch err := fmt.Errorf("wrap: %w", io.ErrUnexpectedEOF); {
	case errors.Is(err, io.EOF):
		fmt.Println("eof")
	case errors.Is(err, io.ErrUnexpectedEOF):
		fmt.Println("unexpected:", err)
	}

	var e error
	switch e {
	case nil:
		fmt.Println("nil error")
	}

	switch s := sq.(type) {
	case Sq, *Circ:
		fmt.Printf("%T %v\n", s, s.Area())
	}

	var iface any = uint8(3)
	switch iface {
	case 3:
		fmt.Println("int 3")
	case uint8(3):
		fmt.Println("uint8 3")
	}
	switch c := 'x'; c {
	case 'a', 'e', 'i', 'o', 'u':
		fmt.Println("vowel")
	case 'x':
		fmt.Printf("%c %T\n", c, c)
	}
}
