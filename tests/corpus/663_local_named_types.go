//go:build ignore

// Types declared inside functions (a float, a slice, a struct, an
// array in a loop body, a map in another function) printed with %v and
// %T.
package main

import (
	"fmt"
	"sort"
	"strings"
)

func g() {
	type celsius float64
	type names []string
	type byLen []string
	c := celsius(21.5)
	fmt.Printf("%v %T\n", c, c)
	n := names{"b", "a"}
	sort.Strings(n)
	fmt.Println(n, len(n))
	type point struct{ X, Y int }
	ps := map[string]point{"a": {1, 2}}
	fmt.Printf("%+v %T\n", ps, ps)
	var sb strings.Builder
	for i := range 3 {
		type pair [2]int
		p := pair{i, i * i}
		fmt.Fprint(&sb, p, " ")
	}
	fmt.Println(sb.String())
}

//cell

func f() {
	type counter map[string]int
	m := counter{}
	m["x"]++
	fmt.Printf("%v %T\n", m, m)
}

//cell

func main() {
	g()
	f()
}
