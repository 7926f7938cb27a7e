//go:build ignore

// Formatting cell types: a fmt.Formatter honouring %v, %+v and %s, a
// String method on a pointer (used through a pointer field, not a value
// one), a GoString and Error on a named int, arrays of arrays, nil
// pointers, slices and maps of cell types, and errors.Join of them.
package main

import (
	"errors"
	"fmt"
	"strings"
)

//cell

type Vec struct{ X, Y float64 }

func (v Vec) Format(f fmt.State, verb rune) {
	switch verb {
	case 'v':
		if f.Flag('+') {
			fmt.Fprintf(f, "Vec(x=%g, y=%g)", v.X, v.Y)
			return
		}
		fmt.Fprintf(f, "(%g,%g)", v.X, v.Y)
	case 's':
		fmt.Fprint(f, "vec")
	default:
		fmt.Fprintf(f, "%%!%c(Vec)", verb)
	}
}

type Temp float64

func (t *Temp) String() string { return fmt.Sprintf("%.1f°", float64(*t)) }

type Code int

func (c Code) GoString() string { return fmt.Sprintf("Code(%d)", int(c)) }
func (c Code) Error() string    { return fmt.Sprintf("code %d", int(c)) }

type Cell struct {
	Pos   Vec
	T     Temp
	TP    *Temp
	C     Code
	Err   error
	Notes []string
	inner *Cell
}

type Grid [2][3]int

//cell

func step1() {
	t := Temp(21.5)
	c := Cell{Pos: Vec{1, 2.5}, T: 20, TP: &t, C: 7, Err: Code(3), Notes: []string{"a b", ""}}
	fmt.Printf("%v\n%+v\n", c, c)
	fmt.Printf("%s|%d|%v|%+v\n", c.Pos, c.Pos, []Vec{{1, 1}, {2, 2}}, map[string]Vec{"o": {}})
	fmt.Printf("%v %s %v\n", c.T, &c.T, c.TP)
	fmt.Printf("%#v %v %#v\n", c.C, c.C, []Code{1, 2})
	fmt.Println(c.Err, c.C, error(c.C))
	fmt.Printf("%q\n", c.Notes)
	var g Grid
	g[1][2] = 5
	fmt.Printf("%v %+v %#v\n", g, g, g)
	fmt.Printf("%v %x\n", [3]bool{true}, [2]string{"ab", "c"})
	var nilCell *Cell
	fmt.Printf("%v %+v\n", nilCell, nilCell)
	var ns []Cell
	var nm map[string]Cell
	fmt.Printf("%v %v %d %d %t\n", ns, nm, len(ns), len(nm), ns == nil)
	fmt.Printf("%#v %#v\n", ns, nm)
	e := errors.Join(Code(1), fmt.Errorf("wrapped %w", Code(2)))
	fmt.Printf("%v|%q\n", e, strings.ReplaceAll(e.Error(), "\n", "; "))
	var target Code
	fmt.Println(errors.As(e, &target), target, errors.Is(e, Code(2)))
	fmt.Printf("%5s|%-6v|%v\n", Code(4), Vec{3, 4}, struct {
		V Vec
		C Code
	}{Vec{0, 1}, 9})
	fmt.Println(fmt.Sprint(Vec{1, 2}, Vec{3, 4}), fmt.Sprintln("x", Code(5)))
}

//cell

func main() {
	step1()
}
