//go:build ignore

// An index out of range in a goroutine: the program dies of it while main
// waits, with the goroutine's frames (the function, the literal that
// called it).
package main

import "fmt"

//cell

func worker(n int) {
	var s []int
	_ = s[n]
}

//cell

func main() {
	fmt.Println("starting")
	done := make(chan bool)
	go func() { defer close(done); worker(5) }()
	<-done
}
