//go:build ignore

// Templates print a field of a named non-struct type with a String
// method as Go does ({{.T}}, in a range, a chain, a variable, a with),
// compare it, and name the whole chain in an error.
package main

import (
	"fmt"
	"os"
	"text/template"
)

//cell

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°", float64(t)) }

type City struct {
	Name string
	T    Temp
	N    float64
}

type Report struct {
	Cities []City
	Top    City
}

//cell

func main() {
	r := Report{[]City{{"a", 1, 3}, {"b", 4.25, 6}}, City{"c", 7, 9}}
	t := template.Must(template.New("x").Parse("{{range .Cities}}{{.T}} {{.N}}|{{end}} {{.Top.T}} {{$c := .Top}}{{$c.T}} {{with .Top}}{{.T}}{{end}} {{if eq .Top.T 7.0}}seven{{end}}\n"))
	fmt.Println(t.Execute(os.Stdout, r))
	fmt.Println(template.Must(template.New("y").Parse("{{.Top.Nope.T}}\n")).Execute(os.Stdout, r))
}
