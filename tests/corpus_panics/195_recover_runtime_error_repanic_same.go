//go:build ignore

// A guard method recovers, logs runtime errors and panics again with the
// same value: Go prints "[recovered, repanicked]".
package main

import (
	"fmt"
	"runtime"
)

//cell

type Guard struct{ name string }

func (g Guard) Run(f func()) {
	defer func() {
		if r := recover(); r != nil {
			if re, ok := r.(runtime.Error); ok {
				fmt.Println(g.name, "runtime error:", re.Error())
			}
			panic(r)
		}
	}()
	f()
}

//cell

func main() {
	g := Guard{"job"}
	xs := []int{1, 2, 3}
	g.Run(func() { fmt.Println(xs[2]) })
	i := 5
	g.Run(func() { fmt.Println(xs[i]) })
}
