//go:build ignore

// Two iteration variables ranging over an int.
package main

import "fmt"

//cell

func main() {
	n := 3
	for i, v := range n {
		fmt.Println(i, v)
	}
}
