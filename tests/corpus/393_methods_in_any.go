//go:build ignore

// Methods of cell types held in an any, seen by reflect in a function
// (TypeOf and ValueOf of the value, not yaegi's wrapper) and by
// templates; a pointer method of a ranged slice's element mutates it.
package main

import (
	"fmt"
	"os"
	"reflect"
	"text/template"
)

//cell

type City struct {
	Name string
	Pop  int
}

func (c City) Label() string   { return "city " + c.Name }
func (c *City) Grow(n int) int { c.Pop += n; return c.Pop }

//cell

func main() {
	c := City{"Oslo", 3}
	var x any = c
	fmt.Println(reflect.TypeOf(x).NumMethod(), reflect.TypeOf(x).Name(), reflect.ValueOf(x).MethodByName("Label").Call(nil)[0])
	var y any = &c
	fmt.Println(reflect.TypeOf(y).NumMethod(), reflect.ValueOf(y).MethodByName("Grow").Call([]reflect.Value{reflect.ValueOf(2)})[0], c.Pop)
	m, _ := reflect.TypeOf(c).MethodByName("Label")
	fmt.Println(m.Func.Call([]reflect.Value{reflect.ValueOf(c)})[0])
	f := reflect.ValueOf(c).Method(0).Interface().(func() string)
	fmt.Println(f())
	t := template.Must(template.New("y").Parse("{{.Label}}\n"))
	fmt.Println(t.Execute(os.Stdout, x))
	fmt.Println(t.Execute(os.Stdout, map[string]any{"Label": 1}))
	fmt.Println(t.Execute(os.Stdout, []any{c}))
	t2 := template.Must(template.New("z").Parse("{{range .}}{{.Grow 1}} {{end}}\n"))
	cs := []City{{"a", 1}, {"b", 5}}
	fmt.Println(t2.Execute(os.Stdout, cs), cs[0].Pop)
	t3 := template.Must(template.New("w").Parse("{{.Label}} {{.Grow 1}}\n"))
	fmt.Println(t3.Execute(os.Stdout, cs[1]))
}
