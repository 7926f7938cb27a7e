//go:build ignore

// A sort.Interface whose Less returns an int, as a compare function would.
package main

import (
	"fmt"
	"sort"
)

//cell

type Person struct {
	Name string
	Age  int
}

type byAge []Person

func (a byAge) Len() int          { return len(a) }
func (a byAge) Swap(i, j int)     { a[i], a[j] = a[j], a[i] }
func (a byAge) Less(i, j int) int { return a[i].Age - a[j].Age }

//cell

func main() {
	people := []Person{{"Ann", 40}, {"Bob", 25}}
	sort.Sort(byAge(people))
	fmt.Println(people)
}
