//go:build ignore

// A send on a closed channel chosen by select.
package main

import (
	"fmt"
)

//cell

func offer(ch chan int, v int) bool {
	select {
	case ch <- v:
		return true
	default:
		return false
	}
}

//cell

func main() {
	ch := make(chan int, 1)
	fmt.Println(offer(ch, 1), offer(ch, 2))
	<-ch
	close(ch)
	offer(ch, 3)
}
