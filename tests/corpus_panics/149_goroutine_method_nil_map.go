//go:build ignore

// A goroutine running a method that writes to a nil map, main waiting on a channel.
package main

import (
	"fmt"
)

//cell

type Tally struct{ counts map[string]int }

func (t *Tally) Add(words []string, done chan<- bool) {
	for _, w := range words {
		t.counts[w]++
	}
	done <- true
}

//cell

func main() {
	ok := &Tally{counts: map[string]int{}}
	done := make(chan bool)
	go ok.Add([]string{"a", "b", "a"}, done)
	<-done
	fmt.Println(ok.counts)
	var bad Tally
	go bad.Add([]string{"x"}, done)
	<-done
}
