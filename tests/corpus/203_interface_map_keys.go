//go:build ignore

// Maps keyed by an interface: values of different dynamic types are
// different keys, equal values of one type the same key.
package main

import "fmt"

type Speaker interface{ Speak() string }

type Dog struct{}
type Cow struct{ Name string }

func (Dog) Speak() string   { return "Woof" }
func (c Cow) Speak() string { return c.Name + " says Moo" }

//cell

func main() {
	counts := map[Speaker]int{}
	for _, s := range []Speaker{Dog{}, Cow{"Bess"}, Dog{}, Cow{"Daisy"}, Cow{"Bess"}} {
		counts[s]++
	}
	fmt.Println(counts[Dog{}], counts[Cow{"Bess"}], counts[Cow{"Daisy"}], len(counts))
	delete(counts, Dog{})
	seen := map[any]bool{Dog{}: true}
	fmt.Println(len(counts), seen[Dog{}], seen[Cow{}])
}
