//go:build ignore

// A case of a type the switch value cannot be compared with.
package main

import "fmt"

//cell

func run() string {
	x := 3
	switch x {
	case "three":
		return "s"
	}
	return ""
}

//cell

func main() {
	fmt.Println(run())
}
