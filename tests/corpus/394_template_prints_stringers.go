//go:build ignore

// Templates print values of cell types as fmt does in a Go program: a
// Stringer with {{.}}, in a range, a field's String, through a pointer
// and an any, a slice of them, printf's arguments, html/template.
package main

import (
	"fmt"
	htmltemplate "html/template"
	"os"
	"text/template"
)

//cell

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°", float64(t)) }

type City struct {
	Name string
	T    Temp
}

type Tag struct{ V string }

func (t Tag) String() string { return "#" + t.V }

type Ref struct{ ID int }

func (r *Ref) String() string { return fmt.Sprint("ref-", r.ID) }

type Page struct {
	City City
	Tags []Tag
	Refs []Ref
	Any  any
	Ptr  *Tag
}

//cell

func main() {
	p := Page{City{"Oslo", 3}, []Tag{{"a"}, {"<b>"}}, []Ref{{1}}, Tag{"z"}, &Tag{"p"}}
	t := template.Must(template.New("x").Parse("{{.City}} {{range .Tags}}{{.}},{{end}} {{range .Refs}}{{.}}{{end}} {{.Any}} {{.Ptr}} {{.Tags}} {{printf \"%v\" .City}} {{$x := .City}}{{$x.Name}}\n"))
	fmt.Println(t.Execute(os.Stdout, p))
	h := htmltemplate.Must(htmltemplate.New("h").Parse("<i>{{range .Tags}}{{.}}{{end}}</i>\n"))
	fmt.Println(h.Execute(os.Stdout, p))
}
