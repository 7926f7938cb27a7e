//go:build ignore

// Reflection on the methods of cell types: NumMethod, Method, MethodByName
// of value and pointer types, calls through reflect.Value, Implements.
package main

import (
	"fmt"
	"reflect"
)

//cell

type P struct{ First, Last string }

func (p P) Full() string                 { return p.First + " " + p.Last }
func (p *P) SetFirst(s string)           { p.First = s }
func (p P) Greet(s string, n int) string { return fmt.Sprint(s, p.First, n) }
func (p P) hidden()                      {}

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°", float64(t)) }

//cell

func main() {
	p := P{"a", "b"}
	t := reflect.TypeOf(p)
	fmt.Println(t.NumMethod(), reflect.TypeOf(&p).NumMethod())
	for i := 0; i < t.NumMethod(); i++ {
		fmt.Println(t.Method(i).Name)
	}
	pt := reflect.TypeOf(&p)
	for i := 0; i < pt.NumMethod(); i++ {
		m := pt.Method(i)
		fmt.Println(m.Name, m.Index)
	}
	m, ok := t.MethodByName("Full")
	fmt.Println(m.Name, ok)
	_, ok = t.MethodByName("SetFirst")
	fmt.Println(ok)
	out := reflect.ValueOf(p).MethodByName("Full").Call(nil)
	fmt.Println(out[0].String())
	out = reflect.ValueOf(p).MethodByName("Greet").Call([]reflect.Value{reflect.ValueOf("hi "), reflect.ValueOf(3)})
	fmt.Println(out[0])
	reflect.ValueOf(&p).MethodByName("SetFirst").Call([]reflect.Value{reflect.ValueOf("z")})
	fmt.Println(p.First, reflect.ValueOf(p).MethodByName("SetFirst").IsValid())
	v := reflect.ValueOf(&p)
	fmt.Println(v.NumMethod(), v.Method(0).Call(nil)[0])
	stringer := reflect.TypeOf((*fmt.Stringer)(nil)).Elem()
	fmt.Println(t.Implements(stringer), reflect.TypeOf(Temp(1)).Implements(stringer))
	fmt.Println(reflect.TypeOf(Temp(2)).NumMethod())
	res := reflect.ValueOf(Temp(3)).MethodByName("String").Call(nil)
	fmt.Println(res[0])
}
