//go:build ignore

// sort.SliceStable's less function calls a method through an interface
// whose dynamic value is a nil pointer that the method dereferences.
package main

import (
	"fmt"
	"sort"
)

//cell

type Ranked interface {
	Rank() int
}

type Player struct {
	Name  string
	Score int
}

func (p *Player) Rank() int { return -p.Score }

//cell

func byRank(xs []Ranked) {
	sort.SliceStable(xs, func(i, j int) bool {
		return xs[i].Rank() < xs[j].Rank()
	})
}

func names(xs []Ranked) []string {
	var out []string
	for _, x := range xs {
		out = append(out, x.(*Player).Name)
	}
	return out
}

//cell

func main() {
	var missing *Player
	xs := []Ranked{&Player{"ann", 3}, &Player{"bo", 9}, &Player{"cy", 5}}
	byRank(xs)
	fmt.Println(names(xs))
	xs = append(xs, missing)
	byRank(xs)
	fmt.Println(names(xs))
}
