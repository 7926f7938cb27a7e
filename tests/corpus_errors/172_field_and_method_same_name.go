//go:build ignore

// A later cell declares a method named like a field of an earlier cell's struct.
package main

import "fmt"

//cell

type User struct {
	First string
	Last  string
	Name  string
}

//cell

func (u User) Name() string {
	return u.First + " " + u.Last
}

//cell

func main() {
	fmt.Println(User{First: "Ada", Last: "Lovelace"}.First)
}
