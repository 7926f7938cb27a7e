//go:build ignore

// A text report from CSV-like lines: parse into structs, skip bad rows with
// a reason, sort by several keys with sort.Slice and slices.SortFunc, group
// totals per region, and print an aligned table.
package main

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
)

type Sale struct {
	Region string
	Rep    string
	Units  int
	Price  float64
	Month  int
}

func (s Sale) Revenue() float64 { return float64(s.Units) * s.Price }

const raw = `region,rep,units,price,month
north,Ana,12,9.50,3
south,Bo,7,12.00,1
north,Cy,12,9.50,1
east,Di,x,3.00,2
south,Ana,20,4.25,2
west,Ed,3,100,4
north,Bo,5,9.50,2
east,Fa,9,7.75,3
south,Cy,7,12.00,3
bad line
west,Gu,3,100,1`

//cell

type ParseError struct {
	Line int
	Msg  string
}

func (e ParseError) Error() string { return fmt.Sprintf("line %d: %s", e.Line, e.Msg) }

func parse(text string) ([]Sale, []error) {
	var out []Sale
	var errs []error
	for i, line := range strings.Split(text, "\n") {
		if i == 0 {
			continue
		}
		f := strings.Split(line, ",")
		if len(f) != 5 {
			errs = append(errs, ParseError{i + 1, fmt.Sprintf("want 5 fields, got %d", len(f))})
			continue
		}
		units, err := strconv.Atoi(f[2])
		if err != nil {
			errs = append(errs, ParseError{i + 1, "units: " + err.Error()})
			continue
		}
		price, _ := strconv.ParseFloat(f[3], 64)
		month, _ := strconv.Atoi(f[4])
		out = append(out, Sale{f[0], f[1], units, price, month})
	}
	return out, errs
}

var sales, problems = parse(raw)

//cell

func byRegionThenRevenue(s []Sale) {
	sort.Slice(s, func(i, j int) bool {
		if s[i].Region != s[j].Region {
			return s[i].Region < s[j].Region
		}
		if s[i].Revenue() != s[j].Revenue() {
			return s[i].Revenue() > s[j].Revenue()
		}
		return s[i].Rep < s[j].Rep
	})
}

func byMonthUnitsRep(a, b Sale) int {
	return cmp.Or(
		cmp.Compare(a.Month, b.Month),
		-cmp.Compare(a.Units, b.Units),
		strings.Compare(a.Rep, b.Rep),
	)
}

func printTable(title string, rows []Sale) {
	fmt.Printf("== %s ==\n", title)
	fmt.Printf("%-6s %-4s %5s %8s %3s %9s\n", "region", "rep", "units", "price", "mo", "revenue")
	for _, r := range rows {
		fmt.Printf("%-6s %-4s %5d %8.2f %3d %9.2f\n", r.Region, r.Rep, r.Units, r.Price, r.Month, r.Revenue())
	}
}

//cell

type RegionTotal struct {
	Region  string
	Units   int
	Revenue float64
	Reps    []string
}

func totals(rows []Sale) []RegionTotal {
	idx := map[string]int{}
	var out []RegionTotal
	for _, r := range rows {
		i, ok := idx[r.Region]
		if !ok {
			i = len(out)
			idx[r.Region] = i
			out = append(out, RegionTotal{Region: r.Region})
		}
		t := &out[i]
		t.Units += r.Units
		t.Revenue += r.Revenue()
		if !slices.Contains(t.Reps, r.Rep) {
			t.Reps = append(t.Reps, r.Rep)
		}
	}
	slices.SortFunc(out, func(a, b RegionTotal) int {
		return cmp.Or(cmp.Compare(b.Revenue, a.Revenue), cmp.Compare(a.Region, b.Region))
	})
	for i := range out {
		slices.Sort(out[i].Reps)
	}
	return out
}

//cell

func main() {
	fmt.Println(len(sales), "rows,", len(problems), "problems")
	for _, p := range problems {
		var pe ParseError
		if errors.As(p, &pe) {
			fmt.Println(" ", pe.Line, p, fmt.Sprintf("%T", p))
		}
	}
	rows := slices.Clone(sales)
	byRegionThenRevenue(rows)
	printTable("by region, revenue desc", rows)
	slices.SortStableFunc(rows, byMonthUnitsRep)
	printTable("by month, units desc, rep", rows)
	for _, t := range totals(sales) {
		fmt.Printf("%-5s units=%-3d revenue=%8.2f reps=%v\n", t.Region, t.Units, t.Revenue, t.Reps)
	}
	fmt.Printf("%v\n", totals(sales)[0])
	fmt.Printf("%+v\n", sales[:2])
	best := slices.MaxFunc(sales, func(a, b Sale) int { return cmp.Compare(a.Revenue(), b.Revenue()) })
	fmt.Println("best:", best.Rep, best.Region, best.Revenue())
	i, found := slices.BinarySearchFunc(rows, 3, func(s Sale, m int) int { return cmp.Compare(s.Month, m) })
	fmt.Println("first month 3 at", i, found, rows[i].Rep)
}
