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
	go func() {
		worker(5)
		close(done) // (not deferred: main must not return while the panic unwinds)
	}()
	<-done
}
