//go:build ignore

// Function literals are closures: they share the variables they capture,
// not copies, and since Go 1.22 each iteration of a for loop (three-clause
// or range) has its own loop variables. Labels scope break, continue and
// goto; goto may jump backwards or forwards within a block.
package main

import (
	"fmt"
	"strings"
)

func counterPair() (inc func() int, get func() int) {
	n := 0
	inc = func() int { n++; return n }
	get = func() int { return n }
	return
}

func adders() []func(int) int {
	var fs []func(int) int
	for i := 1; i <= 3; i++ {
		fs = append(fs, func(x int) int { return x + i })
	}
	return fs
}

//cell

func memo(f func(int) int) func(int) int {
	cache := map[int]int{}
	calls := 0
	return func(n int) int {
		if v, ok := cache[n]; ok {
			return v
		}
		calls++
		v := f(n)
		cache[n] = v
		if calls%2 == 0 {
			fmt.Print("[", calls, " computed] ")
		}
		return v
	}
}

func fibGen() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

func recursiveClosure(n int) int {
	var fact func(int) int
	fact = func(k int) int {
		if k <= 1 {
			return 1
		}
		return k * fact(k-1)
	}
	return fact(n)
}

//cell

func gotoLoop(n int) string {
	var sb strings.Builder
	i := 0
loop:
	if i < n {
		fmt.Fprint(&sb, i, ",")
		i++
		goto loop
	}
	return sb.String()
}

func findPair(grid [][]int, target int) (int, int, bool) {
	for r, row := range grid {
		for c := range row {
			if grid[r][c] == target {
				goto found
			}
			continue
		found:
			return r, c, true
		}
	}
	return -1, -1, false
}

func labeled() []string {
	var out []string
rows:
	for r := 0; r < 4; r++ {
	cols:
		for c := 0; c < 4; c++ {
			switch {
			case c > r:
				continue rows
			case r == 3 && c == 1:
				break rows
			case c == 2:
				break cols
			}
			out = append(out, fmt.Sprintf("%d%d", r, c))
		}
		out = append(out, "|")
	}
	return out
}

//cell

func main() {
	inc, get := counterPair()
	inc()
	inc()
	fmt.Println(get(), inc(), get())

	for _, f := range adders() {
		fmt.Print(f(10), " ")
	}
	fmt.Println()

	var fs []func() string
	for _, s := range []string{"a", "b", "c"} {
		fs = append(fs, func() string { return s })
	}
	var ptrs []*int
	for i := range 3 {
		ptrs = append(ptrs, &i)
	}
	for i, f := range fs {
		fmt.Print(f(), *ptrs[i], " ")
	}
	fmt.Println()

	x := 1
	set := func(v int) { x = v }
	read := func() int { return x }
	set(5)
	x++
	fmt.Println(x, read())

	var fib func(int) int
	slowFib := func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	}
	fib = memo(slowFib)
	fmt.Println(fib(10))

	g := fibGen()
	for range 8 {
		fmt.Print(g(), " ")
	}
	fmt.Println(recursiveClosure(10))

	fmt.Println(gotoLoop(5))
	fmt.Println(findPair([][]int{{1, 2}, {3, 4}}, 4))
	fmt.Println(findPair([][]int{{1}}, 9))
	fmt.Println(labeled())

	shadow := 1
	{
		shadow := 2
		shadow++
		_ = shadow
	}
	if shadow := 10; shadow > 5 {
		fmt.Println("inner", shadow)
	}
	fmt.Println("outer", shadow)

	results := make([]int, 0)
	for i := 0; i < 5; i++ {
		defer func() { fmt.Println("deferred sees", i) }()
		i++
	}
	func() {
		for i := 0; i < 3; i++ {
			i := i * 100
			results = append(results, i)
		}
	}()
	fmt.Println(results)
}
