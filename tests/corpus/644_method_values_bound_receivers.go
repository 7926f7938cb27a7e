//go:build ignore

// Method values bind a copy of a value receiver and the address of a
// pointer one; a slice of functions with methods building a pipeline;
// closures in loops, a memoized recursive closure, an accumulator.
package main

import (
	"fmt"
	"strings"
)

type Counter struct {
	Name string
	N    int
}

func (c Counter) Show() string { return fmt.Sprintf("%s=%d", c.Name, c.N) }

func (c *Counter) Inc() { c.N++ }

func step1() {
	c := Counter{"a", 1}
	show := c.Show
	inc := c.Inc
	c.N = 10
	inc()
	inc()
	fmt.Println(show(), c.Show(), c.N)
	fs := []func() string{c.Show}
	c.N = 99
	fmt.Println(fs[0](), c.Show())
	defer fmt.Println("deferred sees", c.Show())
	c.N = 100
	incs := map[string]func(){"c": c.Inc}
	incs["c"]()
	fmt.Println(c.N)
}

//cell

type Pipeline []func(string) string

func (p Pipeline) Run(s string) string {
	for _, f := range p {
		s = f(s)
	}
	return s
}

func (p *Pipeline) Add(f func(string) string) *Pipeline {
	*p = append(*p, f)
	return p
}

var p Pipeline

func step2() {
	p.Add(strings.TrimSpace).Add(strings.ToUpper).Add(func(s string) string { return strings.ReplaceAll(s, " ", "_") })
	fmt.Println(p.Run("  hello big world "), len(p))
	run := p.Run
	p.Add(func(s string) string { return s + "!" })
	fmt.Println(run("x y"), p.Run("x y"))
	mexpr := Pipeline.Run
	fmt.Println(mexpr(p[:1], " q "))
	fmt.Printf("%T\n", mexpr)
}

//cell

func step3() {
	makeAdders := func() []func(int) int {
		var out []func(int) int
		for i := range 3 {
			out = append(out, func(x int) int { return x + i })
		}
		return out
	}
	for _, f := range makeAdders() {
		fmt.Print(f(10), " ")
	}
	fmt.Println()
	memo := map[int]int{}
	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		if v, ok := memo[n]; ok {
			return v
		}
		memo[n] = fib(n-1) + fib(n-2)
		return memo[n]
	}
	fmt.Println(fib(80), len(memo))
	acc := func() func(int) int {
		sum := 0
		return func(x int) int { sum += x; return sum }
	}()
	acc(1)
	acc(2)
	fmt.Println(acc(3))
}

//cell

func main() {
	step1()
	step2()
	step3()
}
