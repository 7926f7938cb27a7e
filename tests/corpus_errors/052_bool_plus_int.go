//go:build ignore

// A bool converted to an int.
package main

import "fmt"

//cell

func main() {
	done := true
	fmt.Println(int(done) + 1)
}
