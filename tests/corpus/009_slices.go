//go:build ignore

// Slices: make, append, copy, slicing, capacity growth and sharing.
package main

import "fmt"

//cell

func main() {
	var s []string
	fmt.Println("uninit:", s, s == nil, len(s) == 0)
	s = make([]string, 3)
	fmt.Println("emp:", s, "len:", len(s), "cap:", cap(s))
	s[0], s[1], s[2] = "a", "b", "c"
	s = append(s, "d")
	s = append(s, "e", "f")
	fmt.Println("apd:", s)
	c := make([]string, len(s))
	n := copy(c, s)
	fmt.Println("cpy:", c, n)
	fmt.Println("sl1:", s[2:5], "sl2:", s[:5], "sl3:", s[2:])
	t := []string{"g", "h", "i"}
	fmt.Println("dcl:", t)
	nums := []int{0, 1, 2, 3, 4, 5}
	view := nums[1:3]
	view[0] = 100
	fmt.Println(nums, view, len(view), cap(view))
	full := nums[1:3:3]
	full = append(full, 7)
	fmt.Println(nums, full)
	twoD := make([][]int, 3)
	for i := 0; i < 3; i++ {
		twoD[i] = make([]int, i+1)
		for j := range twoD[i] {
			twoD[i][j] = i + j
		}
	}
	fmt.Println("2d:", twoD)
	var grow []int
	caps := []int{}
	for i := 0; i < 10; i++ {
		grow = append(grow, i)
		caps = append(caps, cap(grow))
	}
	fmt.Println(len(grow), caps[0] >= 1, caps[9] >= 10)
}
