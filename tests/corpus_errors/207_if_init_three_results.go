//go:build ignore

// A comma-ok in an if statement of a function with three results.
package main

import "fmt"

//cell

var stock = map[string]int{"apple": 3}

func lookup(name string) (int, bool, error) {
	n, ok := stock[name]
	return n, ok, nil
}

//cell

func main() {
	if n, ok := lookup("apple"); ok {
		fmt.Println(n)
	}
}
