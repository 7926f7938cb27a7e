//go:build ignore

// reflect: kinds, struct fields and tags, setting values through pointers.
package main

import (
	"fmt"
	"reflect"
)

type User struct {
	Name  string `db:"name" validate:"required"`
	Email string `db:"email"`
	Age   int    `db:"age"`
}

//cell

func describe(v any) {
	t := reflect.TypeOf(v)
	fmt.Println(t, t.Kind(), t.Name())
	if t.Kind() == reflect.Struct {
		rv := reflect.ValueOf(v)
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			fmt.Printf("  %s %s db=%q validate=%q value=%v\n", f.Name, f.Type, f.Tag.Get("db"), f.Tag.Get("validate"), rv.Field(i))
		}
	}
}

//cell

func main() {
	describe(User{"Ann", "ann@example.com", 33})
	describe(42)
	describe([]string{"x"})
	describe(map[string]int{})
	u := &User{Name: "Bob"}
	rv := reflect.ValueOf(u).Elem()
	rv.FieldByName("Age").SetInt(50)
	fmt.Println(u.Age, rv.CanSet(), reflect.ValueOf(*u).Field(0).CanSet())
	fmt.Println(reflect.DeepEqual([]int{1, 2}, []int{1, 2}), reflect.DeepEqual(map[string]int{"a": 1}, map[string]int{"a": 2}))
	var f func(int) string
	ft := reflect.TypeOf(f)
	fmt.Println(ft, ft.NumIn(), ft.In(0), ft.Out(0))
	fmt.Println(reflect.TypeOf(u).Elem().Name(), reflect.TypeOf(u).String())
}
