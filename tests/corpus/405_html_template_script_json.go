//go:build ignore

// html/template writes a cell value in a script as JSON, as Go does,
// when the data's type has methods: a struct's fields, a Stringer's
// text, a method's result; and as fmt's text elsewhere.
package main

import (
	"fmt"
	"html/template"
	"os"
)

//cell

type Circ struct{ R int }

func (c Circ) String() string { return fmt.Sprintf("C<%d>", c.R) }

type P struct {
	Name string
	Age  int
	C    Circ
}

func (p P) Self() P     { return p }
func (p P) Up() string  { return p.Name + "!" }
func (p P) Nums() []int { return []int{1, 2} }

//cell

func main() {
	t := template.Must(template.New("t").Parse(`<script>var x = {{.}}; var y = {{.Self}}; var z = {{.Up}}; var n = {{.Nums}}; var c = {{.C}}; var s = "{{.C}} {{.}}";</script><a title="{{.}}" href="/{{.Up}}">{{.Self}} {{.C}}</a>` + "\n"))
	fmt.Println(t.Execute(os.Stdout, P{"a\"<", 3, Circ{2}}))
}
