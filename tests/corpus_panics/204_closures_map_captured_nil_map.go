//go:build ignore

// Counters made by a function of an earlier cell, kept in a map of
// closures; one shares a struct whose map was never made.
package main

import "fmt"

//cell

type Tally struct {
	counts map[string]int
}

func counter(t *Tally, prefix string) func(string) int {
	return func(key string) int {
		t.counts[prefix+key]++
		return t.counts[prefix+key]
	}
}

//cell

func main() {
	good := &Tally{counts: map[string]int{}}
	bad := &Tally{}
	inc := map[string]func(string) int{
		"get":  counter(good, "GET "),
		"post": counter(bad, "POST "),
	}
	fmt.Println(inc["get"]("/"), inc["get"]("/"), inc["get"]("/a"))
	fmt.Println(len(good.counts))
	fmt.Println(inc["post"]("/form"))
}
