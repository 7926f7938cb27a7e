//go:build ignore

// Statistics over a slice of structs parsed from CSV-like text: group
// by region with a map of slices, sort rows by several keys with
// slices.SortStableFunc and cmp.Or, per-group percentiles and a
// 3-period moving average, and a report through text/tabwriter with
// right-aligned numbers.
package main

import (
	"cmp"
	"fmt"
	"maps"
	"os"
	"slices"
	"strconv"
	"strings"
	"text/tabwriter"
)

//cell

const data = `region,rep,month,units,price
north,ana,1,12,9.50
south,bo,1,7,12.00
north,cy,1,3,9.50
east,di,2,20,4.25
south,bo,2,9,12.00
north,ana,2,15,9.00
east,ed,2,2,4.25
north,cy,3,8,9.75
south,fay,3,11,11.50
east,di,3,18,4.50
north,ana,3,10,9.50
south,bo,3,4,12.25`

type Sale struct {
	Region, Rep string
	Month       int
	Units       int
	Price       float64
}

func (s Sale) Revenue() float64 { return float64(s.Units) * s.Price }

func parseSales(text string) ([]Sale, error) {
	lines := strings.Split(text, "\n")[1:]
	out := make([]Sale, 0, len(lines))
	for i, l := range lines {
		f := strings.Split(l, ",")
		m, err1 := strconv.Atoi(f[2])
		u, err2 := strconv.Atoi(f[3])
		p, err3 := strconv.ParseFloat(f[4], 64)
		if err := cmp.Or(err1, err2, err3); err != nil {
			return nil, fmt.Errorf("row %d: %w", i+2, err)
		}
		out = append(out, Sale{f[0], f[1], m, u, p})
	}
	return out, nil
}

//cell

func GroupBy[T any, K comparable](xs []T, key func(T) K) map[K][]T {
	g := map[K][]T{}
	for _, x := range xs {
		k := key(x)
		g[k] = append(g[k], x)
	}
	return g
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func Sum[T int | float64](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func movingAvg(xs []float64, w int) []float64 {
	var out []float64
	for i := w - 1; i < len(xs); i++ {
		out = append(out, Sum(xs[i-w+1:i+1])/float64(w))
	}
	return out
}

func pct(xs []float64, p float64) float64 {
	s := slices.Sorted(slices.Values(xs))
	pos := p * float64(len(s)-1)
	lo := int(pos)
	if lo+1 >= len(s) {
		return s[lo]
	}
	return s[lo] + (pos-float64(lo))*(s[lo+1]-s[lo])
}

//cell

func main() {
	sales, err := parseSales(data)
	if err != nil {
		fmt.Println(err)
		return
	}
	_, err = parseSales("h\nx,y,1,two,3")
	fmt.Println(err)

	sorted := slices.Clone(sales)
	slices.SortStableFunc(sorted, func(a, b Sale) int {
		return cmp.Or(
			strings.Compare(a.Region, b.Region),
			-cmp.Compare(a.Revenue(), b.Revenue()),
			cmp.Compare(a.Month, b.Month),
		)
	})
	tw := tabwriter.NewWriter(os.Stdout, 0, 8, 2, ' ', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(tw, "region\trep\tmonth\tunits\trevenue\t")
	for _, s := range sorted {
		fmt.Fprintf(tw, "%s\t%s\t%d\t%d\t%.2f\t\n", s.Region, s.Rep, s.Month, s.Units, s.Revenue())
	}
	tw.Flush()

	byRegion := GroupBy(sales, func(s Sale) string { return s.Region })
	for _, r := range slices.Sorted(maps.Keys(byRegion)) {
		rev := Map(byRegion[r], Sale.Revenue)
		units := Map(byRegion[r], func(s Sale) int { return s.Units })
		fmt.Printf("%-6s n=%d units=%3d rev=%8.2f p25=%7.3f p50=%7.3f p90=%7.3f\n",
			r, len(rev), Sum(units), Sum(rev), pct(rev, .25), pct(rev, .5), pct(rev, .9))
	}

	byMonth := GroupBy(sales, func(s Sale) int { return s.Month })
	var monthly []float64
	for _, m := range slices.Sorted(maps.Keys(byMonth)) {
		monthly = append(monthly, Sum(Map(byMonth[m], Sale.Revenue)))
	}
	fmt.Printf("%.2f\n", monthly)
	fmt.Printf("%8.3f\n", movingAvg(monthly, 2))

	reps := GroupBy(sales, func(s Sale) [2]string { return [2]string{s.Region, s.Rep} })
	keys := slices.SortedFunc(maps.Keys(reps), func(a, b [2]string) int {
		return cmp.Or(cmp.Compare(len(reps[b]), len(reps[a])), cmp.Compare(a[1], b[1]))
	})
	for _, k := range keys[:4] {
		fmt.Println(k, len(reps[k]))
	}
}
