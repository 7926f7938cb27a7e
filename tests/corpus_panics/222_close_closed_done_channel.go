//go:build ignore

// A stop method closes its done channel; calling it twice closes a
// closed channel.
package main

import "fmt"

//cell

type Worker struct {
	name string
	done chan struct{}
}

func (w *Worker) Stop() {
	fmt.Println("stopping", w.name)
	close(w.done)
}

func stopAll(ws []*Worker) {
	for _, w := range ws {
		w.Stop()
	}
}

//cell

func main() {
	a := &Worker{"a", make(chan struct{})}
	b := &Worker{"b", make(chan struct{})}
	stopAll([]*Worker{a, b})
	stopAll([]*Worker{a})
}
