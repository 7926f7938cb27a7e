//go:build ignore

// Slices share arrays: append aliasing, copy, and the three-index slice.
package main

import "fmt"

func modify(s []int) { s[0] = 99 }

func grow(s []int) []int { return append(s, 4) }

//cell

func main() {
	a := make([]int, 3, 10)
	b := append(a, 1)
	c := append(a, 2)
	fmt.Println(b[3], c[3])
	s := []int{1, 2, 3}
	modify(s)
	fmt.Println(s)
	t := grow(s)
	t[0] = 0
	fmt.Println(s, t)
	orig := []int{1, 2, 3, 4, 5}
	sub := orig[1:3]
	sub = append(sub, 100)
	fmt.Println(orig, sub)
	safe := append([]int(nil), orig[1:3]...)
	safe = append(safe, 200)
	fmt.Println(orig, safe)
	dst := make([]int, 2)
	n := copy(dst, []int{7, 8, 9})
	fmt.Println(n, dst)
	buf := []byte("hello")
	copy(buf[1:], "EL")
	fmt.Println(string(buf))
	rm := []int{0, 1, 2, 3, 4}
	rm = append(rm[:1], rm[2:]...)
	fmt.Println(rm, len(rm), cap(rm))
	var nilS []int
	nilS = append(nilS, nilS...)
	fmt.Println(nilS == nil, len(nilS))
	arr := [4]int{1, 2, 3, 4}
	sl := arr[:]
	sl[3] = 40
	fmt.Println(arr)
	ap := (*[2]int)(sl)
	ap[0] = 10
	conv := [4]int(sl)
	fmt.Println(arr, conv)
}
