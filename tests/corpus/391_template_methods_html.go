//go:build ignore

// Methods of cell types in text/template and html/template: chains
// through fields, pointers, an any and a map, {{template}} and
// ExecuteTemplate, a panicking method, a nil pointer, a missing field.
package main

import (
	"fmt"
	htmltemplate "html/template"
	"os"
	"text/template"
)

//cell

type Item struct {
	Name  string
	price int
}

func (i Item) Price() string               { return fmt.Sprintf("$%d", i.price) }
func (i *Item) Discount(p float64) float64 { return float64(i.price) * p }
func (i Item) Tag() string                 { return "<b>" + i.Name + "</b>" }
func (i Item) Boom() string                { panic("boom") }

type Shop struct {
	Title string
	Items []Item
	Best  *Item
	Other any
	M     map[string]Item
}

func (s Shop) Count() int { return len(s.Items) }

//cell

func main() {
	s := Shop{Title: "T", Items: []Item{{"a", 1}, {"b", 2}}, Best: &Item{"z", 9}, Other: Item{"o", 5}, M: map[string]Item{"k": {"m", 3}}}
	t := template.Must(template.New("x").Parse(`{{.Title}} {{.Count}} {{range $i, $e := .Items}}{{$i}}={{$e.Price}},{{.Discount 0.5}} {{end}}{{.Best.Price}} {{.Best.Discount 2}} {{.Other.Price}} {{.M.k.Price}} {{(index .Items 1).Price}}
`))
	fmt.Println(t.Execute(os.Stdout, s))
	h := htmltemplate.Must(htmltemplate.New("h").Parse(`<p title="{{.Title}}">{{range .Items}}{{.Tag}}{{.Price}}{{end}}</p>{{template "sub" .Best}}{{define "sub"}}[{{.Tag}}]{{end}}
`))
	fmt.Println(h.Execute(os.Stdout, s))
	fmt.Println(h.ExecuteTemplate(os.Stdout, "sub", s.Best))
	t2 := template.Must(template.New("b").Parse("{{.Boom}}\n"))
	fmt.Println(t2.Execute(os.Stdout, Item{}))
	var np *Item
	t3 := template.Must(template.New("c").Parse("{{.Price}}\n"))
	fmt.Println(t3.Execute(os.Stdout, np))
	t4 := template.Must(template.New("d").Parse("{{.Nope}}\n"))
	fmt.Println(t4.Execute(os.Stdout, s))
	t5 := template.Must(template.New("e").Parse("{{.Count 1}}\n"))
	fmt.Println(t5.Execute(os.Stdout, s))
}
