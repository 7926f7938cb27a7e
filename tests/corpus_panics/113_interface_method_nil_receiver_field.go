//go:build ignore

// A method through an interface on a nil pointer reading a field.
package main

import (
	"fmt"
)

//cell

type Namer interface{ Name() string }

type Person struct{ name string }

func (p *Person) Name() string { return p.name }

func greet(n Namer) string { return "hi " + n.Name() }

//cell

func main() {
	fmt.Println(greet(&Person{"ann"}))
	var p *Person
	fmt.Println(greet(p))
}
