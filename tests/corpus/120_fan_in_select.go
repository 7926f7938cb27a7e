//go:build ignore

// Fan-in: several producers merged into one channel; totals are deterministic.
package main

import (
	"fmt"
	"sort"
	"sync"
)

func producer(name string, n int) <-chan string {
	ch := make(chan string)
	go func() {
		defer close(ch)
		for i := 0; i < n; i++ {
			ch <- fmt.Sprintf("%s%d", name, i)
		}
	}()
	return ch
}

func merge(chs ...<-chan string) <-chan string {
	out := make(chan string)
	var wg sync.WaitGroup
	wg.Add(len(chs))
	for _, c := range chs {
		go func(c <-chan string) {
			defer wg.Done()
			for v := range c {
				out <- v
			}
		}(c)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

//cell

func main() {
	var all []string
	for v := range merge(producer("a", 3), producer("b", 2), producer("c", 4)) {
		all = append(all, v)
	}
	sort.Strings(all)
	fmt.Println(len(all), all)
	done := make(chan struct{})
	vals := make(chan int)
	go func() {
		defer close(vals)
		for i := 0; ; i++ {
			select {
			case vals <- i:
			case <-done:
				return
			}
		}
	}()
	sum := 0
	for v := range vals {
		sum += v
		if v == 10 {
			close(done)
			break
		}
	}
	fmt.Println("sum", sum)
}
