//go:build ignore

// Recursion: factorial, Fibonacci with memo, a recursive closure, Hanoi.
package main

import "fmt"

func fact(n int) int {
	if n == 0 {
		return 1
	}
	return n * fact(n-1)
}

var memo = map[int]int{}

func fib(n int) int {
	if n < 2 {
		return n
	}
	if v, ok := memo[n]; ok {
		return v
	}
	v := fib(n-1) + fib(n-2)
	memo[n] = v
	return v
}

//cell

func hanoi(n int, from, to, via string, moves *[]string) {
	if n == 0 {
		return
	}
	hanoi(n-1, from, via, to, moves)
	*moves = append(*moves, from+"->"+to)
	hanoi(n-1, via, to, from, moves)
}

//cell

func main() {
	fmt.Println(fact(7), fact(20))
	fmt.Println(fib(10), fib(50), fib(90))
	var even func(n int) bool
	odd := func(n int) bool { return n != 0 && even(n-1) }
	even = func(n int) bool { return n == 0 || odd(n-1) }
	fmt.Println(even(10), odd(7), even(3))
	var moves []string
	hanoi(3, "A", "C", "B", &moves)
	fmt.Println(len(moves), moves)
}
