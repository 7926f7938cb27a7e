//go:build ignore

// Generic functions: type parameters, explicit instantiation, any and comparable.
package main

import "fmt"

func Map[T, U any](s []T, f func(T) U) []U {
	out := make([]U, 0, len(s))
	for _, v := range s {
		out = append(out, f(v))
	}
	return out
}

func Filter[T any](s []T, keep func(T) bool) []T {
	var out []T
	for _, v := range s {
		if keep(v) {
			out = append(out, v)
		}
	}
	return out
}

//cell

func Reduce[T, A any](s []T, init A, f func(A, T) A) A {
	acc := init
	for _, v := range s {
		acc = f(acc, v)
	}
	return acc
}

func Index[T comparable](s []T, x T) int {
	for i, v := range s {
		if v == x {
			return i
		}
	}
	return -1
}

//cell

func main() {
	nums := []int{1, 2, 3, 4, 5}
	sq := Map[int, int](nums, func(n int) int { return n * n })
	fmt.Println(sq)
	strs := Map[int, string](nums, func(n int) string { return fmt.Sprint("#", n) })
	fmt.Println(strs)
	fmt.Println(Filter[int](nums, func(n int) bool { return n%2 == 1 }))
	fmt.Println(Reduce[int, int](nums, 0, func(a, n int) int { return a + n }))
	fmt.Println(Index[string]([]string{"a", "b", "c"}, "c"), Index[float64]([]float64{1.5}, 2))
}
