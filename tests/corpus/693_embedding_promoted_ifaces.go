//go:build ignore

// Struct embedding in a small zoo of devices: methods promoted through
// value and pointer embedding, interface satisfaction through an
// embedded pointer, an outer method shadowing an inner one, an
// embedded interface field, method values of promoted methods, and
// printing nested structs and pointers with %v, %+v and %#v.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Named interface{ Name() string }
type Switch interface {
	Named
	On() bool
	Toggle()
}

type Base struct {
	ID   int
	name string
}

func (b Base) Name() string     { return fmt.Sprintf("%s#%d", b.name, b.ID) }
func (b *Base) Rename(n string) { b.name = n }
func (b Base) Describe() string { return "base " + b.Name() }

type Power struct{ on bool }

func (p *Power) On() bool { return p.on }
func (p *Power) Toggle()  { p.on = !p.on }

type Lamp struct {
	Base
	*Power
	Watts int
}

func (l Lamp) Describe() string { return fmt.Sprintf("lamp %s %dW on=%v", l.Name(), l.Watts, l.On()) }

type Fan struct {
	Base
	Power
	Speeds []int
}

func (f *Fan) Name() string { return "fan:" + f.Base.Name() }

type Logged struct {
	Switch
	events []string
}

func (l *Logged) Toggle() {
	l.Switch.Toggle()
	l.events = append(l.events, fmt.Sprintf("%s->%v", l.Name(), l.On()))
}

//cell

func report(ss []Switch) {
	sort.Slice(ss, func(i, j int) bool { return ss[i].Name() < ss[j].Name() })
	for _, s := range ss {
		fmt.Printf("%-12s %-5v %T\n", s.Name(), s.On(), s)
	}
}

//cell

func main() {
	l := Lamp{Base{1, "desk"}, &Power{}, 40}
	f := &Fan{Base: Base{2, "ceiling"}, Speeds: []int{1, 2, 3}}
	var ss []Switch
	ss = append(ss, l, f)
	l.Toggle()
	f.Toggle()
	f.Toggle()
	f.Rename("attic")
	report(ss)
	fmt.Println(l.Describe(), "|", f.Describe(), "|", f.Base.Describe())
	fmt.Printf("%v\n%+v\n", l.Base, f.Base)
	fmt.Printf("%+v\n", *f)
	fmt.Printf("%#v\n", f.Base)
	fmt.Printf("%v %+v\n", f.Power, &f.Power)
	lg := &Logged{Switch: f}
	lg.Toggle()
	lg.Toggle()
	tog := lg.Toggle
	tog()
	fmt.Println(lg.events, lg.On(), f.On())
	var n Named = lg
	fmt.Println(n.Name(), strings.ToUpper(n.(Switch).Name()))
	name := l.Name
	l.Base.ID = 9
	fmt.Println(name(), l.Name())
	rename := (*Base).Rename
	rename(&l.Base, "floor")
	fmt.Println(l.Name(), Base.Name(l.Base), (*Fan).Name(f))
	if _, ok := n.(interface{ Rename(string) }); ok {
		fmt.Println("lg renames")
	}
	if _, ok := any(l).(interface{ Rename(string) }); !ok {
		fmt.Println("lamp value does not rename")
	}
	if r, ok := any(&l).(interface{ Rename(string) }); ok {
		r.Rename("hall")
		fmt.Println(l.Name())
	}
	devs := map[string][]Base{"odd": {{1, "a"}, {3, "c"}}, "even": {{2, "b"}}}
	fmt.Printf("%v\n%+v\n", devs, devs)
	fmt.Printf("%#v\n", devs["even"])
	ptrs := []*Base{{5, "p"}, {6, "q"}}
	fmt.Printf("%v %+v\n", *ptrs[0], *ptrs[1])
	type pair struct {
		L *Lamp
		B Base
	}
	pp := pair{nil, Base{7, "z"}}
	fmt.Printf("%v %+v\n", pp, pp)
}
