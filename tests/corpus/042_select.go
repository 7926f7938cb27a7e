//go:build ignore

// Select: waiting on several channels, default cases, nil channels.
package main

import "fmt"

//cell

func main() {
	c1 := make(chan string)
	c2 := make(chan string)
	done := make(chan struct{})
	go func() {
		c1 <- "one"
		<-done
		c2 <- "two"
	}()
	for i := 0; i < 2; i++ {
		select {
		case msg1 := <-c1:
			fmt.Println("received", msg1)
			close(done)
		case msg2 := <-c2:
			fmt.Println("received", msg2)
		}
	}
	messages := make(chan string)
	select {
	case msg := <-messages:
		fmt.Println("received message", msg)
	default:
		fmt.Println("no message received")
	}
	select {
	case messages <- "hi":
		fmt.Println("sent message")
	default:
		fmt.Println("no message sent")
	}
	a := make(chan int, 3)
	b := make(chan int, 3)
	a <- 1
	a <- 2
	b <- 10
	close(a)
	total := 0
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				continue
			}
			total += v
		case v := <-b:
			total += v
			b = nil
		}
	}
	fmt.Println("total", total)
}
