//go:build ignore

// Windows cut with three-index slices (capacity capped so appends copy);
// a window whose length passes its capacity bound panics.
package main

import "fmt"

//cell

type Window struct{ Lo, N, Cap int }

func (w Window) Of(buf []byte) []byte {
	return buf[w.Lo : w.Lo+w.N : w.Lo+w.Cap]
}

//cell

func main() {
	buf := []byte("abcdefgh")
	for _, w := range []Window{{0, 2, 3}, {2, 2, 4}, {4, 3, 2}} {
		s := w.Of(buf)
		fmt.Printf("%q len=%d cap=%d\n", s, len(s), cap(s))
	}
}
