//go:build ignore

// Display from inside functions: bundles of cell types built in helpers,
// methods, closures and goroutines see the types' String, HTML, Markdown,
// LaTeX and JSON methods, and pool tasks whose results are of a named
// float64 type hand back values of that type. What the bundles hold is
// printed (Display itself goes to the notebook, not to stdout).
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"

	"github.com/gofutures/gofutures/display"
	"github.com/gofutures/gofutures/executor"
)

// Meters is a length with text, HTML and LaTeX forms.
type Meters float64

func (m Meters) String() string { return fmt.Sprintf("%.2f m", float64(m)) }

func (m Meters) HTML() string { return fmt.Sprintf("<span>%.2f&nbsp;m</span>", float64(m)) }

func (m Meters) LaTeX() string { return fmt.Sprintf("$%.2f\\,\\mathrm{m}$", float64(m)) }

// Route has a Markdown form and a JSON form.
type Route struct {
	Name  string
	Legs  []Meters
	notes string
}

func (r *Route) Markdown() string {
	var b strings.Builder
	fmt.Fprintf(&b, "### %s\n", r.Name)
	for i, l := range r.Legs {
		fmt.Fprintf(&b, "%d. %v\n", i+1, l)
	}
	return b.String()
}

func (r Route) JSON() any { return map[string]any{"name": r.Name, "legs": len(r.Legs)} }

// Point has no renderer methods: its bundle is its text.
type Point struct{ X, Y int }

//cell

func kinds(b display.Bundle) string {
	var ks []string
	for k := range b.Data {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return strings.Join(ks, ",")
}

func describe(label string, v any) {
	b := display.BundleOf(v)
	fmt.Printf("%s: %s [%s]\n", label, b, kinds(b))
	for _, k := range []string{"text/html", "text/latex", "text/markdown"} {
		if s, ok := b.Data[k].(string); ok {
			fmt.Printf("  %s %q\n", k, s)
		}
	}
	if j, ok := b.Data["application/json"]; ok {
		fmt.Printf("  json %v\n", j)
	}
}

func total(r Route) Meters {
	var sum Meters
	for _, l := range r.Legs {
		sum += l
	}
	return sum
}

func (r *Route) Longest() display.Bundle {
	best := r.Legs[0]
	for _, l := range r.Legs[1:] {
		if l > best {
			best = l
		}
	}
	return display.BundleOf(best)
}

//cell

func main() {
	r := &Route{Name: "Ridge", Legs: []Meters{1200, 850.5, 2310.25}, notes: "windy"}
	describe("leg", r.Legs[0])
	describe("route", r)
	describe("value", *r)
	describe("point", Point{3, 4})

	lb := r.Longest()
	fmt.Println("longest:", lb, kinds(lb))

	var wg sync.WaitGroup
	texts := make([]string, len(r.Legs))
	for i, l := range r.Legs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			texts[i] = display.BundleOf(l).String()
		}()
	}
	wg.Wait()
	fmt.Println(strings.Join(texts, " | "))

	show := func(m Meters) string { return display.BundleOf(m).Data["text/html"].(string) }
	fmt.Println(show(5))

	rs := display.RenderersOf(Meters(1))
	fmt.Println(rs.HTML != nil, rs.LaTeX != nil, rs.Markdown != nil, rs.String != nil)

	pool := executor.NewThreadPool(3)
	defer pool.Close()
	routes := []Route{*r, {Name: "Lake", Legs: []Meters{400, 600}}}
	res, err := pool.Map(total, routes)
	fmt.Println(res, err)
	for _, v := range res {
		m, ok := v.(Meters)
		fmt.Println(ok, m*2, display.BundleOf(m).Data["text/html"])
	}
	f := pool.Submit(total, Route{Name: "Hill", Legs: []Meters{75, 25}})
	v, err := f.Result()
	fmt.Printf("%v %T %v\n", v, v, err)
	if m, ok := v.(Meters); ok {
		describe("hill", m)
	}
}
