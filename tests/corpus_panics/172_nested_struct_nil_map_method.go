//go:build ignore

// A company of departments, one made without its staff map, hires into it.
package main

import (
	"fmt"
)

//cell

type Department struct {
	Name  string
	Staff map[string]int
}

type Company struct {
	Depts map[string]*Department
}

func (c *Company) AddDept(name string, staffed bool) {
	d := &Department{Name: name}
	if staffed {
		d.Staff = make(map[string]int)
	}
	c.Depts[name] = d
}

func (c *Company) Hire(dept, who string, salary int) {
	c.Depts[dept].Staff[who] = salary
}

//cell

func main() {
	c := &Company{Depts: map[string]*Department{}}
	c.AddDept("eng", true)
	c.AddDept("ops", false)
	c.Hire("eng", "ann", 100)
	fmt.Println(len(c.Depts["eng"].Staff))
	c.Hire("ops", "bob", 90)
}
