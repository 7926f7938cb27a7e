//go:build ignore

// A write to a nil map in a method that writes to maps in several places,
// called by a function of another cell.
package main

import "fmt"

//cell

type Index struct {
	byName map[string]int
	byID   map[int]string
}

func (ix *Index) Add(id int, name string) {
	ix.byID[id] = name
	ix.byName[name] = id
}

//cell

func load(ix *Index, names []string) {
	for i, n := range names {
		ix.Add(i, n)
	}
}

//cell

func main() {
	ix := &Index{byName: map[string]int{}}
	ix.byID = map[int]string{}
	load(ix, []string{"a"})
	fmt.Println(ix.byName)
	load(&Index{byID: map[int]string{}}, []string{"b"})
}
