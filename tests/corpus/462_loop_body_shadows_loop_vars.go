//go:build ignore

// Loop bodies that declare again the names of their loop variables, as
// Go allows (the body is a block of its own): range over an int, a
// string, a slice whose element a closure captures, a function iterator
// of a cell type and a map's pairs, and a three-clause loop whose
// variable closures capture and whose body continues after hiding it.
package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

type Order struct {
	ID    string
	Cents int
}

var orders = []Order{{"a1", 1250}, {"b2", 399}, {"c3", 10000}}

func (o Order) String() string { return fmt.Sprintf("%s:%d.%02d", o.ID, o.Cents/100, o.Cents%100) }

//cell

func discounted(os []Order) iter.Seq[Order] {
	return func(yield func(Order) bool) {
		for _, o := range os {
			if !yield(Order{o.ID, o.Cents * 9 / 10}) {
				return
			}
		}
	}
}

func init() {
	for day := range 3 {
		day := day + 1 // days count from one
		fmt.Print("day ", day, " ")
	}
	fmt.Println()
	for o := range discounted(orders) {
		o := o.String() // from here on the text
		fmt.Print(strings.ToUpper(o), " ")
	}
	fmt.Println()
}

//cell

var printers []func() string

func init() {
	for _, o := range orders {
		printers = append(printers, o.String)
		printers = append(printers, func() string { return "later " + o.ID })
		o := o.Cents / 100
		fmt.Print(o, " ")
	}
	fmt.Println()
	for i, r := range "añb" {
		r := string(r) + "!"
		i := i * 10
		fmt.Print(i, r, " ")
	}
	fmt.Println()
	totals := map[string]int{"fees": 3}
	for k, v := range maps.All(totals) {
		k, v := strings.ToUpper(k), v*100
		fmt.Println(k, v)
	}
}

//cell

func main() {
	var steps []func() int
	for i := 0; i < 7; i++ {
		steps = append(steps, func() int { return i })
		i := i * i
		if i%2 == 0 {
			continue // the loop's i goes on, not this one
		}
		fmt.Print(i, " ")
	}
	fmt.Println()
	for _, s := range steps {
		fmt.Print(s(), " ")
	}
	fmt.Println()
	for _, p := range printers {
		fmt.Print(p(), "; ")
	}
	fmt.Println()
	for n := range slices.Values([]int{4, 5}) {
		var n = float64(n) / 2
		fmt.Print(n, " ")
	}
	fmt.Println()
}
