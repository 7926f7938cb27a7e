//go:build ignore

// A map of string keys indexed by an int.
package main

import "fmt"

//cell

func main() {
	ages := map[string]int{"ann": 31}
	fmt.Println(ages[1])
}
