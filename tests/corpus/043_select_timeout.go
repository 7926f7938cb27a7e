//go:build ignore

// Timeouts with select and time.After; timers and tickers stopped deterministically.
package main

import (
	"fmt"
	"time"
)

//cell

func main() {
	c1 := make(chan string, 1)
	go func() {
		time.Sleep(200 * time.Millisecond)
		c1 <- "result 1"
	}()
	select {
	case res := <-c1:
		fmt.Println(res)
	case <-time.After(20 * time.Millisecond):
		fmt.Println("timeout 1")
	}
	c2 := make(chan string, 1)
	go func() { c2 <- "result 2" }()
	select {
	case res := <-c2:
		fmt.Println(res)
	case <-time.After(2 * time.Second):
		fmt.Println("timeout 2")
	}
	timer := time.NewTimer(time.Hour)
	fmt.Println("stopped:", timer.Stop())
	ticker := time.NewTicker(5 * time.Millisecond)
	ticks := 0
	for range ticker.C {
		ticks++
		if ticks == 3 {
			ticker.Stop()
			break
		}
	}
	fmt.Println("ticks:", ticks)
}
