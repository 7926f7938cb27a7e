//go:build ignore

// A sales CSV parsed with bufio.Scanner, bad lines kept as typed errors
// (errors.As finds strconv's NumError through Unwrap), totals by region
// in sorted key order, a multi-key sort with cmp.Or, slices' Max, Index
// and Contains funcs.
package main

import (
	"bufio"
	"cmp"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
)

const raw = `date,region,product,units,price
2026-01-03,north,apple,12,0.5
2026-01-03,south,pear,7,0.75
2026-01-04,north,pear,3,0.75
2026-01-05,east,apple,20,0.45
2026-01-05,south,apple,5,0.5
bad line
2026-01-06,north,plum,x,1.2`

type Sale struct {
	Date, Region, Product string
	Units                 int
	Price                 float64
}

func (s Sale) Total() float64 { return float64(s.Units) * s.Price }

type ParseError struct {
	Line int
	Err  error
}

func (e *ParseError) Error() string { return fmt.Sprintf("line %d: %v", e.Line, e.Err) }
func (e *ParseError) Unwrap() error { return e.Err }

//cell

func parse(text string) ([]Sale, []error) {
	var out []Sale
	var errs []error
	sc := bufio.NewScanner(strings.NewReader(text))
	n := 0
	for sc.Scan() {
		n++
		if n == 1 {
			continue
		}
		f := strings.Split(sc.Text(), ",")
		if len(f) != 5 {
			errs = append(errs, &ParseError{n, fmt.Errorf("want 5 fields, got %d", len(f))})
			continue
		}
		u, err := strconv.Atoi(f[3])
		if err != nil {
			errs = append(errs, &ParseError{n, err})
			continue
		}
		p, _ := strconv.ParseFloat(f[4], 64)
		out = append(out, Sale{f[0], f[1], f[2], u, p})
	}
	return out, errs
}

//cell

func main() {
	sales, errs := parse(raw)
	fmt.Println(len(sales))
	for _, e := range errs {
		fmt.Println(e)
		var ne *strconv.NumError
		if errors.As(e, &ne) {
			fmt.Println("  bad number:", ne.Num, ne.Func)
		}
	}
	byRegion := map[string][]Sale{}
	for _, s := range sales {
		byRegion[s.Region] = append(byRegion[s.Region], s)
	}
	for _, r := range slices.Sorted(maps.Keys(byRegion)) {
		total := 0.0
		for _, s := range byRegion[r] {
			total += s.Total()
		}
		fmt.Printf("%-6s %2d sales %6.2f\n", r, len(byRegion[r]), total)
	}
	slices.SortFunc(sales, func(a, b Sale) int {
		return cmp.Or(cmp.Compare(b.Total(), a.Total()), strings.Compare(a.Product, b.Product))
	})
	for i, s := range sales[:3] {
		fmt.Printf("%d. %+v %.2f\n", i+1, s, s.Total())
	}
	units := make(map[string]int)
	for _, s := range sales {
		units[s.Product] += s.Units
	}
	fmt.Println(units)
	best := slices.MaxFunc(sales, func(a, b Sale) int { return cmp.Compare(a.Units, b.Units) })
	fmt.Println(best.Product, best.Units)
	idx := slices.IndexFunc(sales, func(s Sale) bool { return s.Region == "east" })
	fmt.Println(idx, slices.ContainsFunc(sales, func(s Sale) bool { return s.Units > 100 }))
}
