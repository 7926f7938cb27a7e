//go:build ignore

// Explicit argument indexes in fmt formats over the notebook's types: one
// operand printed both by %v (its String method) and by %T (its Go name),
// %[n] reordering around width and precision stars, a helper declared
// before the types it later receives in an any, and a %T without an
// index between indexed verbs.
package main

import (
	"fmt"
	"strings"
)

func inspect(label string, v any) string {
	return fmt.Sprintf("%-6s %[2]v <%[2]T>", label, v)
}

//cell

type Grams float64

func (g Grams) String() string { return fmt.Sprintf("%.0fg", float64(g)) }

type Jar struct {
	Spice string
	Fill  Grams
}

func (j *Jar) String() string { return j.Spice + "@" + j.Fill.String() }

type Shelf []*Jar

func (s Shelf) Total() (g Grams) {
	for _, j := range s {
		g += j.Fill
	}
	return g
}

//cell

var pantry = Shelf{{"cumin", 40}, {"sumac", 125.5}, {"clove", 8}}

//cell

func table(s Shelf) string {
	var b strings.Builder
	for i, j := range s {
		fmt.Fprintf(&b, "%2[1]d. %-8[2]s|%[3]*.[4]*[5]f|%[5]v %[5]T\n", i+1, j.Spice, 9, 1, j.Fill)
	}
	return b.String()
}

//cell

func main() {
	fmt.Print(table(pantry))
	fmt.Println(inspect("first", pantry[0]))
	fmt.Println(inspect("weight", pantry[1].Fill))
	fmt.Println(inspect("shelf", pantry))
	total := pantry.Total()
	fmt.Printf("%[1]T holds %[1]v; total %v (%[2]T)\n", total, len(pantry))
	fmt.Printf("%[2]v then %[1]v, %T then %v\n", pantry[2], total, "end")
	err := fmt.Errorf("jar %[1]q is low: %[1]v of %[2]T", pantry[2], *pantry[2])
	fmt.Println(err)
}
