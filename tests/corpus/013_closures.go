//go:build ignore

// Closures: functions that capture and keep variables.
package main

import "fmt"

func intSeq() func() int {
	i := 0
	return func() int {
		i++
		return i
	}
}

//cell

func adder() func(int) int {
	sum := 0
	return func(x int) int {
		sum += x
		return sum
	}
}

func apply(fs []func(int) int, v int) []int {
	var out []int
	for _, f := range fs {
		out = append(out, f(v))
	}
	return out
}

//cell

func main() {
	next := intSeq()
	fmt.Println(next(), next(), next())
	other := intSeq()
	fmt.Println(other())
	pos, neg := adder(), adder()
	for i := 0; i < 5; i++ {
		fmt.Println(pos(i), neg(-2*i))
	}
	square := func(x int) int { return x * x }
	inc := func(x int) int { return x + 1 }
	fmt.Println(apply([]func(int) int{square, inc, func(x int) int { return -x }}, 7))
	x := 1
	set := func() { x = 42 }
	set()
	fmt.Println(x)
}
