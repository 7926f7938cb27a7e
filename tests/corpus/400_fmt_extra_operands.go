//go:build ignore

// Operands a format leaves unused: fmt reports them as %!(EXTRA type=value),
// naming the types as the program declares them.
package main

import (
	"errors"
	"fmt"
	"os"
)

type Name string

type Point struct{ X, Y int }

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

type Pair[T any] struct{ A, B T }

type Fault struct{ Code int }

func (f *Fault) Error() string { return fmt.Sprint("fault ", f.Code) }

//cell

func main() {
	fmt.Printf("%d\n", 1, Point{2, 3})
	fmt.Printf("%s|\n", "a", Name("b"), []Name{"x"}, &Point{4, 5})
	var v any = Temp(21.5)
	var none any
	fmt.Printf("%v|\n", 1, v, none, Pair[int]{1, 2})
	s := fmt.Sprintf("%[1]d %d\n", 1, 2, Name("not reported"))
	fmt.Print(s)
	var err error = &Fault{7}
	e := fmt.Errorf("wrapped %w", errors.New("inner"), err)
	fmt.Println(e)
	fmt.Fprintf(os.Stdout, "%T\n", Point{}, Temp(3))
	fmt.Printf("no verbs\n", map[Name]int{"k": 1})
	fmt.Printf("%*d|\n", 5, 42, Name("w"))
	fmt.Printf("%d %d\n", 1, 2, 3)
}
