//go:build ignore

// A send on a closed channel in a function that sends in several places.
package main

import "fmt"

//cell

func emit(ch chan string, words []string) {
	ch <- "start"
	for _, w := range words {
		ch <- w
	}
}

//cell

func main() {
	ch := make(chan string, 10)
	emit(ch, []string{"a"})
	fmt.Println(len(ch))
	<-ch
	<-ch
	close(ch)
	emit(ch, nil)
}
