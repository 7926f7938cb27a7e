//go:build ignore

// Go by Example's channel lessons, in one notebook: state owned by one
// goroutine and reached through read and write ops, closing a jobs
// channel, non-blocking sends and receives, timers stopped before they
// fire, and rate limiting with a ticker and a bursty limiter (printed in
// order, without times).
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

type readOp struct {
	key  int
	resp chan int
}

type writeOp struct {
	key  int
	val  int
	resp chan bool
}

//cell

func stateful() {
	var readOps, writeOps uint64
	reads := make(chan readOp)
	writes := make(chan writeOp)
	done := make(chan struct{})
	go func() {
		state := make(map[int]int)
		for {
			select {
			case read := <-reads:
				read.resp <- state[read.key]
			case write := <-writes:
				state[write.key] += write.val
				write.resp <- true
			case <-done:
				return
			}
		}
	}()
	var wg sync.WaitGroup
	for w := range 5 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 20 {
				write := writeOp{key: i % 4, val: w + 1, resp: make(chan bool)}
				writes <- write
				<-write.resp
				atomic.AddUint64(&writeOps, 1)
			}
		}()
	}
	for range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 10 {
				read := readOp{key: i % 4, resp: make(chan int)}
				reads <- read
				<-read.resp
				atomic.AddUint64(&readOps, 1)
			}
		}()
	}
	wg.Wait()
	total := 0
	for k := range 4 {
		read := readOp{key: k, resp: make(chan int)}
		reads <- read
		v := <-read.resp
		fmt.Printf("key %d = %d\n", k, v)
		total += v
	}
	close(done)
	fmt.Println("readOps:", atomic.LoadUint64(&readOps), "writeOps:", atomic.LoadUint64(&writeOps), "total:", total)
}

//cell

func closing() {
	jobs := make(chan int, 5)
	done := make(chan bool)
	go func() {
		for {
			j, more := <-jobs
			if more {
				fmt.Println("received job", j)
			} else {
				fmt.Println("received all jobs")
				done <- true
				return
			}
		}
	}()
	for j := 1; j <= 3; j++ {
		jobs <- j
	}
	close(jobs)
	<-done
	_, ok := <-jobs
	fmt.Println("received more jobs:", ok)
}

func nonBlocking() {
	messages := make(chan string)
	signals := make(chan bool)
	select {
	case msg := <-messages:
		fmt.Println("received message", msg)
	default:
		fmt.Println("no message received")
	}
	msg := "hi"
	select {
	case messages <- msg:
		fmt.Println("sent message", msg)
	default:
		fmt.Println("no message sent")
	}
	select {
	case msg := <-messages:
		fmt.Println("received message", msg)
	case sig := <-signals:
		fmt.Println("received signal", sig)
	default:
		fmt.Println("no activity")
	}
	buffered := make(chan string, 1)
	select {
	case buffered <- "kept":
		fmt.Println("buffered send went through")
	default:
		fmt.Println("buffer full")
	}
	select {
	case buffered <- "dropped":
		fmt.Println("second send went through")
	default:
		fmt.Println("buffer full")
	}
	fmt.Println(<-buffered, len(buffered))
}

//cell

func timers() {
	timer1 := time.NewTimer(20 * time.Millisecond)
	<-timer1.C
	fmt.Println("Timer 1 fired")
	timer2 := time.NewTimer(time.Hour)
	fired := make(chan bool, 1)
	go func() {
		<-timer2.C
		fired <- true
	}()
	if stop2 := timer2.Stop(); stop2 {
		fmt.Println("Timer 2 stopped")
	}
	fmt.Println("stopping again:", timer2.Stop())
	var afterRan atomic.Bool
	t3 := time.AfterFunc(time.Hour, func() { afterRan.Store(true) })
	fmt.Println("AfterFunc stopped:", t3.Stop(), afterRan.Load())
	t4 := time.NewTimer(time.Hour)
	t4.Reset(time.Millisecond)
	<-t4.C
	fmt.Println("Timer 4 fired after Reset")
	select {
	case <-fired:
		fmt.Println("timer 2 fired?")
	default:
		fmt.Println("timer 2 never fired")
	}
}

func rateLimiting() {
	requests := make(chan int, 5)
	for i := 1; i <= 5; i++ {
		requests <- i
	}
	close(requests)
	limiter := time.Tick(2 * time.Millisecond)
	for req := range requests {
		<-limiter
		fmt.Println("request", req)
	}
	bursty := make(chan time.Time, 3)
	for range 3 {
		bursty <- time.Now()
	}
	go func() {
		for t := range time.Tick(2 * time.Millisecond) {
			bursty <- t
		}
	}()
	burstyRequests := make(chan int, 5)
	for i := 1; i <= 5; i++ {
		burstyRequests <- i
	}
	close(burstyRequests)
	start := time.Now()
	var immediate int
	for req := range burstyRequests {
		<-bursty
		if req <= 3 && time.Since(start) < time.Second {
			immediate++
		}
		fmt.Println("bursty request", req)
	}
	fmt.Println("served from the burst:", immediate)
}

//cell

func main() {
	stateful()
	closing()
	nonBlocking()
	timers()
	rateLimiting()
}
