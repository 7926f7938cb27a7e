//go:build ignore

// A package variable whose initializer calls a function that reads it.
package main

import "fmt"

//cell

var defaults = loadDefaults()

func loadDefaults() map[string]int {
	m := map[string]int{"port": 80}
	if len(defaults) > 0 {
		return defaults
	}
	return m
}

//cell

func main() {
	fmt.Println(defaults["port"])
}
