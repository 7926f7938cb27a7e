//go:build ignore

// Embedding: an outer method shadows a promoted one; the inner one stays reachable.
package main

import "fmt"

type Animal struct{ Name string }

func (a Animal) Sound() string { return "..." }
func (a Animal) Describe() string {
	return a.Name + " says " + a.Sound()
}

//cell

type Dog struct {
	Animal
	Breed string
}

func (d Dog) Sound() string { return "woof" }

type Puppy struct {
	Dog
	Age int
}

//cell

func main() {
	d := Dog{Animal{"Rex"}, "lab"}
	fmt.Println(d.Sound(), d.Animal.Sound())
	fmt.Println(d.Describe())
	p := Puppy{Dog{Animal{"Bit"}, "pug"}, 1}
	fmt.Println(p.Name, p.Breed, p.Sound(), p.Dog.Animal.Sound())
	fmt.Printf("%v\n", p)
	fmt.Printf("%+v\n", p)
}
