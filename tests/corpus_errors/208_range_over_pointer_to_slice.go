//go:build ignore

// Range over a pointer to a slice.
package main

import "fmt"

//cell

type Queue struct{ items []string }

func (q *Queue) Items() *[]string { return &q.items }

//cell

func main() {
	q := &Queue{items: []string{"a", "b"}}
	for i, s := range q.Items() {
		fmt.Println(i, s)
	}
}
