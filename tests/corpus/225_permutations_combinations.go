//go:build ignore

// Generators of permutations, combinations and subsets, written the ways
// people write them: a recursive permutation with a swap and a callback,
// Heap's algorithm as an iter.Seq, lexicographic next-permutation on a
// named slice type, k-combinations as an iterator of index slices pulled
// one at a time with iter.Pull, and the power set from a bit mask.
package main

import (
	"fmt"
	"iter"
	"slices"
	"strings"
)

type Perm []int

func (p Perm) String() string {
	parts := make([]string, len(p))
	for i, v := range p {
		parts[i] = fmt.Sprint(v)
	}
	return "(" + strings.Join(parts, " ") + ")"
}

// Next rearranges p into the next permutation in lexicographic order and
// reports false when p was the last one.
func (p Perm) Next() bool {
	i := len(p) - 2
	for i >= 0 && p[i] >= p[i+1] {
		i--
	}
	if i < 0 {
		return false
	}
	j := len(p) - 1
	for p[j] <= p[i] {
		j--
	}
	p[i], p[j] = p[j], p[i]
	slices.Reverse(p[i+1:])
	return true
}

//cell

func permute(xs []string, k int, visit func([]string)) {
	if k == len(xs) {
		visit(xs)
		return
	}
	for i := k; i < len(xs); i++ {
		xs[k], xs[i] = xs[i], xs[k]
		permute(xs, k+1, visit)
		xs[k], xs[i] = xs[i], xs[k]
	}
}

func heap[T any](items []T) iter.Seq[[]T] {
	return func(yield func([]T) bool) {
		a := slices.Clone(items)
		c := make([]int, len(a))
		if !yield(slices.Clone(a)) {
			return
		}
		for i := 0; i < len(a); {
			if c[i] < i {
				if i%2 == 0 {
					a[0], a[i] = a[i], a[0]
				} else {
					a[c[i]], a[i] = a[i], a[c[i]]
				}
				if !yield(slices.Clone(a)) {
					return
				}
				c[i]++
				i = 0
			} else {
				c[i] = 0
				i++
			}
		}
	}
}

func combinations(n, k int) iter.Seq[[]int] {
	return func(yield func([]int) bool) {
		idx := make([]int, k)
		for i := range idx {
			idx[i] = i
		}
		for {
			if !yield(slices.Clone(idx)) {
				return
			}
			i := k - 1
			for i >= 0 && idx[i] == n-k+i {
				i--
			}
			if i < 0 {
				return
			}
			idx[i]++
			for j := i + 1; j < k; j++ {
				idx[j] = idx[j-1] + 1
			}
		}
	}
}

func powerSet[T any](xs []T) [][]T {
	var out [][]T
	for mask := 0; mask < 1<<len(xs); mask++ {
		var sub []T
		for i := range xs {
			if mask&(1<<i) != 0 {
				sub = append(sub, xs[i])
			}
		}
		out = append(out, sub)
	}
	return out
}

//cell

func main() {
	var seen []string
	permute([]string{"a", "b", "c"}, 0, func(p []string) {
		seen = append(seen, strings.Join(p, ""))
	})
	fmt.Println("swap permutations:", seen)

	n := 0
	var last []rune
	for p := range heap([]rune("wxyz")) {
		n++
		last = p
	}
	fmt.Println("heap's algorithm:", n, "permutations, last", string(last))

	p := Perm{1, 2, 2, 3}
	fmt.Print("distinct: ", p)
	count := 1
	for p.Next() {
		fmt.Print(" ", p)
		count++
	}
	fmt.Println(" =", count)

	fruits := []string{"apple", "fig", "kiwi", "lime", "pear"}
	next, stop := iter.Pull(combinations(len(fruits), 3))
	defer stop()
	for i := 0; i < 4; i++ {
		idx, ok := next()
		if !ok {
			break
		}
		pick := make([]string, len(idx))
		for j, x := range idx {
			pick[j] = fruits[x]
		}
		fmt.Println("pick", i, idx, pick)
	}
	total := 0
	for range combinations(10, 4) {
		total++
	}
	fmt.Println("C(10,4) =", total)

	subsets := powerSet([]string{"x", "y", "z"})
	fmt.Println(len(subsets), "subsets:", subsets)
	sums := map[int]int{}
	for _, s := range powerSet([]int{1, 2, 3, 4}) {
		t := 0
		for _, v := range s {
			t += v
		}
		sums[t]++
	}
	fmt.Println("subset sums:", sums)
}
