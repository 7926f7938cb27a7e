//go:build ignore

// A type switch variable no clause uses.
package main

import "fmt"

//cell

func run() string {
	var x any = 1
	switch v := x.(type) {
	case int:
		return "int"
	}
	return "other"
}

//cell

func main() {
	fmt.Println(run())
}
