//go:build ignore

// A method a struct promotes from an embedded pointer (*Base).Tag is in
// the value's method set: a template calls it on a value, reflect lists
// it for the value's type.

package main

import (
	"fmt"
	"os"
	"reflect"
	"text/template"
)

//cell

type Base struct{ ID int }

func (b *Base) Tag() string { return fmt.Sprint("#", b.ID) }
func (b Base) Name() string { return "base" }

type Ev struct {
	*Base
	Title string
}

func (e Ev) Show() string { return e.Title }

//cell

func main() {
	t := template.Must(template.New("t").Parse("{{.Title}} {{.ID}} {{.Tag}} {{.Name}} {{.Show}}\n"))
	e := Ev{&Base{7}, "x"}
	fmt.Println(t.Execute(os.Stdout, e))
	fmt.Println(t.Execute(os.Stdout, &e))
	fmt.Println(reflect.TypeOf(e).NumMethod(), reflect.TypeOf(&e).NumMethod())
	_, ok := reflect.TypeOf(e).MethodByName("Tag")
	fmt.Println(ok)
}
