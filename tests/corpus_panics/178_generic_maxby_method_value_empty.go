//go:build ignore

// A generic MaxBy with a method value as key reads the first element of an
// empty slice.
package main

import (
	"fmt"
)

//cell

func MaxBy[T any](xs []T, key func(T) int) T {
	best := xs[0]
	for _, x := range xs[1:] {
		if key(x) > key(best) {
			best = x
		}
	}
	return best
}

type Player struct {
	Name   string
	Scores []int
}

func (p Player) Total() int {
	t := 0
	for _, s := range p.Scores {
		t += s
	}
	return t
}

//cell

func main() {
	team := []Player{{"ann", []int{3, 4}}, {"bob", []int{9}}}
	fmt.Println(MaxBy(team, Player.Total).Name)
	fmt.Println(MaxBy(team[2:], Player.Total).Name)
}
