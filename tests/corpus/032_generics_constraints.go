//go:build ignore

// Constraints: type sets with ~, union constraints, methods in constraints.
package main

import (
	"fmt"
	"strconv"
)

type Number interface {
	~int | ~int32 | ~int64 | ~float32 | ~float64
}

func Sum[T Number](xs []T) T {
	var total T
	for _, x := range xs {
		total += x
	}
	return total
}

type MyInt int

//cell

type Shower interface {
	~int | ~string
	Show() string
}

type ID int

func (i ID) Show() string { return "ID(" + strconv.Itoa(int(i)) + ")" }

func ShowAll[T Shower](xs []T) []string {
	var out []string
	for _, x := range xs {
		out = append(out, x.Show())
	}
	return out
}

//cell

func Max[T int | float64 | string](a, b T) T {
	if a > b {
		return a
	}
	return b
}

//cell

func main() {
	fmt.Println(Sum([]int{1, 2, 3}))
	fmt.Println(Sum([]float64{1.5, 2.25}))
	fmt.Println(Sum([]MyInt{4, 5}))
	fmt.Println(ShowAll([]ID{1, 2}))
	fmt.Println(Max(3, 7), Max(2.5, -1.0), Max("apple", "banana"))
}
