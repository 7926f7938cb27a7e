//go:build ignore

// A channel closed twice by a helper.
package main

import "fmt"

//cell

func finish(done chan struct{}) {
	close(done)
}

//cell

func main() {
	done := make(chan struct{})
	finish(done)
	fmt.Println("finished once")
	finish(done)
}
