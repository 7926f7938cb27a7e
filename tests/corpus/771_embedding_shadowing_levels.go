//go:build ignore

// Embedding through several levels: promoted fields and methods, a
// method shadowed at an outer level that still calls the inner one,
// pointer and value embedding, interfaces embedding interfaces, and
// method expressions of promoted methods (Outer.Method, (*Outer).Method)
// used as values. Methods are added to the inner types in later cells.
package main

import (
	"fmt"
	"strings"
)

//cell

type Base struct {
	ID   int
	Name string
}

type Timestamps struct {
	Created, Updated int
}

type Entity struct {
	Base
	*Timestamps
	Version int
}

type User struct {
	Entity
	Email string
	Name  string // shadows Base.Name
}

type Admin struct {
	User
	Level int
}

//cell

func (b Base) Describe() string { return fmt.Sprintf("base#%d(%s)", b.ID, b.Name) }
func (b *Base) Rename(n string) { b.Name = n }
func (b Base) Kind() string     { return "base" }

func (t *Timestamps) Touch(at int) {
	t.Updated = at
}
func (t Timestamps) Age(now int) int { return now - t.Created }

//cell

func (e *Entity) Touch(at int) {
	e.Version++
	e.Timestamps.Touch(at)
}

func (u User) Kind() string { return "user:" + u.Entity.Kind() }

func (a Admin) Describe() string {
	return "admin(" + a.User.Describe() + ", lvl " + fmt.Sprint(a.Level) + ")"
}

//cell

type Describer interface{ Describe() string }
type Kinder interface{ Kind() string }
type Toucher interface{ Touch(int) }

type Model interface {
	Describer
	Kinder
	Toucher
}

func report(ms ...Model) string {
	var out []string
	for _, m := range ms {
		out = append(out, m.Kind()+" "+m.Describe())
	}
	return strings.Join(out, "; ")
}

//cell

func main() {
	ts := &Timestamps{Created: 100}
	u := User{Entity: Entity{Base: Base{1, "base-ann"}, Timestamps: ts}, Email: "ann@x", Name: "Ann"}
	fmt.Println(u.Name, u.Base.Name, u.ID, u.Created, u.Entity.Base.ID)
	fmt.Println(u.Describe(), u.Kind())
	u.Rename("renamed")
	fmt.Println(u.Name, u.Base.Name)
	u.Touch(150)
	fmt.Println(u.Version, u.Updated, ts.Updated, u.Age(175))

	a := &Admin{User: u, Level: 3}
	a.Touch(200)
	fmt.Println(a.Version, u.Version, a.Updated, u.Updated, a.Timestamps == u.Timestamps)
	a.Rename("root-base")
	fmt.Println(a.Base.Name, u.Base.Name, a.Name)
	fmt.Println(report(a, &u))

	var d Describer = a
	if m, ok := d.(Model); ok {
		fmt.Println("model", m.Kind())
	}
	var k Kinder = u
	_, isToucher := k.(Toucher)
	_, isModel := k.(Model)
	fmt.Println(isToucher, isModel)

	desc := Admin.Describe
	kind := (*Admin).Kind
	touch := (*Admin).Touch
	rename := (*User).Rename
	age := User.Age
	touch(a, 300)
	rename(&a.User, "via-expr")
	fmt.Println(desc(*a), kind(a), a.Version, a.Updated, age(a.User, 400))
	fns := map[string]func(Admin) string{"describe": Admin.Describe, "kind": Admin.Kind}
	for _, n := range []string{"kind", "describe"} {
		fmt.Println(n, fns[n](*a))
	}
	bound := a.User.Describe
	a.User.Base.Name = "later"
	fmt.Println(bound(), a.User.Describe())
}
