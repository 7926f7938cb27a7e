//go:build ignore

// os.Exit in a goroutine ends the program while main waits: main's
// deferred calls do not run, nor does what main would do next.
package main

import (
	"fmt"
	"os"
	"sync"
)

//cell

func worker(id int, wg *sync.WaitGroup, fail chan<- int) {
	defer wg.Done()
	defer fmt.Println("worker done: not printed")
	if id == 2 {
		fmt.Println("worker", id, "gives up")
		os.Exit(7)
	}
	fail <- id
}

//cell

func main() {
	defer fmt.Println("main done: not printed")
	var wg sync.WaitGroup
	fail := make(chan int) // never received from: worker 1 blocks
	wg.Add(2)
	go worker(1, &wg, fail)
	go worker(2, &wg, fail)
	wg.Wait()
	fmt.Println("all done: not printed")
}
