//go:build ignore

// Slices: usage and internals. A slice is a view of an array; slicing
// shares it, so writes through one view show through another; append
// reuses spare capacity (aliasing!) until it must copy; a full slice
// expression a[lo:hi:max] caps capacity so the next append copies; copy
// moves min(len) elements, also between overlapping views.
package main

import (
	"fmt"
	"slices"
)

func show(name string, s []int) {
	fmt.Printf("%-6s len=%d cap=%d %v\n", name, len(s), len(s[:cap(s)]), s)
}

type Stack struct{ items []string }

func (s *Stack) Push(v string) { s.items = append(s.items, v) }

func (s *Stack) Pop() (string, bool) {
	if len(s.items) == 0 {
		return "", false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

//cell

func insertAt(s []int, i int, v int) []int {
	s = append(s, 0)
	copy(s[i+1:], s[i:])
	s[i] = v
	return s
}

func filterInPlace(s []int, keep func(int) bool) []int {
	out := s[:0]
	for _, v := range s {
		if keep(v) {
			out = append(out, v)
		}
	}
	return out
}

//cell

func main() {
	var arr [8]int
	for i := range arr {
		arr[i] = i * 10
	}
	a := arr[2:5]
	show("a", a)
	a[0] = -1
	fmt.Println(arr)

	b := append(a, 99)
	fmt.Println(arr[5], b[3])

	c := arr[2:5:5]
	show("c", c)
	c = append(c, 77)
	c[0] = 1000
	fmt.Println(arr[2], arr[5], c)

	base := make([]int, 3, 10)
	x := append(base, 1)
	y := append(base, 2)
	fmt.Println(x[3], y[3], &x[0] == &y[0])

	full := base[:3:3]
	p := append(full, 1)
	q := append(full, 2)
	fmt.Println(p[3], q[3], len(p), cap(p) >= 4)

	src := []int{1, 2, 3, 4, 5}
	dst := make([]int, 3)
	n := copy(dst, src)
	fmt.Println(n, dst)
	n = copy(src[1:], src)
	fmt.Println(n, src)
	n = copy(make([]byte, 5), "hi")
	fmt.Println(n)

	var nilS []int
	empty := []int{}
	fmt.Println(nilS == nil, empty == nil, len(nilS), cap(empty))
	nilS = append(nilS, 7)
	fmt.Println(nilS)

	s := []int{5, 1, 4}
	s = insertAt(s, 1, 9)
	s = insertAt(s, 4, 8)
	fmt.Println(s)
	evens := filterInPlace(s, func(v int) bool { return v%2 == 0 })
	fmt.Println(evens, s)

	var st Stack
	for _, w := range []string{"a", "b", "c"} {
		st.Push(w)
	}
	for {
		v, ok := st.Pop()
		if !ok {
			break
		}
		fmt.Print(v)
	}
	fmt.Println()

	grid := make([][]rune, 3)
	cells := make([]rune, 9)
	for i := range grid {
		grid[i], cells = cells[:3:3], cells[3:]
		for j := range grid[i] {
			grid[i][j] = '.'
		}
	}
	grid[1][1] = '#'
	grid[0] = append(grid[0], '!')
	for _, row := range grid {
		fmt.Println(string(row))
	}
	fmt.Println(slices.Clip(make([]int, 2, 5)), cap(slices.Clip(make([]int, 2, 5))))
	arr2 := [3]string{"x", "y", "z"}
	sl := arr2[:]
	arr3 := arr2
	sl[0] = "changed"
	fmt.Println(arr2, arr3, [3]string(sl[:3]))
}
