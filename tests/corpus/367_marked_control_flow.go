//go:build ignore

// Functions with divisions and map writes on several lines inside labeled
// loops, switches with fallthrough, selects and goto compute what Go does.
package main

import "fmt"

//cell

func grid(rows, cols int, into map[[2]int]int) int {
	total := 0
outer:
	for r := 1; r <= rows; r++ {
		for c := 1; c <= cols; c++ {
			if c > r {
				continue outer
			}
			if r*c > 6 {
				break outer
			}
			total += 12 / r
			into[[2]int{r, c}] = r * c
		}
	}
	return total + 100/cols
}

func classify(n, d int, seen map[string]int) string {
	var s string
	switch q := n / d; {
	case q > 5:
		s = "big"
		fallthrough
	case q > 2:
		s += "+mid"
		seen["mid"]++
	default:
		s = "small"
		seen["small"] = n % d
	}
	return s
}

func pump(in, out chan int, n int) int {
	got := 0
	for i := 0; i < n; i++ {
		select {
		case out <- i * 2:
			got += 100 / (i + 1)
		case v := <-in:
			got += v
		}
	}
	i := 0
again:
	if i < 3 {
		got += 60 / (i + 1)
		i++
		goto again
	}
	return got
}

//cell

func main() {
	m := map[[2]int]int{}
	fmt.Println(grid(4, 3, m), len(m), m[[2]int{2, 2}])
	seen := map[string]int{}
	for _, n := range []int{30, 12, 5, 3} {
		fmt.Println(n, classify(n, 2, seen))
	}
	fmt.Println(seen)
	out := make(chan int, 10)
	fmt.Println(pump(make(chan int), out, 4), len(out))
}
