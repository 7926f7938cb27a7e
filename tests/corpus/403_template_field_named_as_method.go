//go:build ignore

// A template's field named as a cell type's method with parameters, in
// data that also holds that type: a struct's field, a map's key, and the
// method itself with too few arguments.
package main

import (
	"fmt"
	"os"
	"text/template"
)

//cell

type A struct{ N int }

func (a A) Add(n int) int { return a.N + n }

type B struct {
	Add int
	A   A
}

//cell

func main() {
	m := map[string]any{"Add": 9, "a": A{N: 2}}
	t := template.Must(template.New("t").Parse("{{.Add}} {{.a.Add 1}} {{with .Add}}{{.}}{{end}}\n"))
	fmt.Println(t.Execute(os.Stdout, m))
	t2 := template.Must(template.New("t2").Parse("{{.Add}} {{.A.Add 3}} {{.A.N}}\n"))
	fmt.Println(t2.Execute(os.Stdout, B{Add: 7, A: A{N: 1}}))
	t3 := template.Must(template.New("t3").Parse("{{.Add}}\n"))
	fmt.Println(t3.Execute(os.Stdout, A{}))
}
