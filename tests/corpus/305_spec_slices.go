//go:build ignore

// Slice types, slice expressions, append and copy: slices share their
// underlying array until append needs more capacity, a full slice
// expression a[lo:hi:max] caps the capacity so the next append copies,
// copy handles overlapping source and destination and copies min(len)
// elements, and slicing a string or array follows the same bounds rules.
package main

import (
	"fmt"
	"slices"
)

func info(name string, s []int) {
	fmt.Printf("%s=%v len=%d cap=%d\n", name, s, len(s), cap(s))
}

func appendTo(s []int, v int) []int { return append(s, v) }

func fill(s []int) {
	for i := range s {
		s[i] = -i
	}
}

//cell

func aliasing() {
	base := make([]int, 3, 5)
	a := append(base, 1)
	b := append(base, 2)
	info("a", a)
	info("b", b)
	fmt.Println(&a[0] == &b[0], a[3] == b[3])

	c := append(base[:3:3], 7)
	c[0] = 99
	info("base", base)
	info("c", c)

	d := base[1:2]
	info("d", d)
	d = append(d, 42)
	info("base", base)
	e := d[0:4]
	info("e", e)

	full := []int{0, 1, 2, 3, 4, 5}
	lim := full[1:3:4]
	info("lim", lim)
	lim = append(lim, 30)
	lim = append(lim, 40)
	lim[0] = 10
	info("full", full)
	info("lim", lim)
}

//cell

func copies() {
	s := []int{1, 2, 3, 4, 5}
	n := copy(s[1:], s)
	fmt.Println(n, s)
	s = []int{1, 2, 3, 4, 5}
	n = copy(s, s[2:])
	fmt.Println(n, s)
	dst := make([]int, 2)
	n = copy(dst, []int{7, 8, 9})
	fmt.Println(n, dst)
	bs := make([]byte, 3)
	n = copy(bs, "héllo")
	fmt.Println(n, bs)
	var nilS []int
	fmt.Println(copy(nilS, s), nilS == nil, len(nilS[:0]), nilS[:0] == nil)
}

func bounds(s []int, lo, hi, max int) (res string) {
	defer func() {
		if r := recover(); r != nil {
			res = fmt.Sprint(r)
		}
	}()
	return fmt.Sprint(s[lo:hi:max])
}

//cell

func main() {
	aliasing()
	copies()
	s := make([]int, 4, 8)
	fmt.Println(bounds(s, 1, 6, 8), bounds(s, 2, 1, 8), bounds(s, 0, 4, 9), bounds(s, 0, 8, 7))

	grow := []int{}
	caps := map[int]bool{}
	for i := range 100 {
		grow = append(grow, i)
		caps[cap(grow)] = true
	}
	fmt.Println(len(grow), cap(grow) >= 100, len(caps) > 3)

	x := []int{1, 2, 3}
	y := appendTo(x[:1], 10)
	fmt.Println(x, y)
	fill(x[1:])
	fmt.Println(x, y)

	arr := [5]int{1, 2, 3, 4, 5}
	as := arr[1:3]
	as = append(as, 100)
	fmt.Println(arr, as, cap(as))
	pa := &arr
	ps := pa[3:]
	ps[0] = -4
	fmt.Println(arr[3], len(pa[:]), cap(pa[2:4]))

	str := "hello"
	fmt.Println(str[1:4], str[:0], len(str[5:]))

	matrix := make([][]int, 3)
	row := make([]int, 9)
	for i := range matrix {
		matrix[i] = row[i*3 : (i+1)*3 : (i+1)*3]
	}
	matrix[0] = append(matrix[0], 111)
	matrix[1][0] = 5
	fmt.Println(matrix, row)

	del := []int{0, 1, 2, 3, 4, 5}
	del = append(del[:2], del[3:]...)
	fmt.Println(del, len(del), cap(del))
	del = slices.Delete(del, 0, 2)
	fmt.Println(del)
	ins := slices.Insert([]int{1, 4}, 1, 2, 3)
	fmt.Println(ins, slices.Index(ins, 3), slices.Contains(ins, 9))
	var empty []int
	empty2 := []int{}
	fmt.Println(empty == nil, empty2 == nil, len(append(empty, empty2...)), append(empty, empty2...) == nil)
	st := []string{"a"}
	st = append(st, st...)
	st = append(st[:1], "z")
	fmt.Println(st, slices.Equal(st, []string{"a", "z"}))
	zero := make([]int, 0)
	fmt.Println(append(zero[:0:0], 1), cap(zero[:0:0]))
}
