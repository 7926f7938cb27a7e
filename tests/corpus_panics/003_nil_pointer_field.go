//go:build ignore

// A field read through a nil pointer a lookup returned.
package main

import "fmt"

type User struct{ Name string }

func lookup(users map[string]*User, id string) *User { return users[id] }

//cell

func main() {
	users := map[string]*User{"u1": {"ann"}}
	fmt.Println(lookup(users, "u1").Name)
	u := lookup(users, "u2")
	fmt.Println(u.Name)
}
