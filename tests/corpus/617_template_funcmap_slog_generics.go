//go:build ignore

// A text/template over a generic page type calling a method and a
// FuncMap function that returns a Stringer cell type, and over pairs;
// slog text and JSON handlers logging generic values and groups.
package main

import (
	"fmt"
	"log/slog"
	"os"
	"strings"
	"text/template"
)

type Item struct {
	Name  string
	Price float64
}

func (i Item) Label() string { return strings.ToUpper(i.Name) }

type Page[T any] struct {
	Title string
	Rows  []T
	Meta  map[string]string
}

func (p Page[T]) Count() int { return len(p.Rows) }

type Money float64

func (m Money) String() string { return fmt.Sprintf("$%.2f", float64(m)) }

type Pair[K comparable, V any] struct {
	K K
	V V
}

//cell

func step1() {
	tmpl := template.Must(template.New("p").Funcs(template.FuncMap{"money": func(f float64) Money { return Money(f) }}).Parse(
		`{{.Title}} ({{.Count}} rows)
	{{range $i, $r := .Rows}}{{$i}}: {{$r.Label}} {{money $r.Price}}
	{{end}}{{with .Meta}}{{.env}}{{end}}
	`))
	err := tmpl.Execute(os.Stdout, Page[Item]{"Shop", []Item{{"pen", 1.5}, {"ink", 12}}, map[string]string{"env": "prod"}})
	fmt.Println(err)
	t2 := template.Must(template.New("q").Parse("{{range .}}{{.K}}={{.V}};{{end}}\n"))
	t2.Execute(os.Stdout, []Pair[string, Money]{{"a", 1}, {"b", 2.5}})
}

//cell

func step2() {
	h := slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{ReplaceAttr: func(groups []string, a slog.Attr) slog.Attr {
		if a.Key == slog.TimeKey {
			return slog.Attr{}
		}
		return a
	}})
	log := slog.New(h)
	log.Info("page", "p", Pair[string, int]{"x", 1}, "price", Money(3), slog.Group("item", "name", Item{"pen", 1}.Name, "label", Item{"pen", 1}.Label()))
	log.Warn("rows", slog.Any("rows", []Item{{"a", 1}}), slog.Int("n", 2))
	jl := slog.New(slog.NewJSONHandler(os.Stdout, &slog.HandlerOptions{ReplaceAttr: func(groups []string, a slog.Attr) slog.Attr {
		if a.Key == slog.TimeKey {
			return slog.Attr{}
		}
		return a
	}}))
	jl.Info("json", "pair", Pair[string, Money]{"m", 4}, "item", Item{"z", 9})
}

//cell

func main() {
	step1()
	step2()
}
