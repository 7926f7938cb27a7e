//go:build ignore

// A writer's deferred flush panics after the function body returned
// normally; the panic comes from the deferred method call.
package main

import (
	"fmt"
	"strings"
)

//cell

type Buffered struct {
	sb      strings.Builder
	pending []string
	limit   int
}

func (b *Buffered) Write(s string) { b.pending = append(b.pending, s) }

func (b *Buffered) Flush() {
	if len(b.pending) > b.limit {
		panic(fmt.Sprintf("flush: %d pending lines, limit %d", len(b.pending), b.limit))
	}
	for _, p := range b.pending {
		b.sb.WriteString(p)
	}
	b.pending = nil
}

//cell

func emit(b *Buffered, lines ...string) int {
	defer b.Flush()
	for _, l := range lines {
		b.Write(l)
	}
	return len(lines)
}

//cell

func main() {
	b := &Buffered{limit: 2}
	fmt.Println(emit(b, "a", "b"), b.sb.String())
	fmt.Println(emit(b, "c", "d", "e"))
}
