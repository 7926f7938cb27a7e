//go:build ignore

// fallthrough in a type switch.
package main

import "fmt"

//cell

func run() string {
	var x any = 1
	switch x.(type) {
	case int:
		fallthrough
	case string:
		return "s"
	}
	return ""
}

//cell

func main() {
	fmt.Println(run())
}
