//go:build ignore

// Named slice, map and func types with methods: a stack with pointer
// methods that append, a set type over a map, a handler func type with a
// method, all stored in interfaces, printed with %T and %v, and sorted
// through sort.Interface; an init printing an interface value runs once
// though a later cell declares a type that implements it.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Stack []string

func (s *Stack) Push(v string) { *s = append(*s, v) }

func (s *Stack) Pop() (string, bool) {
	if len(*s) == 0 {
		return "", false
	}
	v := (*s)[len(*s)-1]
	*s = (*s)[:len(*s)-1]
	return v, true
}

func (s Stack) Len() int { return len(s) }

type Set map[string]struct{}

func (s Set) Add(vs ...string) Set {
	for _, v := range vs {
		s[v] = struct{}{}
	}
	return s
}

func (s Set) Sorted() []string {
	out := make([]string, 0, len(s))
	for k := range s {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

type Handler func(string) string

func (h Handler) Twice(s string) string { return h(h(s)) }

type Lener interface{ Len() int }

//cell

func init() {
	var st Stack
	for _, w := range strings.Fields("a b c") {
		st.Push(w)
	}
	v, ok := st.Pop()
	fmt.Println(v, ok, st, len(st))
	var l Lener = st
	fmt.Printf("%T %v %d\n", l, l, l.Len())
	set := Set{}.Add("pear", "apple", "pear")
	fmt.Printf("%T %v %d\n", set, set.Sorted(), len(set))
	h := Handler(strings.ToUpper)
	ex := Handler(func(s string) string { return s + "!" })
	fmt.Println(h.Twice("hi"), ex.Twice("hey"))
	fmt.Printf("%T\n", ex)
}

//cell

type ByLen []string

func (b ByLen) Len() int           { return len(b) }
func (b ByLen) Less(i, j int) bool { return len(b[i]) < len(b[j]) }
func (b ByLen) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func describe(v any) string {
	switch x := v.(type) {
	case Stack:
		return fmt.Sprint("stack of ", len(x))
	case *Stack:
		return fmt.Sprint("stack ptr of ", len(*x))
	case Set:
		return "set"
	case Handler:
		return "handler " + x("x")
	case sort.Interface:
		return fmt.Sprint("sortable ", x.Len())
	}
	return "other"
}

//cell

func main() {
	words := ByLen{"kiwi", "fig", "banana", "plum"}
	sort.Stable(words)
	fmt.Println(words)
	st := Stack{"x"}
	fmt.Println(describe(st), "|", describe(&st), "|", describe(Set{}), "|", describe(Handler(strings.TrimSpace)), "|", describe(words))
	var ls []Lener
	ls = append(ls, st, ByLen{"a"}, Stack{})
	total := 0
	for _, l := range ls {
		total += l.Len()
	}
	fmt.Println(total)
	fns := map[string]Handler{"up": strings.ToUpper, "low": strings.ToLower}
	fmt.Println(fns["up"].Twice("q"), fns["low"]("Q"))
}
