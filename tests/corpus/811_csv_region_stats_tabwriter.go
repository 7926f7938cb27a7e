//go:build ignore

// A notebook's first look at a small data set: a CSV string literal read
// with encoding/csv, rows parsed into structs (a bad field reported and
// kept as zero), grouped by region in a map of slices, mean and standard
// deviation per group printed through text/tabwriter (AlignRight|Debug),
// sorted by temperature, a median, and an embedded struct with a flag.
package main

import (
	"encoding/csv"
	"fmt"
	"math"
	"os"
	"sort"
	"strconv"
	"strings"
	"text/tabwriter"
)

const data = `city,region,temp,rain
Oslo,north,4.5,12
Bergen,north,7.1,30
Rome,south,18.2,3
Naples,south,19.9,5
Madrid,south,15.0,2
Berlin,central,9.3,8
Prague,central,8.8,
`

type Row struct {
	City, Region string
	Temp         float64
	Rain         int
}

//cell

func main() {
	r := csv.NewReader(strings.NewReader(data))
	recs, err := r.ReadAll()
	if err != nil {
		fmt.Println("err", err)
	}
	var rows []Row
	for i, rec := range recs[1:] {
		t, err := strconv.ParseFloat(rec[2], 64)
		if err != nil {
			fmt.Println("row", i, err)
			continue
		}
		rain, err := strconv.Atoi(rec[3])
		if err != nil {
			fmt.Printf("row %d: %v\n", i, err)
		}
		rows = append(rows, Row{rec[0], rec[1], t, rain})
	}
	fmt.Println(len(rows), rows[0], rows[len(rows)-1])

	groups := map[string][]Row{}
	for _, row := range rows {
		groups[row.Region] = append(groups[row.Region], row)
	}
	keys := make([]string, 0, len(groups))
	for k := range groups {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	mean := func(xs []float64) float64 {
		s := 0.0
		for _, x := range xs {
			s += x
		}
		return s / float64(len(xs))
	}
	w := tabwriter.NewWriter(os.Stdout, 0, 8, 2, ' ', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(w, "region\tn\tmean\tstd\t")
	for _, k := range keys {
		var ts []float64
		for _, r := range groups[k] {
			ts = append(ts, r.Temp)
		}
		m := mean(ts)
		v := 0.0
		for _, t := range ts {
			v += (t - m) * (t - m)
		}
		fmt.Fprintf(w, "%s\t%d\t%.2f\t%.3f\t\n", k, len(ts), m, math.Sqrt(v/float64(len(ts))))
	}
	w.Flush()

	sort.Slice(rows, func(i, j int) bool { return rows[i].Temp > rows[j].Temp })
	for _, r := range rows[:3] {
		fmt.Printf("%-8s|%6.1f|%-4d|%q\n", r.City, r.Temp, r.Rain, r.Region)
	}
	temps := make([]float64, len(rows))
	for i, r := range rows {
		temps[i] = r.Temp
	}
	sort.Float64s(temps)
	median := temps[len(temps)/2]
	fmt.Printf("median=%v mean=%.4f %T\n", median, mean(temps), mean)

	type DryRow struct {
		Row
		Dry bool
	}

	var dry []DryRow
	for _, r := range rows {
		dry = append(dry, DryRow{r, r.Rain < 6})
	}
	fmt.Printf("%+v\n", dry[0])
	fmt.Printf("%v\n", dry)
}
