//go:build ignore

// Slice expressions whose bounds are computed: windows over a slice, up
// to its capacity past its length, three-index slices, strings and
// arrays (and a pointer to one), nil slices, and each kind of bounds
// error recovered with Go's message.
package main

import "fmt"

//cell

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panic:", r)
		}
	}()
	f()
}

func windows(xs []int, size int) [][]int {
	var out [][]int
	for i := 0; i+size <= len(xs); i += size - 1 {
		out = append(out, xs[i:i+size])
	}
	return out
}

func tail(s string, n int) string { return s[len(s)-n:] }

//cell

func main() {
	s := make([]int, 3, 6)
	for i := range s {
		s[i] = i + 1
	}
	n := 2
	fmt.Println(s[n:n+3], len(s[:cap(s)]), s[1:n:n+1], cap(s[n:]), cap(s[n-1:n:n+2]))
	fmt.Println(windows([]int{1, 2, 3, 4, 5, 6, 7}, 3))
	str := "héllo"
	fmt.Println(str[n-1:n+2], tail(str, n+1), str[:len(str)-n])
	arr := [4]string{"a", "b", "c", "d"}
	p := &arr
	fmt.Println(arr[n-1:n+1], arr[n:], p[:n+1], len(p[n*2:]))
	var none []int
	fmt.Println(none[0:0] == nil, len(none[:n-n]), cap(none[:0:0]))

	try("past capacity", func() { fmt.Println(s[n : n+5]) })
	try("low above high", func() { fmt.Println(s[n+1 : n]) })
	try("negative low", func() { fmt.Println(s[n-3:]) })
	try("negative high", func() { fmt.Println(s[:n-3]) })
	try("low past length", func() { fmt.Println(s[n+2:]) })
	try("string", func() { fmt.Println(str[n*4:]) })
	try("string high", func() { fmt.Println(str[1 : n*4]) })
	try("array", func() { fmt.Println(arr[:n*3]) })
	try("array pointer", func() { fmt.Println(p[n+3:]) })
	try("full slice max", func() { fmt.Println(s[0 : n : n*4]) })
	try("full slice high", func() { fmt.Println(s[0 : n+2 : n+1]) })
	try("tail", func() { fmt.Println(tail("ab", n+1)) })
	try("window", func() { fmt.Println(s[n:][1 : n+3]) })
}
