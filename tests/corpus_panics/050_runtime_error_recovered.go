//go:build ignore

// A runtime error recovered by a deferred function that panics with a new
// value.
package main

import "fmt"

//cell

func store(m map[string]int, k string) {
	defer func() {
		if r := recover(); r != nil {
			panic(fmt.Sprint("store ", k, ": ", r))
		}
	}()
	m[k] = 1
}

//cell

func main() {
	m := map[string]int{}
	store(m, "a")
	fmt.Println(m)
	store(nil, "b")
}
