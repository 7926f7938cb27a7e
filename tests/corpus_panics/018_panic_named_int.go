//go:build ignore

// A panic with a named int type without methods.
package main

import "fmt"

type Code int

//cell

func main() {
	fmt.Println("exiting with a code")
	panic(Code(7))
}
