//go:build ignore

// Invoices rendered with text/template: a FuncMap of helpers (money
// formatting, padding, a line total taking a cell struct), range over a
// slice of cell structs and a map of them, with/else, nested templates
// defined and called by name, and variables in range.
package main

import (
	"fmt"
	"os"
	"strings"
	"text/template"
)

type Line struct {
	SKU   string
	Desc  string
	Qty   int
	Cents int
}

type Customer struct {
	Name    string
	Country string
	VIP     bool
}

type Invoice struct {
	Number   string
	Customer Customer
	Lines    []Line
	Notes    map[string]string
	Discount int
}

func money(cents int) string {
	sign := ""
	if cents < 0 {
		sign, cents = "-", -cents
	}
	return fmt.Sprintf("%s%d.%02d", sign, cents/100, cents%100)
}

func lineTotal(l Line) int { return l.Qty * l.Cents }

var funcs = template.FuncMap{
	"money": money,
	"total": lineTotal,
	"pad":   func(n int, s string) string { return s + strings.Repeat(" ", max(0, n-len(s))) },
	"upper": strings.ToUpper,
	"add":   func(a, b int) int { return a + b },
}

//cell

const layout = `{{define "head"}}INVOICE {{.Number}} for {{.Customer.Name | upper}}{{if .Customer.VIP}} (vip){{end}}
{{end}}{{define "line"}}{{pad 8 .SKU}}{{pad 14 .Desc}}{{printf "%3d" .Qty}} x {{money .Cents}} = {{total . | money}}{{end}}{{template "head" .}}
{{- range $i, $l := .Lines}}
{{add $i 1}}. {{template "line" $l}}
{{- else}}
(no lines)
{{- end}}
{{with .Notes}}notes:{{range $k, $v := .}} {{$k}}={{$v}}{{end}}{{else}}no notes{{end}}
{{if gt .Discount 0}}discount: {{money .Discount}}{{end}}
`

var tmpl = template.Must(template.New("invoice").Funcs(funcs).Parse(layout))

func subtotal(inv Invoice) int {
	s := 0
	for _, l := range inv.Lines {
		s += lineTotal(l)
	}
	return s
}

var invoices = []Invoice{
	{
		Number:   "2024-001",
		Customer: Customer{"Acme", "DE", true},
		Lines: []Line{
			{"BLT-10", "bolts", 100, 12},
			{"NUT-10", "nuts", 100, 5},
			{"DRL-01", "drill", 1, 8999},
		},
		Notes:    map[string]string{"ship": "express", "po": "A-17"},
		Discount: 500,
	},
	{Number: "2024-002", Customer: Customer{Name: "Bo's Bikes", Country: "NL"}},
}

//cell

func render(inv Invoice) {
	if err := tmpl.Execute(os.Stdout, inv); err != nil {
		fmt.Println("error:", err)
	}
	fmt.Println("subtotal:", money(subtotal(inv)-inv.Discount))
}

func main() {
	for _, inv := range invoices {
		render(inv)
	}
	byCountry := map[string][]Customer{}
	for _, inv := range invoices {
		byCountry[inv.Customer.Country] = append(byCountry[inv.Customer.Country], inv.Customer)
	}
	t := template.Must(template.New("c").Parse(`{{range $c, $cs := .}}{{$c}}:{{range $cs}} {{.Name}}{{end}}
{{end}}`))
	t.Execute(os.Stdout, byCountry)
	bad := template.Must(template.New("bad").Funcs(funcs).Parse(`{{money .Nope}}`))
	fmt.Println(bad.Execute(os.Stdout, invoices[0].Lines[0]))
	_, err := template.New("x").Parse("{{if}}")
	fmt.Println(err)
	var sb strings.Builder
	template.Must(template.New("j").Parse(`{{len .}} lines, first {{(index . 0).SKU}}`)).Execute(&sb, invoices[0].Lines)
	fmt.Println(sb.String())
}
