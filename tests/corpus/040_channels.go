//go:build ignore

// Channels: unbuffered hand-off, buffering, synchronisation, directions.
package main

import "fmt"

func ping(pings chan<- string, msg string) { pings <- msg }

func pong(pings <-chan string, pongs chan<- string) {
	msg := <-pings
	pongs <- msg + " (ponged)"
}

func worker(done chan bool) {
	fmt.Println("working...done")
	done <- true
}

//cell

func main() {
	messages := make(chan string)
	go func() { messages <- "ping" }()
	fmt.Println(<-messages)

	buffered := make(chan string, 2)
	buffered <- "buffered"
	buffered <- "channel"
	fmt.Println(len(buffered), cap(buffered))
	fmt.Println(<-buffered)
	fmt.Println(<-buffered)

	done := make(chan bool, 1)
	go worker(done)
	<-done

	pings := make(chan string, 1)
	pongs := make(chan string, 1)
	ping(pings, "passed message")
	pong(pings, pongs)
	fmt.Println(<-pongs)
}
