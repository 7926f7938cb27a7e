//go:build ignore

// errors.As given a nil pointer variable instead of its address.
package main

import (
	"errors"
	"fmt"
)

//cell

type NotFound struct{ Key string }

func (e *NotFound) Error() string { return "not found: " + e.Key }

func lookup(m map[string]int, k string) (int, error) {
	v, ok := m[k]
	if !ok {
		return 0, fmt.Errorf("lookup: %w", &NotFound{k})
	}
	return v, nil
}

//cell

func main() {
	m := map[string]int{"a": 1}
	_, err := lookup(m, "b")
	var nf *NotFound
	if errors.As(err, &nf) {
		fmt.Println("missing", nf.Key)
	}
	var target *NotFound
	fmt.Println(errors.As(err, target))
}
