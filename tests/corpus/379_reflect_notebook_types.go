//go:build ignore

// Reflection on the notebook's types: names, package paths and Go spellings
// of types, struct fields with their tags (the lowering's own left out),
// unexported fields named as declared, embedded fields anonymous and their
// fields promoted (VisibleFields, FieldByName on types and values), a struct
// without fields, a named float, a type declared in a function, and a
// table printer that walks a slice of structs.
package main

import (
	"fmt"
	"reflect"
	"strings"
)

type Celsius float64

type Base struct {
	ID      int `json:"id"`
	created string
}

type Product struct {
	Base
	Name  string  `json:"name" validate:"required"`
	Price float64 `json:"price"`
	stock int
}

type Empty struct{}

type Order struct {
	Items []Product
	Owner *Product
	Tags  map[string]Celsius
}

func table(rows any) string {
	v := reflect.ValueOf(rows)
	var b strings.Builder
	et := v.Type().Elem()
	for i := 0; i < et.NumField(); i++ {
		f := et.Field(i)
		if !f.IsExported() {
			continue
		}
		fmt.Fprintf(&b, "%-8s", f.Name)
	}
	b.WriteString("\n")
	for r := 0; r < v.Len(); r++ {
		row := v.Index(r)
		for i := 0; i < row.NumField(); i++ {
			if !et.Field(i).IsExported() {
				continue
			}
			fmt.Fprintf(&b, "%-8v", row.Field(i).Interface())
		}
		b.WriteString("\n")
	}
	return b.String()
}

//cell

func main() {
	p := Product{Base: Base{ID: 7, created: "now"}, Name: "pen", Price: 1.5, stock: 3}
	t := reflect.TypeOf(p)
	fmt.Println(t, t.Name(), t.PkgPath(), t.NumField(), t.Kind())
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		fmt.Printf("%d %s %v %q exported=%v anon=%v pkg=%q\n", i, f.Name, f.Type, f.Tag, f.IsExported(), f.Anonymous, f.PkgPath)
	}
	for _, f := range reflect.VisibleFields(t) {
		fmt.Println("visible", f.Name, f.Index, f.Type.Name())
	}
	if f, ok := t.FieldByName("stock"); ok {
		fmt.Println("stock field", f.Name, f.Index, f.PkgPath)
	}
	if f, ok := t.FieldByName("created"); ok {
		fmt.Println("promoted", f.Name, f.Index)
	}
	_, ok := t.FieldByName("nope")
	fmt.Println(ok)
	v := reflect.ValueOf(p)
	fmt.Println(v.NumField(), v.FieldByName("stock").Int(), v.FieldByName("Name"), v.FieldByName("ID"))
	fmt.Println(reflect.TypeOf(Empty{}).NumField(), reflect.TypeOf(Empty{}))
	c := Celsius(3)
	ct := reflect.TypeOf(c)
	fmt.Println(ct, ct.Name(), ct.Kind(), ct.PkgPath())
	o := Order{}
	ot := reflect.TypeOf(o)
	for i := 0; i < ot.NumField(); i++ {
		fmt.Println(ot.Field(i).Name, ot.Field(i).Type, ot.Field(i).Type.Kind())
	}
	fmt.Println(ot.Field(0).Type.Elem().Name(), ot.Field(1).Type.Elem(), reflect.TypeOf(&o).Elem().Name())
	fmt.Printf("%v|%s|%T\n", reflect.TypeOf([]Product{}), reflect.TypeOf(map[string]*Order{}), p)
	fmt.Print(table([]Product{p, {Name: "ink", Price: 2}}))
	type local struct{ A, b int }
	lt := reflect.TypeOf(local{})
	fmt.Println(lt.Name(), lt, lt.Field(1).Name)
	fmt.Println(reflect.TypeOf(p) == reflect.TypeOf(Product{}), reflect.DeepEqual(p, p))
}
