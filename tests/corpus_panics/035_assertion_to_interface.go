//go:build ignore

// A value asserted to an interface it does not implement.
package main

import "fmt"

type Closer interface{ Close() error }

type File struct{ name string }

//cell

func main() {
	var v any = File{"a.txt"}
	fmt.Println("closing")
	c := v.(Closer)
	fmt.Println(c.Close())
}
