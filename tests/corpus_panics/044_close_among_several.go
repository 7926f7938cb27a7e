//go:build ignore

// A close of a closed channel in a function that closes in several places.
package main

import "fmt"

//cell

func finish(done, results chan int, both bool) {
	close(done)
	if both {
		fmt.Println("closing results")
		close(results)
	}
}

//cell

func main() {
	done, results := make(chan int), make(chan int)
	finish(done, results, false)
	finish(make(chan int), results, true)
	finish(make(chan int), results, true)
}
