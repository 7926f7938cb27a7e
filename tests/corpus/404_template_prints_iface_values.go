//go:build ignore

// A template prints a cell type's value held in an interface as Go
// does: not addressable (no pointer method String), a pointer held in a
// cell interface through the pointer (&{4}), one in an empty interface
// through its value; and the results of index, and, or.

package main

import (
	"fmt"
	"html/template"
	"os"
	ttemplate "text/template"
)

//cell

type Shape interface{ Area() float64 }

type Sq struct{ S float64 }

func (s Sq) Area() float64   { return s.S * s.S }
func (s *Sq) String() string { return fmt.Sprintf("Sq[%g]", s.S) }

type Tri struct{ N int }

func (t Tri) Area() float64 { return 1 }

type Circ struct{ R int }

func (c Circ) Area() float64  { return 3 * float64(c.R*c.R) }
func (c Circ) String() string { return fmt.Sprintf("C<%d>", c.R) }

//cell

func main() {
	t := ttemplate.Must(ttemplate.New("t").Parse("{{range .}}{{.}} {{end}}\n"))
	fmt.Println(t.Execute(os.Stdout, []Shape{Sq{2}, &Sq{3}, Circ{1}, &Tri{4}, Tri{5}, &Circ{6}}))
	fmt.Println(t.Execute(os.Stdout, []any{Sq{2}, &Sq{3}, Circ{1}, &Tri{4}, Tri{5}, &Circ{6}}))
	t2 := ttemplate.Must(ttemplate.New("t").Parse("{{index . 0}} {{index . 1}} {{and 1 (index . 0)}}\n"))
	fmt.Println(t2.Execute(os.Stdout, []Shape{Circ{2}, &Sq{3}}))
	t3 := ttemplate.Must(ttemplate.New("t").Parse("{{index . 0}} {{index . 1}} {{or 0 (index . 0)}}\n"))
	fmt.Println(t3.Execute(os.Stdout, map[int]Circ{0: {5}, 1: {6}}))
	h := template.Must(template.New("h").Parse("<p>{{index . 0}}{{index . 1}}{{and 1 (index . 0)}}</p>\n"))
	fmt.Println(h.Execute(os.Stdout, []Shape{Circ{2}, &Sq{3}}))
}
