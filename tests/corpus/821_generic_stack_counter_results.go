//go:build ignore

// Generic types in a notebook: a Stack[T] with pointer methods and an
// error for Pop, a Counter[K] map type with a method and a TopN over
// cmp.Ordered keys (strings and runes), methods Peek and String added in
// a later cell, and a generic Result[T] filled by goroutines at their
// indexes.
package main

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
)

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func (s *Stack[T]) Pop() (T, error) {
	var zero T
	if len(s.items) == 0 {
		return zero, errors.New("empty stack")
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, nil
}

type Counter[K comparable] map[K]int

func (c Counter[K]) Add(k K) { c[k]++ }

func TopN[K cmp.Ordered](c Counter[K], n int) []K {
	keys := make([]K, 0, len(c))
	for k := range c {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b K) int {
		if d := cmp.Compare(c[b], c[a]); d != 0 {
			return d
		}
		return cmp.Compare(a, b)
	})
	return keys[:min(n, len(keys))]
}

//cell

func (s *Stack[T]) Peek() (T, bool) {
	if len(s.items) == 0 {
		var z T
		return z, false
	}
	return s.items[len(s.items)-1], true
}

func (s Stack[T]) String() string { return fmt.Sprintf("Stack%v", s.items) }

type Result[T any] struct {
	Val T
	Err error
}

//cell

func main() {
	st := &Stack[string]{}
	for _, w := range strings.Fields("to be or not") {
		st.Push(w)
	}
	v, err := st.Pop()
	fmt.Println(v, err, len(st.items))
	var ints Stack[int]
	_, err = ints.Pop()
	fmt.Println(err, ints)
	fmt.Printf("%v %+v %T\n", *st, st, ints)

	p, ok := st.Peek()
	fmt.Println(p, ok, *st, st)
	c := Counter[string]{}
	for _, w := range strings.Fields("a b a c b a d e e e e") {
		c.Add(w)
	}
	fmt.Println(TopN(c, 3), len(c), c)
	rc := Counter[rune]{}
	for _, r := range "mississippi" {
		rc.Add(r)
	}
	for _, r := range TopN(rc, 2) {
		fmt.Printf("%c=%d ", r, rc[r])
	}
	fmt.Println()

	parse := func(s string) Result[int] {
		var n int
		_, err := fmt.Sscan(s, &n)
		return Result[int]{n, err}
	}
	inputs := []string{"10", "x", "30", "-4"}
	out := make([]Result[int], len(inputs))
	var wg sync.WaitGroup
	for i, s := range inputs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			out[i] = parse(s)
		}()
	}
	wg.Wait()
	sum := 0
	for i, r := range out {
		if r.Err != nil {
			fmt.Println(i, "error:", r.Err)
			continue
		}
		sum += r.Val
	}
	fmt.Println(sum, out[0], fmt.Sprintf("%T", out[0]))
}
