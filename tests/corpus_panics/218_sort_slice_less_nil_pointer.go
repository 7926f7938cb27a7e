//go:build ignore

// sort.Slice's less function compares a field of a pointer that one
// element leaves nil.
package main

import (
	"fmt"
	"sort"
)

//cell

type Owner struct{ Name string }

type Repo struct {
	Name  string
	Owner *Owner
}

func byOwner(repos []*Repo) {
	sort.Slice(repos, func(i, j int) bool {
		return repos[i].Owner.Name < repos[j].Owner.Name
	})
}

//cell

func main() {
	repos := []*Repo{{"b", &Owner{"zed"}}, {"a", &Owner{"amy"}}}
	byOwner(repos)
	fmt.Println(repos[0].Name, repos[1].Name)
	repos = append(repos, &Repo{Name: "c"})
	byOwner(repos)
	fmt.Println(repos[0].Name)
}
