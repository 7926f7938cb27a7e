//go:build ignore

// Maps keyed by a program's types print with their keys sorted as fmt
// sorts them (by the underlying values, not by what String returns).
package main

import "fmt"

type Weekday int

func (d Weekday) String() string {
	return [...]string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}[d]
}

type Coord struct {
	Row, Col int
}

type cell struct {
	c    Coord
	note string
}

type Name string

type Flags [2]bool

//cell

func main() {
	hours := map[Weekday]float64{6: 1.5, 1: 8, 3: 7.25, 0: 0}
	fmt.Println(hours)
	fmt.Printf("%v\n%+v\n%#v\n", hours, hours, hours)
	grid := map[Coord]rune{{2, 1}: 'x', {0, 3}: 'o', {0, 1}: 'x', {-1, 9}: '.'}
	fmt.Println(grid)
	fmt.Printf("%+v\n", grid)
	notes := map[cell]int{{Coord{1, 1}, "b"}: 2, {Coord{1, 1}, "a"}: 1, {Coord{0, 5}, "z"}: 3}
	fmt.Printf("%v\n%+v\n", notes, notes)
	names := map[Name][]Weekday{"zoe": {1, 2}, "al": {0}, "Bo": nil}
	fmt.Printf("%v %#v\n", names, names)
	fl := map[Flags]string{{true, false}: "tf", {false, true}: "ft", {false, false}: "ff"}
	fmt.Println(fl)
	nested := map[Weekday]map[Coord]bool{2: {{1, 0}: true}, 1: {}}
	fmt.Printf("%v %d\n", nested, nested)
	ptrs := map[string]*Coord{"a": nil}
	fmt.Printf("%v %+v\n", ptrs, map[bool]Weekday{true: 5, false: 4})
}
