//go:build ignore

// panic(nil), which Go 1.21 turns into a runtime error.
package main

import (
	"fmt"
)

//cell

func check(ok bool) {
	if !ok {
		panic(nil)
	}
}

//cell

func main() {
	check(true)
	fmt.Println("ok")
	check(false)
}
