//go:build ignore

// A seeded simulation with math/rand/v2: a PCG source with fixed seeds,
// dice rolled into a histogram drawn with strings.Repeat, a random walk
// whose final positions are summarised (mean, standard deviation,
// percentiles by nearest rank), a Fisher–Yates shuffle through
// rand.Shuffle and a weighted choice by cumulative sums.
package main

import (
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
)

//cell

var rng = rand.New(rand.NewPCG(42, 1024))

func roll(n int) int {
	s := 0
	for range n {
		s += rng.IntN(6) + 1
	}
	return s
}

type Stats struct {
	N        int
	Mean, SD float64
	Min, Max float64
	P50, P90 float64
}

func percentile(sorted []float64, p float64) float64 {
	if len(sorted) == 0 {
		return math.NaN()
	}
	rank := int(math.Ceil(p / 100 * float64(len(sorted))))
	return sorted[max(rank-1, 0)]
}

func describe(xs []float64) Stats {
	s := slices.Sorted(slices.Values(xs))
	var sum float64
	for _, x := range s {
		sum += x
	}
	mean := sum / float64(len(s))
	var ss float64
	for _, x := range s {
		ss += (x - mean) * (x - mean)
	}
	return Stats{len(s), mean, math.Sqrt(ss / float64(len(s)-1)), s[0], s[len(s)-1], percentile(s, 50), percentile(s, 90)}
}

//cell

func walk(steps int) float64 {
	x := 0.0
	for range steps {
		if rng.Float64() < 0.5 {
			x--
		} else {
			x++
		}
	}
	return x
}

func weighted(w []float64) func() int {
	cum := make([]float64, len(w))
	total := 0.0
	for i, x := range w {
		total += x
		cum[i] = total
	}
	return func() int {
		r := rng.Float64() * total
		i, _ := slices.BinarySearch(cum, r)
		return i
	}
}

//cell

func main() {
	hist := map[int]int{}
	for range 600 {
		hist[roll(2)]++
	}
	for s := 2; s <= 12; s++ {
		fmt.Printf("%2d %3d %s\n", s, hist[s], strings.Repeat("*", hist[s]/5))
	}

	var finals []float64
	for range 200 {
		finals = append(finals, walk(100))
	}
	st := describe(finals)
	fmt.Printf("%+v\n", st)
	fmt.Printf("mean=%6.2f sd=%6.3f range=[%g,%g] p50=%.0f p90=%.0f\n", st.Mean, st.SD, st.Min, st.Max, st.P50, st.P90)

	deck := []string{"A", "K", "Q", "J", "10", "9", "8", "7"}
	rng.Shuffle(len(deck), func(i, j int) { deck[i], deck[j] = deck[j], deck[i] })
	fmt.Println(deck)
	fmt.Println(rng.Perm(6), rng.Int64N(1_000_000), rng.Uint32()%1000)

	pick := weighted([]float64{1, 3, 6})
	counts := [3]int{}
	for range 1000 {
		counts[pick()]++
	}
	fmt.Println(counts)

	r2 := rand.New(rand.NewPCG(42, 1024))
	r3 := rand.New(rand.NewPCG(42, 1024))
	same := true
	for range 50 {
		if r2.IntN(100) != r3.IntN(100) {
			same = false
		}
	}
	fmt.Println("same stream:", same, r2.NormFloat64() == r3.NormFloat64())
}
