//go:build ignore

// A generic function given only untyped nils.
package main

import "fmt"

//cell

func OrDefault[T any](p *T, def T) T {
	if p == nil {
		return def
	}
	return *p
}

//cell

func main() {
	fmt.Println(OrDefault(nil, nil))
}
