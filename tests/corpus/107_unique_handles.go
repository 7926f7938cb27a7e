//go:build ignore

// unique: canonical handles for comparable values (Go 1.23).
package main

import (
	"fmt"
	"unique"
)

type Addr struct {
	Host string
	Port int
}

//cell

func main() {
	a := unique.Make("hello")
	b := unique.Make("hel" + "lo")
	c := unique.Make("world")
	fmt.Println(a == b, a == c, a.Value(), c.Value())
	x := unique.Make(Addr{"localhost", 80})
	y := unique.Make(Addr{"localhost", 80})
	fmt.Println(x == y, x.Value().Port)
}
