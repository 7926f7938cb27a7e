//go:build ignore

// A slice of team pointers whose nested roster struct's map is only made
// for some teams; a write through the nested field of another panics.
package main

import "fmt"

//cell

type Roster struct {
	byNumber map[int]string
}

type Team struct {
	Name   string
	roster Roster
}

func newTeam(name string) *Team {
	t := &Team{Name: name}
	t.roster.byNumber = map[int]string{}
	return t
}

func (t *Team) Sign(n int, player string) {
	t.roster.byNumber[n] = player
}

//cell

func main() {
	teams := []*Team{newTeam("red"), {Name: "blue"}}
	teams[0].Sign(9, "ana")
	fmt.Println(teams[0].Name, len(teams[0].roster.byNumber))
	for _, t := range teams {
		t.Sign(10, "bo")
		fmt.Println("signed for", t.Name)
	}
}
