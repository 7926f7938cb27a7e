//go:build ignore

// Iterators of a notebook type whose function literals defer a helper
// of an earlier cell (the helper formats, so the cell's type has the
// notebook lower it again): the deferred calls run when the loop body
// returns early, finishes, panics or is broken out of; an iterator that
// calls yield after false panics with Go's runtime error; labeled
// continue and break across two nested loops over iterators.
package main

import (
	"fmt"
	"iter"
	"strings"
)

// trace records events.
var trace []string

func note(format string, args ...any) { trace = append(trace, fmt.Sprintf(format, args...)) }

//cell

type Shelf struct{ items []string }

func (s *Shelf) All() iter.Seq2[int, string] {
	return func(yield func(int, string) bool) {
		defer note("all done")
		for i, it := range s.items {
			if !yield(i, it) {
				note("stopped at %d", i)
				return
			}
		}
	}
}

func stubborn(yield func(int) bool) {
	for i := range 3 {
		yield(i) // ignores false
	}
}

//cell

func find(s *Shelf, want string) (idx int) {
	defer func() { note("find returns %d", idx) }()
	for i, it := range s.All() {
		if it == want {
			return i
		}
	}
	return -1
}

func catch(f func()) (r any) {
	defer func() { r = recover() }()
	f()
	return nil
}

//cell

func main() {
	s := &Shelf{[]string{"jam", "tea", "oat", "rye"}}
	fmt.Println(find(s, "oat"), find(s, "zzz"))
	fmt.Println(strings.Join(trace, "; "))
	trace = nil

	r := catch(func() {
		for i := range stubborn {
			if i == 1 {
				break
			}
		}
	})
	fmt.Println("stubborn:", r)

	r = catch(func() {
		for i, it := range s.All() {
			if i == 2 {
				panic("body failed on " + it)
			}
		}
	})
	fmt.Println("panic:", r, trace)
	trace = nil

	total := 0
outer:
	for i, a := range s.All() {
		for j, b := range s.All() {
			if j > i {
				continue outer
			}
			if a == "rye" {
				break outer
			}
			total += len(b) * (i + 1)
		}
	}
	fmt.Println(total, len(trace))
}
