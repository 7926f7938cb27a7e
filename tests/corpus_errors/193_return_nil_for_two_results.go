//go:build ignore

// return nil from a function of a pointer and an error.
package main

import (
	"fmt"
	"strconv"
)

//cell

type User struct {
	ID   int
	Name string
}

//cell

func parseUser(s string) (*User, error) {
	id, err := strconv.Atoi(s)
	if err != nil {
		return nil
	}
	return &User{ID: id}, nil
}

//cell

func main() {
	fmt.Println(parseUser("7"))
}
