//go:build ignore

// Methods a later cell adds to types that earlier cells already use: a
// String on a struct that a function literal held in a package-level
// variable prints, sort.Interface's methods on a named slice, and an
// Area that makes a type satisfy an interface an earlier function
// asserts to (with fmt.Stringer) over a []any.
package main

import (
	"fmt"
	"sort"
	"strings"
)

//cell

type P struct {
	Name string
	Age  int
}

type ByAge []P

var pr = func(p P) string { return fmt.Sprint(p) }

var people = []P{{"ann", 31}, {"bo", 25}, {"cy", 40}}

type Shape interface{ Area() float64 }

type Sq struct{ S float64 }

func total(xs []any) (t float64, names []string) {
	for _, x := range xs {
		if s, ok := x.(Shape); ok {
			t += s.Area()
		}
		if st, ok := x.(fmt.Stringer); ok {
			names = append(names, st.String())
		}
	}
	return
}

//cell

func (p P) String() string { return fmt.Sprintf("%s(%d)", p.Name, p.Age) }

func (a ByAge) Len() int           { return len(a) }
func (a ByAge) Less(i, j int) bool { return a[i].Age < a[j].Age }
func (a ByAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

func (s Sq) Area() float64 { return s.S * s.S }

//cell

func main() {
	fmt.Println(pr(people[0]), people)
	sort.Sort(ByAge(people))
	fmt.Println(people, sort.IsSorted(ByAge(people)))
	t, n := total([]any{Sq{2}, people[0], Sq{1}, 3})
	fmt.Println(t, strings.Join(n, ","))
}
