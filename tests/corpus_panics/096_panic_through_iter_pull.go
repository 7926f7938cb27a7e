//go:build ignore

// An iterator panics with an error value of the notebook's while iter.Pull's
// next drives it: the panic reaches next's caller.
package main

import (
	"fmt"
	"iter"
)

//cell

type ParseError struct {
	Line int
	Text string
}

func (e *ParseError) Error() string { return fmt.Sprintf("line %d: bad %q", e.Line, e.Text) }

func records(lines []string) iter.Seq2[int, string] {
	return func(yield func(int, string) bool) {
		for i, l := range lines {
			if l == "" {
				panic(&ParseError{i + 1, l})
			}
			if !yield(i+1, l) {
				return
			}
		}
	}
}

//cell

func main() {
	next, stop := iter.Pull2(records([]string{"a", "b", "", "d"}))
	defer stop()
	for {
		n, l, ok := next()
		if !ok {
			break
		}
		fmt.Println(n, l)
	}
}
