//go:build ignore

// A report rendered with text/template from a notebook's structs: range
// with else, if/else if chains, with, nested ranges, variables, pipelines
// with printf, custom functions, index, and a template defined and called
// with a cell struct as its data.
package main

import (
	"fmt"
	"os"
	"strings"
	"text/template"
)

type Line struct {
	SKU   string
	Qty   int
	Price float64
	Notes []string
}

type Customer struct {
	Name  string
	Email string
	VIP   bool
}

type Order struct {
	ID       int
	Customer *Customer
	Lines    []Line
	Tags     map[string]string
	Discount float64
}

func total(ls []Line) float64 {
	t := 0.0
	for _, l := range ls {
		t += float64(l.Qty) * l.Price
	}
	return t
}

//cell

const report = `{{define "line"}}{{printf "%-6s" .SKU}} x{{.Qty}} @ {{printf "%.2f" .Price}}{{range .Notes}} [{{.}}]{{end}}{{end -}}
Order #{{.ID}}
{{with .Customer}}Customer: {{.Name}}{{if .VIP}} (VIP){{end}}{{with .Email}} <{{.}}>{{else}} <no email>{{end}}{{else}}Customer: guest{{end}}
{{range $i, $l := .Lines}}{{if $i}}
{{end}}{{add1 $i}}. {{template "line" $l}}{{else}}no lines{{end}}
Total: {{total .Lines | printf "%.2f"}}{{if gt .Discount 0.0}} less {{.Discount | percent}}{{end}}
{{range $k, $v := .Tags}}{{$k}}={{$v}} {{end}}
{{- if eq (len .Lines) 0}}empty{{else if lt (len .Lines) 3}}small{{else}}large{{end}} order, first SKU {{with index .Lines 0}}{{.SKU | lower}}{{end}}
`

var funcs = template.FuncMap{
	"add1":    func(i int) int { return i + 1 },
	"total":   total,
	"percent": func(f float64) string { return fmt.Sprintf("%.0f%%", f*100) },
	"lower":   strings.ToLower,
}

//cell

func main() {
	t := template.Must(template.New("report").Funcs(funcs).Parse(report))
	orders := []Order{
		{
			ID:       1001,
			Customer: &Customer{Name: "Ann", Email: "ann@example.com", VIP: true},
			Lines: []Line{
				{SKU: "PEN", Qty: 3, Price: 1.5},
				{SKU: "DESK", Qty: 1, Price: 120, Notes: []string{"fragile", "heavy"}},
				{SKU: "CUP", Qty: 2, Price: 4.25},
			},
			Tags:     map[string]string{"b": "2", "a": "1"},
			Discount: 0.1,
		},
		{ID: 1002, Customer: &Customer{Name: "Bo"}, Lines: []Line{{SKU: "INK", Qty: 10, Price: 0.99}}},
	}
	for _, o := range orders {
		if err := t.Execute(os.Stdout, o); err != nil {
			fmt.Println("error:", err)
		}
		fmt.Println("---")
	}
	err := t.Execute(os.Stdout, Order{ID: 1003})
	fmt.Println()
	fmt.Println("error:", err)

	list := template.Must(template.New("list").Parse(`{{range .}}{{.Name}}{{if .VIP}}*{{end}};{{end}}` + "\n"))
	list.Execute(os.Stdout, []Customer{{Name: "A", VIP: true}, {Name: "B"}})
	list.Execute(os.Stdout, map[string]Customer{"x": {Name: "X"}, "y": {Name: "Y", VIP: true}})
	var sb strings.Builder
	template.Must(template.New("p").Parse("{{.Customer.Name}} has {{len .Lines}} lines")).Execute(&sb, &orders[0])
	fmt.Println(sb.String())
}
