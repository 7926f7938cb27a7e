//go:build ignore

// The Go blog's "Go Slices: usage and internals": arrays are values
// (copied on assignment), slices share their array (re-slicing, writes
// seen through both), len and cap after slicing, growing by hand with
// make and copy, an AppendByte that doubles the capacity itself, append
// of one slice to another, a Filter reusing the slice's array, and the
// "gotcha" of keeping a small piece of a big array versus copying it out.
package main

import (
	"bytes"
	"fmt"
)

//cell

func AppendByte(slice []byte, data ...byte) []byte {
	m := len(slice)
	n := m + len(data)
	if n > cap(slice) {
		newSlice := make([]byte, (n+1)*2)
		copy(newSlice, slice)
		slice = newSlice
	}
	slice = slice[0:n]
	copy(slice[m:n], data)
	return slice
}

func Filter(s []int, fn func(int) bool) []int {
	var p []int
	for _, v := range s {
		if fn(v) {
			p = append(p, v)
		}
	}
	return p
}

func FilterInPlace(s []int, fn func(int) bool) []int {
	out := s[:0]
	for _, v := range s {
		if fn(v) {
			out = append(out, v)
		}
	}
	return out
}

var grown []int

var digitRegexpData = []byte("name: report-2024.txt, size 1234 bytes")

func FindDigitsShared(b []byte) []byte {
	i := bytes.IndexAny(b, "0123456789")
	j := i
	for j < len(b) && b[j] >= '0' && b[j] <= '9' {
		j++
	}
	return b[i:j]
}

func FindDigitsCopied(b []byte) []byte {
	d := FindDigitsShared(b)
	c := make([]byte, len(d))
	copy(c, d)
	return c
}

//cell

func main() {
	arr := [4]int{1, 2, 3, 4}
	arr2 := arr
	arr2[0] = 100
	fmt.Println(arr, arr2, len(arr))
	b := [...]string{"Penn", "Teller"}
	fmt.Printf("%T %v\n", b, b)

	letters := []byte{'g', 'o', 'l', 'a', 'n', 'g'}
	fmt.Println(string(letters[1:4]), string(letters[:2]), string(letters[2:]), string(letters[:]))
	x := [3]string{"Лайка", "Белка", "Стрелка"}
	s := x[:]
	fmt.Println(len(s), cap(s), s)

	d := []byte{'r', 'o', 'a', 'd'}
	e := d[2:]
	e[1] = 'm'
	fmt.Println(string(d), string(e), len(e), cap(e))

	s5 := make([]byte, 5)
	s5 = s5[2:4]
	fmt.Println(len(s5), cap(s5))
	s5 = s5[:cap(s5)]
	fmt.Println(len(s5), cap(s5))

	t := make([]byte, len(s5), (cap(s5)+1)*2)
	copy(t, s5)
	fmt.Println(len(t), cap(t))

	p := []byte{2, 3, 5}
	p = AppendByte(p, 7, 11, 13)
	fmt.Println(p, len(p), cap(p))
	p = AppendByte(p, 17)
	fmt.Println(len(p), cap(p))

	a := []string{"John", "Paul"}
	bb := []string{"George", "Ringo", "Pete"}
	a = append(a, bb...)
	fmt.Println(a, len(a))

	nums := []int{1, 2, 3, 4, 5, 6, 7, 8}
	even := func(n int) bool { return n%2 == 0 }
	fmt.Println(Filter(nums, even), nums)
	kept := FilterInPlace(nums, even)
	fmt.Println(kept, nums, len(kept), cap(kept) == cap(nums))

	shared := FindDigitsShared(digitRegexpData)
	copied := FindDigitsCopied(digitRegexpData)
	fmt.Println(string(shared), string(copied), cap(shared) > len(shared), cap(copied) == len(copied))
	digitRegexpData[13] = '9'
	fmt.Println(string(shared), string(copied))

	// (kept in a package variable: a slice that does not escape starts
	// in a 32-byte array on the stack since Go 1.25, cap 4 at once)
	prev := -1
	for i := 0; i < 20; i++ {
		grown = append(grown, i)
		if cap(grown) != prev {
			prev = cap(grown)
			fmt.Print(len(grown), ":", cap(grown), " ")
		}
	}
	fmt.Println()
	var nilSlice []int
	empty := []int{}
	fmt.Println(nilSlice == nil, empty == nil, len(nilSlice), cap(empty), append(nilSlice, 1))
	full := nums[2:4:5]
	fmt.Println(full, len(full), cap(full))
	full = append(full, 99)
	full = append(full, 100)
	fmt.Println(full, nums)
}
