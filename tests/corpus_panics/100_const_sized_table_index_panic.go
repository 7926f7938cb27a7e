//go:build ignore

// A rate table sized by a constant expression: the function indexes it
// with a computed slot past its end and panics with Go's message.
package main

import "fmt"

const buckets = 2 + 2

var table [buckets * 2]float64

func slot(v float64) int { return int(v) % (buckets * 3) }

//cell

func put(v float64) {
	table[slot(v)] += v
}

func main() {
	for _, v := range []float64{1, 5, 9, 11} {
		put(v)
		fmt.Println(table)
	}
}
