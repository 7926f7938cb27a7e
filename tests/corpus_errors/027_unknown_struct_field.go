//go:build ignore

// A struct literal naming a field the type does not have.
package main

import "fmt"

type User struct {
	Name string
	Age  int
}

//cell

func main() {
	u := User{Name: "kim", Email: "kim@example.com"}
	fmt.Println(u)
}
