//go:build ignore

// The Go blog's "The Laws of Reflection": reflect.TypeOf and ValueOf of a
// float64, Kind versus Type for a named type (MyInt's kind is int), the
// Uint of a uint8 and Interface back to a value; settability: a Value of
// x cannot be set, one reached through &x and Elem can, SetFloat changes
// x; struct fields of a cell's type walked by reflection (names, types,
// values, tags) and set through a pointer; methods listed and called;
// TypeOf of an interface value gives the dynamic type.
package main

import (
	"fmt"
	"io"
	"reflect"
	"strings"
)

//cell

type MyInt int

type T struct {
	A int
	B string
	C []float64 `json:"c,omitempty" unit:"m"`
}

func (t T) Describe() string { return fmt.Sprintf("T(%d, %s)", t.A, t.B) }

func (t T) Scaled(k int) int { return t.A * k }

type Reader interface{ Read(p []byte) (int, error) }

//cell

func dump(x any) {
	v := reflect.ValueOf(x)
	fmt.Println("type:", v.Type(), "kind:", v.Kind())
}

//cell

func main() {
	var x float64 = 3.4
	fmt.Println("type:", reflect.TypeOf(x))
	v := reflect.ValueOf(x)
	fmt.Println("type:", v.Type())
	fmt.Println("kind is float64:", v.Kind() == reflect.Float64)
	fmt.Println("value:", v.Float())
	fmt.Println(v.Interface(), v)
	fmt.Printf("value is %7.1e\n", v.Interface())
	y := v.Interface().(float64)
	fmt.Println(y)

	var u uint8 = 'x'
	uv := reflect.ValueOf(u)
	fmt.Println("type:", uv.Type(), "kind is uint8:", uv.Kind() == reflect.Uint8)
	u = uint8(uv.Uint())
	fmt.Println(u)

	var mi MyInt = 7
	mv := reflect.ValueOf(mi)
	fmt.Println(mv.Type(), mv.Kind(), mv.Int())
	dump(mi)
	dump(&mi)
	dump([]string{"a"})
	dump(map[string]MyInt{})

	fmt.Println("settability of v:", v.CanSet())
	p := reflect.ValueOf(&x)
	fmt.Println("type of p:", p.Type())
	fmt.Println("settability of p:", p.CanSet())
	e := p.Elem()
	fmt.Println("settability of e:", e.CanSet())
	e.SetFloat(7.1)
	fmt.Println(e.Interface())
	fmt.Println(x)

	t := T{23, "skidoo", []float64{1.5}}
	s := reflect.ValueOf(&t).Elem()
	typeOfT := s.Type()
	fmt.Println(typeOfT, typeOfT.Name(), typeOfT.NumField(), typeOfT.Kind())
	for i := 0; i < s.NumField(); i++ {
		f := s.Field(i)
		fmt.Printf("%d: %s %s = %v\n", i, typeOfT.Field(i).Name, f.Type(), f.Interface())
	}
	fmt.Println(typeOfT.Field(2).Tag.Get("json"), typeOfT.Field(2).Tag.Get("unit"))
	s.Field(0).SetInt(77)
	s.Field(1).SetString("Sunset Strip")
	s.FieldByName("C").Set(reflect.Append(s.Field(2), reflect.ValueOf(2.5)))
	fmt.Println("t is now", t)

	tv := reflect.ValueOf(t)
	fmt.Println(tv.NumMethod(), tv.Type().Method(0).Name, tv.Type().Method(1).Name)
	fmt.Println(tv.MethodByName("Describe").Call(nil)[0])
	fmt.Println(tv.MethodByName("Scaled").Call([]reflect.Value{reflect.ValueOf(3)})[0].Int())

	var r Reader = strings.NewReader("tty")
	var empty any = r
	fmt.Println(reflect.TypeOf(r), reflect.TypeOf(empty), reflect.ValueOf(r).Kind())
	var w io.Writer = &strings.Builder{}
	fmt.Println(reflect.TypeOf(w).Elem().Name(), reflect.ValueOf(w).Elem().NumField() > 0)
}
