//go:build ignore

// A label inside a goroutine's function literal that nothing uses.
package main

import "fmt"

//cell

func produce(n int) <-chan int {
	ch := make(chan int)
	go func() {
	loop:
		for i := 0; i < n; i++ {
			ch <- i
		}
		close(ch)
	}()
	return ch
}

//cell

func main() {
	for v := range produce(3) {
		fmt.Println(v)
	}
}
