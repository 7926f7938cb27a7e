//go:build ignore

// A panic with a message made by fmt.Sprintf.
package main

import "fmt"

//cell

func main() {
	input := "12x"
	for i, r := range input {
		if r < '0' || r > '9' {
			panic(fmt.Sprintf("bad digit %q at %d", r, i))
		}
		fmt.Println("digit", string(r))
	}
}
