//go:build ignore

// text/template over notebook types: methods called from the template
// (value and pointer receivers), range over a slice of structs with
// $index and else, a FuncMap of notebook functions, nested templates,
// with/if/printf, and an execution error from a method that fails.
package main

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"text/template"
)

type Line struct {
	SKU   string
	Qty   int
	Cents int
}

func (l Line) Total() int { return l.Qty * l.Cents }

func (l Line) Money(c int) string { return fmt.Sprintf("$%d.%02d", c/100, c%100) }

type Invoice struct {
	Number   int
	Customer *Customer
	Lines    []Line
	Notes    map[string]string
}

type Customer struct {
	Name  string
	Email string
	VIP   bool
}

func (c *Customer) Greeting() string {
	if c.VIP {
		return "Dear valued " + c.Name
	}
	return "Hello " + c.Name
}

func (inv Invoice) Sum() (int, error) {
	s := 0
	for _, l := range inv.Lines {
		if l.Qty < 0 {
			return 0, errors.New("negative quantity for " + l.SKU)
		}
		s += l.Total()
	}
	return s, nil
}

//cell

func cents(c int) string { return fmt.Sprintf("%d.%02d", c/100, c%100) }

func pad(n int, s string) string {
	if len(s) >= n {
		return s
	}
	return s + strings.Repeat(".", n-len(s))
}

var funcs = template.FuncMap{
	"cents": cents,
	"pad":   pad,
	"upper": strings.ToUpper,
	"add":   func(a, b int) int { return a + b },
}

const tmpl = `{{define "line"}}{{add .I 1}}. {{pad 10 .L.SKU}} {{printf "%3d" .L.Qty}} x {{cents .L.Cents}} = {{.L.Money .L.Total}}{{end -}}
Invoice #{{.Number}} for {{.Customer.Name | upper}}
{{.Customer.Greeting}},
{{range $i, $l := .Lines}}{{template "line" (dict $i $l)}}
{{else}}(no lines)
{{end}}{{with .Notes}}notes:{{range $k, $v := .}} {{$k}}={{$v}}{{end}}
{{end}}{{if .Customer.VIP}}VIP{{else}}regular{{end}} total {{cents .Sum}}
`

type pair struct {
	I int
	L Line
}

//cell

func main() {
	funcs["dict"] = func(i int, l Line) pair { return pair{i, l} }
	t := template.Must(template.New("inv").Funcs(funcs).Parse(tmpl))
	inv := Invoice{
		Number:   42,
		Customer: &Customer{Name: "ada", VIP: true},
		Lines:    []Line{{"pen", 3, 199}, {"notebook", 1, 1250}, {"ink-cartridge", 12, 75}},
		Notes:    map[string]string{"ship": "ground", "gift": "no"},
	}
	if err := t.Execute(os.Stdout, inv); err != nil {
		fmt.Println("error:", err)
	}
	empty := Invoice{Number: 7, Customer: &Customer{Name: "bob"}}
	var sb strings.Builder
	if err := t.Execute(&sb, empty); err != nil {
		fmt.Println("error:", err)
	}
	fmt.Print(sb.String())
	bad := Invoice{Number: 9, Customer: &Customer{Name: "eve"}, Lines: []Line{{"x", -1, 5}}}
	sb.Reset()
	err := t.Execute(&sb, bad)
	fmt.Printf("partial %q\n", sb.String())
	fmt.Println("error:", err)
	for _, n := range t.Templates() {
		_ = n
	}
	fmt.Println(t.Lookup("line") != nil, t.Lookup("nope") == nil)
	_, err = template.New("x").Parse("{{.Foo")
	fmt.Println(err)
}
