//go:build ignore

// A buffer size computed from a header goes negative and make panics.
package main

import "fmt"

//cell

type Header struct {
	Total, Used int
}

func freeSlots(h Header) []int {
	return make([]int, h.Total-h.Used)
}

//cell

func main() {
	fmt.Println(len(freeSlots(Header{8, 3})))
	fmt.Println(len(freeSlots(Header{4, 6})))
}
