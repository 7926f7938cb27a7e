//go:build ignore

// A method of a cell error type reading a field through a nil pointer receiver.
package main

import (
	"errors"
	"fmt"
)

//cell

type NotFound struct{ Key string }

func (e *NotFound) Error() string { return "not found: " + e.Key }

func find(m map[string]int, k string) (int, error) {
	var nf *NotFound
	if v, ok := m[k]; ok {
		return v, nil
	}
	return 0, nf
}

//cell

func main() {
	_, err := find(map[string]int{}, "a")
	var target *NotFound
	fmt.Println(errors.As(err, &target), target == nil)
	fmt.Println(err.Error())
}
