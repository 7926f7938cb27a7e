//go:build ignore

// A producer closes its results channel and a later helper sends to it
// (buffered, no goroutine needed).
package main

import "fmt"

//cell

type Collector struct {
	out chan string
}

func (c *Collector) Emit(s string) { c.out <- s }

func (c *Collector) Done() []string {
	close(c.out)
	var all []string
	for s := range c.out {
		all = append(all, s)
	}
	return all
}

//cell

func main() {
	c := &Collector{out: make(chan string, 4)}
	c.Emit("x")
	c.Emit("y")
	fmt.Println(c.Done())
	c.Emit("z")
}
