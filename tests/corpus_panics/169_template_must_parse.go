//go:build ignore

// template.Must of a template with an unclosed action, built by a helper.
package main

import (
	"fmt"
	"os"
	"text/template"
)

//cell

type Item struct {
	Name  string
	Price float64
}

func render(name, text string, data any) {
	t := template.Must(template.New(name).Parse(text))
	if err := t.Execute(os.Stdout, data); err != nil {
		fmt.Println("error:", err)
	}
	fmt.Println()
}

//cell

func main() {
	render("ok", "{{.Name}} costs {{.Price}}", Item{"pen", 1.5})
	render("bad", "{{.Name} costs {{.Price}}", Item{"cup", 3})
}
