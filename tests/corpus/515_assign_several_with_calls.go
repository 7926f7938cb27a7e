//go:build ignore

// Assignments (=) of several values where some are calls of the
// notebook's functions, of methods and of the standard library:
// iterations that carry two values along (prev, cur = cur, next(prev,
// cur)), struct fields set in pairs from a deferred function that
// recovers, counters updated with a call's result beside them, and
// index expressions on the left.
package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type Status struct {
	Kind string
	Msg  string
	Code int
}

type Scanner struct {
	words []string
	pos   int
}

//cell

func (s *Scanner) Next() string {
	if s.pos >= len(s.words) {
		return ""
	}
	w := s.words[s.pos]
	s.pos++
	return w
}

func collatz(n int) int {
	if n%2 == 0 {
		return n / 2
	}
	return 3*n + 1
}

func check(input string) (st Status) {
	defer func() {
		if r := recover(); r != nil {
			st.Kind, st.Msg = "panic", fmt.Sprint(r)
		}
	}()
	n, err := strconv.Atoi(input)
	if err != nil {
		st.Kind, st.Msg, st.Code = "error", errors.Unwrap(err).Error(), len(input)
		return
	}
	st.Kind, st.Code = "ok", 100/n
	return
}

//cell

func main() {
	steps, n := 0, 27
	peak := n
	for n != 1 {
		steps, n = steps+1, collatz(n)
		peak = max(peak, n)
	}
	fmt.Println("collatz 27:", steps, "steps, peak", peak)

	prev, cur := 1, 1
	for range 10 {
		prev, cur = cur, prev+collatz(cur*2)
	}
	fmt.Println(prev, cur)

	sc := &Scanner{words: strings.Fields("the quick brown fox jumps")}
	count, last, longest := 0, "", ""
	for w := sc.Next(); w != ""; w = sc.Next() {
		count, last = count+1, strings.ToUpper(w)
		if len(w) > len(longest) {
			longest, count = w, count*1
		}
	}
	fmt.Println(count, last, longest)

	for _, in := range []string{"4", "x7", "0", ""} {
		fmt.Printf("%q -> %+v\n", in, check(in))
	}

	grid := make([][]string, 2)
	grid[0], grid[1] = strings.Split("a,b", ","), strings.Fields("c d e")
	a, b := 0, 0
	a, b = len(grid[1]), strings.Count(strings.Join(grid[0], ""), "a")
	fmt.Println(grid, a, b)

	var st Status
	st.Code, st.Kind = 7, fmt.Sprintf("k%d", 7)
	fmt.Printf("%+v\n", st)
}
