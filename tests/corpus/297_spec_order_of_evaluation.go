//go:build ignore

// Order of evaluation and assignments: function calls, method calls and
// channel operations in an expression run left to right; an assignment
// first evaluates the index expressions and pointer indirections on the
// left and every expression on the right, then assigns left to right,
// which makes `i, a[i] = 1, 2` and swaps well defined.
package main

import (
	"fmt"
	"strings"
)

var trace []string

func note(tag string, v int) int {
	trace = append(trace, fmt.Sprintf("%s%d", tag, v))
	return v
}

func flush() string {
	s := strings.Join(trace, " ")
	trace = trace[:0]
	return s
}

type Box struct{ vals []int }

func (b *Box) at(i int) *int {
	trace = append(trace, fmt.Sprintf("at%d", i))
	return &b.vals[i]
}

//cell

func calls() {
	x := note("a", 1) + note("b", 2)*note("c", 3)
	fmt.Println(x, flush())

	arr := []int{0, 0, 0, 0}
	arr[note("i", 1)], arr[note("j", 2)] = note("v", 10), note("w", 20)
	fmt.Println(arr, flush())

	m := map[int]int{}
	m[note("k", 5)] = note("v", len(m)+1)
	fmt.Println(m, flush())

	b := &Box{vals: make([]int, 3)}
	*b.at(0), *b.at(2) = note("p", 7), note("q", 8)
	fmt.Println(b.vals, flush())

	f := func(a, b, c int) int { return a*100 + b*10 + c }
	fmt.Println(f(note("x", 1), note("y", 2), note("z", 3)), flush())

	ch := make(chan int, 3)
	ch <- 1
	ch <- 2
	ch <- 3
	fmt.Println(<-ch*10+<-ch, <-ch)
}

//cell

func assignments() {
	a := []int{1, 2, 3}
	i := 0
	i, a[i] = 1, 9
	fmt.Println(i, a)

	x, y := 1, 2
	x, y = y, x
	fmt.Println(x, y)

	a[0], a[1], a[2] = a[2], a[0], a[1]
	fmt.Println(a)

	j := 1
	a[j], j = 100, 2
	fmt.Println(a, j)

	var p *[3]int = &[3]int{1, 2, 3}
	q := p
	p, p[0] = &[3]int{7, 7, 7}, 50
	fmt.Println(*p, *q)

	s := []int{1, 2, 3}
	s, s[2] = s[:1], 99
	fmt.Println(s, s[:3])

	k := 0
	k, k = 1, 2
	fmt.Println(k)

	n1, n2 := 10, 20
	n1, n2 = n1+n2, n1-n2
	fmt.Println(n1, n2)
}

//cell

type counter struct{ n int }

func (c *counter) next() int { c.n++; return c.n }

func main() {
	calls()
	assignments()

	var c counter
	pair := [2]int{c.next(), c.next()}
	sl := []int{c.next(), c.next(), c.next()}
	fmt.Println(pair, sl)
	mp := map[string]int{"a": c.next()}
	fmt.Println(mp, c.n)

	s := fmt.Sprint(c.next(), "-", c.next())
	fmt.Println(s)

	var ops []string
	get := func(name string) func(int) int {
		ops = append(ops, "get "+name)
		return func(v int) int { ops = append(ops, fmt.Sprint("call ", name, v)); return v }
	}
	r := get("f")(note("arg", 1)) + get("g")(2)
	fmt.Println(r, ops, flush())

	total := 0
	add := func(v int) int { total += v; return total }
	res := add(1) + add(10) + add(100)
	fmt.Println(res, total)

	arr := [3]int{}
	idx := 0
	nextIdx := func() int { idx++; return idx - 1 }
	arr[nextIdx()] = nextIdx() * 10
	fmt.Println(arr, idx)

	var err error
	val, err := fmt.Sscan("42", new(int))
	fmt.Println(val, err)
}
