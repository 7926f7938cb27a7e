//go:build ignore

// Sliding-window statistics over sensor series: each sensor's readings
// are a row of a table, windows series[k][i:i+w] give rolling means and
// ranges, a resampler takes every n-th reading with a three-index slice,
// and windows asked past a row's end are recovered with Go's slice
// messages (with capacity, or lo > hi).
package main

import (
	"fmt"
	"math"
)

var names = []string{"north", "south", "roof"}

var series = [][]float64{
	{12.1, 12.4, 13.0, 13.8, 14.1, 13.9, 13.2},
	{9.8, 9.9, 10.4, 11.0, 10.7},
	{3.2, 4.8, 6.1, 8.0, 7.4, 5.5, 4.1, 3.0},
}

//cell

func rolling(k, w int) (means, ranges []float64) {
	for i := 0; i+w <= len(series[k]); i++ {
		win := series[k][i : i+w]
		sum, lo, hi := 0.0, math.Inf(1), math.Inf(-1)
		for _, v := range win {
			sum += v
			lo = math.Min(lo, v)
			hi = math.Max(hi, v)
		}
		means = append(means, math.Round(sum/float64(w)*100)/100)
		ranges = append(ranges, math.Round((hi-lo)*100)/100)
	}
	return
}

func window(k, lo, hi int) (w []float64, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%s[%d:%d]: %v", names[k], lo, hi, r)
		}
	}()
	return series[k][lo:hi], nil
}

func every(row []float64, n int) []float64 {
	var out []float64
	for i := 0; i < len(row); i += n {
		out = append(out, row[i:i+1:i+1]...)
	}
	return out
}

//cell

func main() {
	for k, name := range names {
		m, r := rolling(k, 3)
		fmt.Println(name, "means", m)
		fmt.Println(name, "ranges", r)
		fmt.Println(name, "every 2nd", every(series[k], 2))
	}
	for _, q := range [][3]int{{0, 2, 5}, {1, 3, 8}, {2, 6, 4}, {1, 0, 5}} {
		w, err := window(q[0], q[1], q[2])
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Println("window", q, w)
	}
}
