//go:build ignore

// A field promoted from two embedded structs at the same depth.
package main

import "fmt"

//cell

type Person struct{ Name string }

type Pet struct{ Name string }

type Owner struct {
	Person
	Pet
}

//cell

func run() string {
	o := Owner{Person{"ann"}, Pet{"rex"}}
	return o.Name
}

//cell

func main() {
	fmt.Println(run())
}
