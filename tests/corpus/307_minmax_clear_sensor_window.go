//go:build ignore

// A sensor notebook: readings arrive in windows; the builtins min, max
// and clear (Go 1.21) summarise and reset them. min and max take any
// number of ordered arguments, strings included, and a NaN among floats
// wins; clear empties a map and zeroes a slice in place. Loops count with
// range over an int (Go 1.22).
package main

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"
)

type Reading struct {
	Sensor string
	Value  float64
}

type Window struct {
	Name     string
	Readings []Reading
	Seen     map[string]int
}

func NewWindow(name string) *Window {
	return &Window{Name: name, Seen: map[string]int{}}
}

func (w *Window) Add(sensor string, v float64) {
	w.Readings = append(w.Readings, Reading{sensor, v})
	w.Seen[sensor]++
}

//cell

// Span returns the lowest and highest value in the window with the
// builtins, folded one reading at a time.
func (w *Window) Span() (lo, hi float64) {
	if len(w.Readings) == 0 {
		return math.NaN(), math.NaN()
	}
	lo, hi = w.Readings[0].Value, w.Readings[0].Value
	for _, r := range w.Readings[1:] {
		lo = min(lo, r.Value)
		hi = max(hi, r.Value)
	}
	return lo, hi
}

func (w *Window) Sensors() []string {
	names := make([]string, 0, len(w.Seen))
	for n := range w.Seen {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

func clamp[T cmp.Ordered](v, lo, hi T) T {
	return min(max(v, lo), hi)
}

func describe(f float64) string {
	switch {
	case math.IsNaN(f):
		return "NaN"
	case math.IsInf(f, 1):
		return "+Inf"
	case math.IsInf(f, -1):
		return "-Inf"
	}
	return fmt.Sprintf("%.2f", f)
}

//cell

var w = NewWindow("morning")

func fill() {
	vals := []float64{21.5, 19.25, 23.0, 22.75, 18.5, 20.0}
	sensors := []string{"north", "south", "east"}
	for i := range len(vals) {
		w.Add(sensors[i%len(sensors)], vals[i])
	}
}

//cell

func main() {
	fill()
	lo, hi := w.Span()
	fmt.Println("window", w.Name, "readings", len(w.Readings))
	fmt.Println("span", describe(lo), describe(hi))
	fmt.Println("sensors", w.Sensors(), "seen", w.Seen["north"], w.Seen["south"], w.Seen["east"])

	// min and max of constants and strings
	const a, b, c = 7, 3, 11
	fmt.Println("consts", min(a, b, c), max(a, b, c), min(2.5, a))
	fmt.Println("strings", min("pear", "apple", "fig"), max("pear", "apple", "fig"), min("", "z"))
	names := w.Sensors()
	first := names[0]
	for _, n := range names[1:] {
		first = min(first, n)
	}
	fmt.Println("first sensor", first, strings.ToUpper(max(names[0], names[1], names[2])))

	// NaN propagates through min and max; slices.Max and cmp treat it as least
	nan := math.NaN()
	fmt.Println("nan", describe(min(1.0, nan)), describe(max(nan, 2.0)), describe(min(math.Inf(-1), 0)))
	fs := []float64{3, nan, 1}
	fmt.Println("slices.Min", describe(slices.Min(fs)), "slices.Max", describe(slices.Max(fs)))
	fmt.Println("cmp.Compare(nan, 1)", cmp.Compare(nan, 1.0), "cmp.Compare(nan, nan)", cmp.Compare(nan, nan), "cmp.Less", cmp.Less(nan, math.Inf(-1)))
	fmt.Println("negative zero", 1/min(0.0, math.Copysign(0, -1)), 1/max(math.Copysign(0, -1), 0.0))

	// clamp with inferred types
	fmt.Println("clamp", clamp(150, 0, 100), clamp(-3.5, -1, 1), clamp("m", "b", "k"))
	// a negative zero handed to a function keeps its sign
	nz := math.Copysign(0, -1)
	fmt.Println("clamp -0", 1/clamp(nz, -1, 1), math.Signbit(clamp(nz, -1, 1)))

	// clear on a slice zeroes the elements, keeps the length
	buf := []int{4, 5, 6, 7}
	view := buf[1:3]
	clear(view)
	fmt.Println("cleared view", buf, len(view), cap(view))
	rs := w.Readings[:2]
	clear(rs)
	fmt.Printf("readings after clear %+v\n", w.Readings[:3])

	// clear on a map removes every key, the map stays usable and shared
	alias := w.Seen
	clear(w.Seen)
	fmt.Println("seen after clear", len(w.Seen), len(alias), w.Seen == nil)
	alias["west"] = 1
	fmt.Println("seen via alias", w.Seen)

	// NaN keys can only be removed by clear
	m := map[float64]string{nan: "a", 1: "b"}
	m[nan] = "c"
	delete(m, nan)
	fmt.Println("nan keys", len(m))
	clear(m)
	fmt.Println("after clear", len(m))

	// range over an int: zero and negative counts run no iterations
	total := 0
	for i := range 5 {
		total += i
	}
	for range 0 {
		total = -1
	}
	n := -3
	for i := range n {
		total += i * 1000
	}
	fmt.Println("total", total)
	type small uint8
	var k small = 3
	for j := range k {
		fmt.Printf("%T=%d ", j, j)
	}
	fmt.Println()
}
