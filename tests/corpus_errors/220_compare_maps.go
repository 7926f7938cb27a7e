//go:build ignore

// Two maps compared with ==.
package main

import "fmt"

//cell

var before = map[string]int{"a": 1}
var after = map[string]int{"a": 1}

//cell

func main() {
	if before == after {
		fmt.Println("unchanged")
	}
}
