//go:build ignore

// reflect setting an unexported field of a cell struct.
package main

import (
	"fmt"
	"reflect"
)

//cell

type Conf struct {
	Name  string
	level int
}

func set(c *Conf, field string, v any) {
	reflect.ValueOf(c).Elem().FieldByName(field).Set(reflect.ValueOf(v))
}

//cell

func main() {
	c := &Conf{}
	set(c, "Name", "x")
	fmt.Println(c.Name)
	set(c, "level", 3)
}
