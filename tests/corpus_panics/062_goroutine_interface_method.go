//go:build ignore

// A method called through an interface value by a go statement in a loop
// divides by zero; the interface value is evaluated at the go statement.
package main

import "fmt"

//cell

type task interface {
	run(results chan<- int)
}

type ratio struct{ a, b int }

func (r ratio) run(results chan<- int) {
	results <- r.a / r.b
}

//cell

func main() {
	tasks := []task{ratio{6, 3}, ratio{9, 3}, ratio{1, 0}}
	results := make(chan int)
	for _, t := range tasks {
		go t.run(results)
		fmt.Println("result", <-results)
	}
}
