//go:build ignore

// A template function divides by zero; text/template turns the panic into
// an error of Execute, which the program passes to panic.
package main

import (
	"os"
	"strings"
	"text/template"
)

//cell

var funcs = template.FuncMap{
	"per": func(total, n int) int { return total / n },
	"up":  strings.ToUpper,
}

func render(text string, data any) {
	t := template.Must(template.New("row").Funcs(funcs).Parse(text))
	if err := t.Execute(os.Stdout, data); err != nil {
		panic(err)
	}
}

//cell

func main() {
	const row = "{{up .Name}}: {{per .Total .N}}\n"
	render(row, map[string]any{"Name": "ann", "Total": 12, "N": 4})
	render(row, map[string]any{"Name": "bob", "Total": 5, "N": 0})
}
