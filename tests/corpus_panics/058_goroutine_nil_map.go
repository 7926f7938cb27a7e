//go:build ignore

// A write to a nil map in a goroutine of a WaitGroup, in a method of a
// cell's type; what was printed before stays.
package main

import (
	"fmt"
	"sync"
)

//cell

type tally struct {
	counts map[string]int
}

func (t *tally) add(word string) {
	t.counts[word]++
}

//cell

func main() {
	var wg sync.WaitGroup
	t := &tally{}
	fmt.Println("counting")
	wg.Add(1)
	go func() {
		t.add("go")
		wg.Done() // (not deferred: main must not go on while the panic unwinds)
	}()
	wg.Wait()
	fmt.Println("not printed")
}
