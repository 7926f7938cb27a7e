//go:build ignore

// text/template: fields, conditionals, ranges, functions and nested templates.
package main

import (
	"os"
	"strings"
	"text/template"
)

type Inventory struct {
	Material string
	Count    uint
	Items    []string
	Prices   map[string]float64
}

//cell

const tmpl = `{{.Count}} items are made of {{.Material}}
{{range $i, $e := .Items}}{{if $i}}, {{end}}{{$e | upper}}{{end}}
{{if gt .Count 10}}many{{else}}few{{end}}
{{range $k, $v := .Prices}}{{$k}}={{printf "%.2f" $v}};{{end}}
{{with .Material}}material: {{.}}{{end}}
{{define "T"}}[{{.}}]{{end}}{{template "T" "nested"}}
{{len .Items}} {{index .Items 1}} {{- " trimmed" }}
`

//cell

func main() {
	funcs := template.FuncMap{"upper": strings.ToUpper}
	t := template.Must(template.New("inv").Funcs(funcs).Parse(tmpl))
	inv := Inventory{"wool", 17, []string{"hat", "scarf", "sock"}, map[string]float64{"sock": 2.5, "hat": 10}}
	if err := t.Execute(os.Stdout, inv); err != nil {
		panic(err)
	}
	_, err := template.New("bad").Parse("{{.Missing")
	os.Stdout.WriteString(err.Error() + "\n")
	err = template.Must(template.New("x").Parse("{{.Nope}}\n")).Execute(os.Stdout, inv)
	os.Stdout.WriteString(err.Error() + "\n")
}
