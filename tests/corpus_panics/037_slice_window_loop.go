//go:build ignore

// Windows of a slice taken in a loop whose bound is one too far: the
// last window runs past the slice's capacity.
package main

import "fmt"

//cell

func sums(xs []int, size int) []int {
	var out []int
	for i := 0; i <= len(xs)-size+1; i++ {
		w := xs[i : i+size]
		t := 0
		for _, x := range w {
			t += x
		}
		out = append(out, t)
	}
	return out
}

//cell

func main() {
	fmt.Println(sums([]int{1, 2, 3, 4}, 2))
}
