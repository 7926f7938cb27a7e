//go:build ignore

// Two functions each declare a local type item of the same fields; one
// makes an item, the other asserts an any to its own item: Go's message
// names main.item twice and adds "(types from different scopes)".
package main

import "fmt"

//cell

func makeItem() any {
	type item struct{ N int }
	return item{1}
}

func readItem(x any) int {
	type item struct{ N int }
	return x.(item).N
}

//cell

func main() {
	fmt.Println("start")
	fmt.Println(readItem(makeItem()))
}
