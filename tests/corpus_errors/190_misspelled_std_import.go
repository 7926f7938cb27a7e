//go:build ignore

// A standard package imported by a misspelled path.
package main

import "fmt"

//cell

import "stirngs"

func shout(s string) string { return strings.ToUpper(s) }

//cell

func main() {
	fmt.Println(shout("hi"))
}
