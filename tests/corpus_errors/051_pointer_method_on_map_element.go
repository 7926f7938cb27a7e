//go:build ignore

// A pointer method called on a map element.
package main

import "fmt"

type Counter struct{ n int }

func (c *Counter) Inc() { c.n++ }

//cell

func main() {
	m := map[string]Counter{"a": {}}
	m["a"].Inc()
	fmt.Println(m)
}
