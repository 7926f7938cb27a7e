//go:build ignore

// A receive-only channel assigned to a send-only variable.
package main

import "fmt"

//cell

func run() int {
	ch := make(<-chan int)
	var s chan<- int = ch
	_ = s
	return 0
}

//cell

func main() {
	fmt.Println(run())
}
