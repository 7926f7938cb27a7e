//go:build ignore

// Backtracking: N-queens solutions and permutations.
package main

import "fmt"

func solve(n int) [][]int {
	var out [][]int
	cols := make([]int, 0, n)
	var place func(row int)
	place = func(row int) {
		if row == n {
			out = append(out, append([]int(nil), cols...))
			return
		}
		for c := 0; c < n; c++ {
			ok := true
			for r, pc := range cols {
				if pc == c || row-r == c-pc || row-r == pc-c {
					ok = false
					break
				}
			}
			if ok {
				cols = append(cols, c)
				place(row + 1)
				cols = cols[:len(cols)-1]
			}
		}
	}
	place(0)
	return out
}

//cell

func permutations(s []rune) []string {
	if len(s) <= 1 {
		return []string{string(s)}
	}
	var out []string
	for i := range s {
		rest := append(append([]rune{}, s[:i]...), s[i+1:]...)
		for _, p := range permutations(rest) {
			out = append(out, string(s[i])+p)
		}
	}
	return out
}

//cell

func main() {
	for n := 4; n <= 8; n++ {
		fmt.Println(n, len(solve(n)))
	}
	fmt.Println(solve(4))
	fmt.Println(permutations([]rune("abc")))
}
