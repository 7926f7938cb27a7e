//go:build ignore

// Methods and goroutines whose bodies can fail in several places run side
// by side: the results, and the errors recovered, are Go's.
package main

import (
	"fmt"
	"sort"
	"sync"
)

//cell

type Ledger struct {
	mu       sync.Mutex
	balances map[string]int
	counts   map[string]int
}

func (l *Ledger) Add(who string, amount, parts int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("add %s: %v", who, r)
		}
	}()
	l.mu.Lock()
	defer l.mu.Unlock()
	share := amount / parts
	l.balances[who] += share
	l.counts[who]++
	return nil
}

func fanIn(n int) []int {
	ch := make(chan int)
	done := make(chan struct{})
	var wg sync.WaitGroup
	for w := 1; w <= n; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			ch <- 100 / w
			ch <- 100 % w
		}(w)
	}
	go func() {
		wg.Wait()
		close(ch)
		close(done)
	}()
	var got []int
	for v := range ch {
		got = append(got, v)
	}
	<-done
	sort.Ints(got)
	return got
}

//cell

func main() {
	l := &Ledger{balances: map[string]int{}, counts: map[string]int{}}
	var wg sync.WaitGroup
	errs := make([]error, 6)
	for i := 0; i < 6; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			errs[i] = l.Add(fmt.Sprint("p", i%2), 60, i%3)
		}(i)
	}
	wg.Wait()
	fmt.Println(l.balances, l.counts)
	for i, err := range errs {
		if err != nil {
			fmt.Println(i, err)
		}
	}
	broken := &Ledger{balances: map[string]int{}}
	fmt.Println(broken.Add("x", 10, 2), broken.balances)
	fmt.Println(fanIn(4))
}
