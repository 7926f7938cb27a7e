//go:build ignore

// An index converted to uint from a negative offset reads far out of range.
package main

import (
	"fmt"
)

//cell

type Ring struct {
	buf  []string
	head int
}

func (r *Ring) Back(n int) string {
	i := uint(r.head - n)
	return r.buf[i]
}

//cell

func main() {
	r := &Ring{buf: []string{"a", "b", "c", "d"}, head: 2}
	fmt.Println(r.Back(1), r.Back(2))
	fmt.Println(r.Back(3))
}
