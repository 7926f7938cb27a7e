//go:build ignore

// Method sets: which types satisfy an interface with pointer and value receivers.
package main

import "fmt"

type Mover interface{ Move() string }

type Speaker interface{ Speak() string }

type Dog struct{ name string }

func (d *Dog) Move() string { d.name += "!"; return d.name + " runs" }
func (d Dog) Speak() string { return d.name + " barks" }

//cell

type Robot struct{ id int }

func (r Robot) Move() string { return fmt.Sprint("robot ", r.id, " rolls") }

//cell

func main() {
	d := &Dog{"rex"}
	var m Mover = d
	var s Speaker = d
	fmt.Println(m.Move(), "/", s.Speak())
	var s2 Speaker = Dog{"fido"}
	fmt.Println(s2.Speak())
	movers := []Mover{Robot{1}, &Robot{2}, d}
	for _, mv := range movers {
		fmt.Println(mv.Move())
	}
	_, isSpeaker := any(Robot{}).(Speaker)
	_, ptrMover := any(&Dog{}).(Mover)
	_, valMover := any(Dog{}).(Mover)
	fmt.Println(isSpeaker, ptrMover, valMover)
	dogs := []Dog{{"a"}, {"b"}}
	for i := range dogs {
		dogs[i].Move()
	}
	fmt.Println(dogs)
}
