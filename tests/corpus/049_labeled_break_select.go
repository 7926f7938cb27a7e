//go:build ignore

// A labeled break leaves a for loop from inside a select.
package main

import "fmt"

//cell

func main() {
	ch := make(chan int, 10)
	for i := 0; i < 10; i++ {
		ch <- i
	}
	got := 0
recv:
	for i := 0; i < 10; i++ {
		select {
		case v := <-ch:
			if v == 4 {
				break recv
			}
			got++
		}
	}
	fmt.Println("received before 4:", got, "left:", len(ch))
}
