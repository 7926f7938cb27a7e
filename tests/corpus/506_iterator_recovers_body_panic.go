//go:build ignore

// An iterator that recovers the panic of the loop body and returns:
// Go panics on with a runtime error when the iterator returns, the
// deferred calls of both having run.
package main

import "fmt"

func guarded(yield func(string) bool) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("iterator recovered:", r)
		}
	}()
	for _, w := range []string{"ok", "bad", "never"} {
		if !yield(w) {
			return
		}
	}
}

//cell

func consume() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("consume: %v", r)
		}
	}()
	for w := range guarded {
		fmt.Println("body got", w)
		if w == "bad" {
			panic("cannot use " + w)
		}
	}
	fmt.Println("after the loop")
	return nil
}

//cell

func main() {
	fmt.Println(consume())
}
