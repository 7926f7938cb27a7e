//go:build ignore

// Function values in package variables, closures over package variables
// that later cells change.
package main

import (
	"fmt"
	"sort"
	"strings"
)

var scale = 2

func double(x int) int { return x * scale }

//cell

var ops = map[string]func(int) int{
	"double": double,
	"square": func(x int) int { return x * x },
}

var counter int

func next() func() int {
	return func() int {
		counter++
		return counter * scale
	}
}

//cell

func apply(name string, xs []int) []int {
	out := make([]int, len(xs))
	for i, x := range xs {
		out[i] = ops[name](x)
	}
	return out
}

//cell

func main() {
	fmt.Println(apply("double", []int{1, 2, 3}), apply("square", []int{4}))
	scale = 10
	fmt.Println(apply("double", []int{1, 2, 3}))
	gen := next()
	fmt.Println(gen(), gen(), counter)
	ops["upper"] = func(x int) int { return -x }
	names := make([]string, 0, len(ops))
	for k := range ops {
		names = append(names, k)
	}
	sort.Strings(names)
	fmt.Println(strings.Join(names, ","), apply("upper", []int{5}))
}
