//go:build ignore

// The concurrent prime sieve: a chain of filtering goroutines.
package main

import "fmt"

func generate(ch chan<- int, quit <-chan struct{}) {
	for i := 2; ; i++ {
		select {
		case ch <- i:
		case <-quit:
			return
		}
	}
}

func filter(in <-chan int, out chan<- int, prime int, quit <-chan struct{}) {
	for {
		var i int
		select {
		case i = <-in:
		case <-quit:
			return
		}
		if i%prime != 0 {
			select {
			case out <- i:
			case <-quit:
				return
			}
		}
	}
}

//cell

func main() {
	quit := make(chan struct{})
	ch := make(chan int)
	go generate(ch, quit)
	var primes []int
	for i := 0; i < 25; i++ {
		prime := <-ch
		primes = append(primes, prime)
		ch1 := make(chan int)
		go filter(ch, ch1, prime, quit)
		ch = ch1
	}
	close(quit)
	fmt.Println(primes)
}
