//go:build ignore

// A field of a struct in a map assigned to.
package main

import "fmt"

type Stock struct{ Count int }

//cell

func main() {
	inv := map[string]Stock{"pen": {3}}
	inv["pen"].Count = 4
	fmt.Println(inv)
}
