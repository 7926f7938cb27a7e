//go:build ignore

// A handler from a map of interfaces panicking with a formatted message.
package main

import (
	"fmt"
)

//cell

type Handler interface{ Handle(n int) string }

type Doubler struct{}

func (Doubler) Handle(n int) string { return fmt.Sprint(n * 2) }

type Limit struct{ max int }

func (l Limit) Handle(n int) string {
	if n > l.max {
		panic(fmt.Sprintf("limit %d exceeded by %d", l.max, n))
	}
	return "ok"
}

var handlers = map[string]Handler{"double": Doubler{}, "limit": Limit{10}}

//cell

func main() {
	fmt.Println(handlers["double"].Handle(4))
	fmt.Println(handlers["limit"].Handle(5))
	fmt.Println(handlers["limit"].Handle(50))
}
