//go:build ignore

// Templates over cell types: a method through a slice of a cell
// interface (value and pointer receivers), a method and a field promoted
// from an embedded struct.
package main

import (
	"fmt"
	"os"
	"text/template"
)

//cell

type Shape interface{ Area() float64 }

type Sq struct{ S float64 }

func (s Sq) Area() float64 { return s.S * s.S }

type Circle struct{ R float64 }

func (c *Circle) Area() float64 { return 3 * c.R * c.R }

type Base struct{ ID int }

func (b Base) Key() string { return fmt.Sprint("k", b.ID) }

type Doc struct {
	Base
	Title string
}

//cell

func main() {
	shapes := []Shape{Sq{2}, &Circle{1}}
	t := template.Must(template.New("s").Parse("{{range .}}{{.Area}} {{end}}\n"))
	fmt.Println(t.Execute(os.Stdout, shapes))
	d := template.Must(template.New("d").Parse("{{.Key}} {{.Base.Key}} {{.ID}} {{.Title}}\n"))
	fmt.Println(d.Execute(os.Stdout, Doc{Base{7}, "t"}))
}
