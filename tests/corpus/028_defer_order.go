//go:build ignore

// Defer: last in, first out; arguments evaluated at the defer statement.
package main

import "fmt"

type resource struct{ name string }

func open(name string) *resource {
	fmt.Println("open", name)
	return &resource{name}
}

func (r *resource) Close() { fmt.Println("close", r.name) }

//cell

func work() {
	a := open("a")
	defer a.Close()
	b := open("b")
	defer b.Close()
	fmt.Println("working")
}

func loop() {
	for i := 0; i < 3; i++ {
		defer fmt.Println("deferred", i)
	}
	fmt.Println("loop done")
}

func args() {
	x := 1
	defer fmt.Println("deferred x =", x)
	defer func() { fmt.Println("closure x =", x) }()
	x = 2
}

//cell

func main() {
	work()
	loop()
	args()
	defer fmt.Println("main deferred")
	fmt.Println("main end")
}
