//go:build ignore

// A promoted field read through a nil embedded pointer.
package main

import (
	"fmt"
)

//cell

type Base struct{ ID int }

type User struct {
	*Base
	Name string
}

func ident(u User) int { return u.ID }

//cell

func main() {
	fmt.Println(ident(User{&Base{7}, "a"}))
	fmt.Println(ident(User{Name: "b"}))
}
