//go:build ignore

// An int used as an if condition.
package main

import "fmt"

//cell

func main() {
	items := []string{"a", "b"}
	n := len(items)
	if n {
		fmt.Println("not empty")
	}
}
