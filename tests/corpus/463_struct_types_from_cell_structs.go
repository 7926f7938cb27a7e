//go:build ignore

// Struct types declared from other struct types of the notebook (type
// Celsius Reading): each a type of its own with its own methods in
// interfaces, type switches, %T and map keys of any, converted to and
// from the type they were made from, its fields, tags and embedded
// fields kept, and an error type made from another error type.
package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"sort"
)

type Source struct{ Station string }

func (s Source) Where() string { return "@" + s.Station }

type Reading struct {
	Value float64 `json:"v"`
	Unit  string  `json:"unit,omitempty"`
	Source
}

type Missing struct{ Key string }

func (m Missing) Error() string { return "missing " + m.Key }

//cell

type Celsius Reading
type Kelvin Reading

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C%s", c.Value, c.Where()) }

func (k Kelvin) ToCelsius() Celsius {
	r := Reading(k)
	r.Value -= 273.15
	r.Unit = "C"
	return Celsius(r)
}

type Expired Missing

func (e Expired) Error() string { return "expired " + e.Key }

//cell

func kindOf(v any) string {
	switch x := v.(type) {
	case Reading:
		return "raw " + fmt.Sprint(x.Value)
	case Celsius:
		return "celsius " + x.String()
	case Kelvin:
		return "kelvin " + x.ToCelsius().String()
	}
	return "unknown"
}

var samples = []any{
	Reading{Value: 1, Source: Source{"dock"}},
	Celsius{Value: 21.5, Unit: "C", Source: Source{"roof"}},
	Kelvin{Value: 300, Unit: "K", Source: Source{"lab"}},
}

func init() {
	for _, s := range samples {
		fmt.Printf("%-12T %s\n", s, kindOf(s))
	}
	_, isReading := samples[1].(Reading)
	fmt.Println(isReading, samples[0] == any(Celsius{Value: 1, Source: Source{"dock"}}))
}

//cell

func main() {
	counts := map[any]int{}
	for _, s := range []any{Reading{}, Celsius{}, Kelvin{}, Celsius{}, Reading{}} {
		counts[s]++
	}
	var lines []string
	for k, n := range counts {
		lines = append(lines, fmt.Sprintf("%T:%d", k, n))
	}
	sort.Strings(lines)
	fmt.Println(lines)
	b, _ := json.Marshal(samples[2].(Kelvin).ToCelsius())
	fmt.Println(string(b))
	var k Kelvin
	fmt.Println(json.Unmarshal([]byte(`{"v":0,"unit":"K","Station":"pole"}`), &k), k.ToCelsius())
	var err error = fmt.Errorf("cache: %w", Expired{"token"})
	var m Missing
	var e Expired
	fmt.Println(err, errors.As(err, &m), errors.As(err, &e), e.Key)
	fmt.Println(Missing(e), Expired(Missing{"id"}))
}
