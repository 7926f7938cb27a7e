//go:build ignore

// Seating plans by permutation: Heap's algorithm and next-permutation
// generate orders of guests with swaps, a Fisher-Yates shuffle driven
// by a small deterministic generator, rotations by three reversals, and
// a check that no two rivals sit side by side.
package main

import (
	"fmt"
	"strings"
)

func permutations(xs []string) [][]string {
	var out [][]string
	var gen func(k int)
	gen = func(k int) {
		if k == 1 {
			out = append(out, append([]string(nil), xs...))
			return
		}
		gen(k - 1)
		for i := 0; i < k-1; i++ {
			if k%2 == 0 {
				xs[i], xs[k-1] = xs[k-1], xs[i]
			} else {
				xs[0], xs[k-1] = xs[k-1], xs[0]
			}
			gen(k - 1)
		}
	}
	gen(len(xs))
	return out
}

func nextPerm(a []int) bool {
	i := len(a) - 2
	for i >= 0 && a[i] >= a[i+1] {
		i--
	}
	if i < 0 {
		return false
	}
	j := len(a) - 1
	for a[j] <= a[i] {
		j--
	}
	a[i], a[j] = a[j], a[i]
	for l, r := i+1, len(a)-1; l < r; l, r = l+1, r-1 {
		a[l], a[r] = a[r], a[l]
	}
	return true
}

//cell

type lcg struct{ s uint32 }

func (g *lcg) intn(n int) int {
	g.s = g.s*1664525 + 1013904223
	return int(g.s>>16) % n
}

func shuffle(xs []string, g *lcg) {
	for i := len(xs) - 1; i > 0; i-- {
		j := g.intn(i + 1)
		xs[i], xs[j] = xs[j], xs[i]
	}
}

func reverse(xs []string) {
	for i, j := 0, len(xs)-1; i < j; i, j = i+1, j-1 {
		xs[i], xs[j] = xs[j], xs[i]
	}
}

func rotate(xs []string, k int) {
	reverse(xs[:k])
	reverse(xs[k:])
	reverse(xs)
}

func peaceful(seats []string, rivals map[string]string) bool {
	for i := 1; i < len(seats); i++ {
		if rivals[seats[i-1]] == seats[i] || rivals[seats[i]] == seats[i-1] {
			return false
		}
	}
	return true
}

//cell

func main() {
	guests := []string{"Ann", "Bob", "Cat", "Dan"}
	rivals := map[string]string{"Ann": "Bob", "Cat": "Dan"}
	perms := permutations(append([]string(nil), guests...))
	ok := 0
	for _, p := range perms {
		if peaceful(p, rivals) {
			ok++
			fmt.Println("peaceful:", strings.Join(p, " "))
		}
	}
	fmt.Println(len(perms), "plans,", ok, "peaceful")

	a := []int{1, 2, 3}
	for {
		fmt.Print(a, " ")
		if !nextPerm(a) {
			break
		}
	}
	fmt.Println()

	g := &lcg{42}
	for round := 0; round < 3; round++ {
		s := append([]string(nil), guests...)
		shuffle(s, g)
		fmt.Println("shuffled:", s)
	}
	r := append([]string(nil), guests...)
	rotate(r, 1)
	fmt.Println("rotated:", r)
}
