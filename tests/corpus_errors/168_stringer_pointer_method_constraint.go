//go:build ignore

// A type argument whose String method has a pointer receiver.
package main

import "fmt"

//cell

type Temp struct{ c int }

func (t *Temp) String() string { return fmt.Sprint(t.c, "C") }

func show[T fmt.Stringer](x T) string { return x.String() }

//cell

func main() {
	fmt.Println(show(Temp{20}))
}
