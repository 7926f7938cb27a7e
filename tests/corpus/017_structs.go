//go:build ignore

// Structs: fields, literals, pointers, anonymous structs, comparison.
package main

import "fmt"

type person struct {
	name string
	age  int
}

func newPerson(name string) *person {
	p := person{name: name}
	p.age = 42
	return &p
}

//cell

func main() {
	fmt.Println(person{"Bob", 20})
	fmt.Println(person{name: "Alice", age: 30})
	fmt.Println(person{name: "Fred"})
	fmt.Println(&person{name: "Ann", age: 40})
	fmt.Println(newPerson("Jon"))
	s := person{name: "Sean", age: 50}
	fmt.Println(s.name)
	sp := &s
	fmt.Println(sp.age)
	sp.age = 51
	fmt.Println(sp.age, s.age)
	dog := struct {
		name   string
		isGood bool
	}{"Rex", true}
	fmt.Println(dog)
	fmt.Println(person{"a", 1} == person{"a", 1}, person{"a", 1} == person{"a", 2})
	people := []person{{"x", 1}, {"y", 2}}
	for i := range people {
		people[i].age *= 10
	}
	fmt.Println(people)
	fmt.Printf("%v %+v\n", s, s)
}
