//go:build ignore

// display.Table lays out a slice, an array or a map as a table: a column
// per exported field (embedded structs' fields promoted), per string key,
// per index, or one "value" column; cells as fmt's %v prints them.
package main

import (
	"fmt"

	"github.com/gofutures/gofutures/display"
)

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Meta struct {
	ID      int
	updated string
}

type Station struct {
	Meta
	Name  string
	Temp  Celsius
	Tags  []string
	notes string
}

type Owner struct{ Who string }

type Sensor struct {
	*Owner
	Serial string
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

//cell

func main() {
	stations := []Station{
		{Meta{1, "x"}, "Oslo", 3.5, []string{"coast"}, "cold"},
		{Meta{2, "y"}, "Lagos", 31, nil, ""},
	}
	fmt.Println(display.Table(stations))
	fmt.Println(display.Table(&stations))
	fmt.Println(display.Table(map[string]Celsius{"b": 2, "a": -1}))
	fmt.Println(display.Table([]Sensor{{&Owner{"ana"}, "s1"}, {nil, "s2"}}))
	fmt.Println(display.Table([]any{Station{Name: "Rome"}, Celsius(20), nil}))
	fmt.Println(display.Table([]Pair[string, Celsius]{{"k", 1.25}}))
	temps := make([]Celsius, 100)
	for i := range temps {
		temps[i] = Celsius(i) / 2
	}
	fmt.Println(display.Table(temps))
	b := display.Table(Station{})
	fmt.Println(b.IsError(), b)
}
