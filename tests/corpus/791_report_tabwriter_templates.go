//go:build ignore

// A sales report as a notebook grows it: rows in a struct type declared
// first, a text/tabwriter table with right-aligned numbers and the
// Debug flag, a text/template with a FuncMap, nested {{define}}
// templates called with {{template}} and {{block}}, range with $index,
// and a template helper fixed in a later cell (rounding was wrong).
package main

import (
	"fmt"
	"os"
	"strings"
	"text/tabwriter"
	"text/template"
)

type Row struct {
	Region string
	Rep    string
	Units  int
	Price  float64
}

func (r Row) Total() float64 { return float64(r.Units) * r.Price }

var rows = []Row{
	{"north", "ada", 12, 9.5},
	{"north", "bo", 3, 120},
	{"south", "cyd", 40, 2.25},
	{"east", "dmitri", 7, 33.333},
}

//cell

func table(flags uint) {
	w := tabwriter.NewWriter(os.Stdout, 0, 8, 2, ' ', flags)
	fmt.Fprintln(w, "region\trep\tunits\ttotal\t")
	for _, r := range rows {
		fmt.Fprintf(w, "%s\t%s\t%d\t%.2f\t\n", r.Region, r.Rep, r.Units, r.Total())
	}
	w.Flush()
}

//cell

var money = func(f float64) string { return fmt.Sprintf("$%d", int(f)) }

const page = `{{define "row"}}{{.Rep | printf "%-7s"}} {{money .Total}}{{end}}
{{- define "footer"}}-- {{len .}} rows --{{end}}
{{- range $i, $r := .}}{{if $i}}
{{end}}{{$i}}. {{template "row" $r}}{{if gt $r.Units 10}} (bulk){{end}}{{end}}
{{block "summary" .}}{{template "footer" .}}{{end}}
{{with index . 1}}second: {{.Rep | upper}}{{end}}
{{- /* a comment */ -}}
{{range .}}{{if eq .Region "north" "east"}} {{.Region}}{{else}} other{{end}}{{end}}
`

func render() {
	t := template.Must(template.New("page").Funcs(template.FuncMap{
		"money": func(f float64) string { return money(f) },
		"upper": strings.ToUpper,
	}).Parse(page))
	if err := t.Execute(os.Stdout, rows); err != nil {
		fmt.Println("error:", err)
	}
	fmt.Println(t.Lookup("row") != nil, t.Lookup("nope") == nil, t.Name())
}

//cell

func main() {
	table(0)
	table(tabwriter.AlignRight | tabwriter.Debug)
	render()
	// the fix: round to cents instead of truncating to dollars
	money = func(f float64) string { return fmt.Sprintf("$%.2f", f) }
	render()

	bad := template.Must(template.New("bad").Parse("{{.Missing}}\n"))
	err := bad.Execute(os.Stdout, rows[0])
	fmt.Println("err:", err != nil, strings.Contains(err.Error(), "Missing"))
	var sb strings.Builder
	template.Must(template.New("m").Option("missingkey=zero").Parse("[{{.a}}|{{.b}}]")).Execute(&sb, map[string]int{"a": 1})
	fmt.Println(sb.String())
}
