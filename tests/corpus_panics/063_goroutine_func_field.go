//go:build ignore

// A function value held in a struct's field, started by a go statement,
// panics in the notebook function it calls; the field is evaluated at the
// go statement (the goroutine does not see it set to nil after).
package main

import "fmt"

//cell

type hub struct {
	onEvent func(name string, n int)
}

func strict(name string, n int) {
	if n < 0 {
		panic(fmt.Sprintf("event %s: negative count %d", name, n))
	}
	fmt.Println("event", name, n)
}

//cell

func main() {
	done := make(chan bool)
	h := hub{onEvent: func(name string, n int) {
		strict(name, n)
		done <- true
	}}
	go h.onEvent("open", 1)
	<-done
	go h.onEvent("close", -1)
	h.onEvent = nil
	<-done
}
