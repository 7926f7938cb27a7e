//go:build ignore

// Struct tags read back through reflection: a tag not of the key:"value"
// form, a tag with its own spacing, an interpreted-string tag, a field
// without one; json of the type; a nil reflect.Type printed.
package main

import (
	"encoding/json"
	"fmt"
	"reflect"
)

type A struct {
	X int `hello`
	y int
}

type B struct {
	X int    `json:"x"  xml:"y" `
	Y string "json:\"yy\""
}

type C struct{ Z int }

//cell

func main() {
	t := reflect.TypeOf(A{})
	f, ok := t.FieldByName("y")
	fmt.Println(t.Name(), t, t.Field(0).Tag, ok, f.Name, t.Field(1).Name)
	b := reflect.TypeOf(B{})
	fmt.Printf("%q %q\n", b.Field(0).Tag, b.Field(1).Tag)
	out, _ := json.Marshal(B{1, "s"})
	fmt.Println(string(out))
	fmt.Printf("%q\n", reflect.TypeOf(C{}).Field(0).Tag)
	var e error
	fmt.Println(reflect.TypeOf(e), reflect.TypeOf(nil))
}
