//go:build ignore

// A rate limiter simulated without tickers: a fake clock advanced by
// hand, a token bucket behind a mutex, clients in goroutines that take
// turns through channels, and the decisions sorted into a report.
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

//cell

type Clock struct {
	mu  sync.Mutex
	now int // milliseconds
}

func (c *Clock) Now() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *Clock) Advance(ms int) {
	c.mu.Lock()
	c.now += ms
	c.mu.Unlock()
}

type Bucket struct {
	mu       sync.Mutex
	clock    *Clock
	tokens   float64
	capacity float64
	rate     float64 // tokens per second
	last     int
}

func NewBucket(c *Clock, capacity, rate float64) *Bucket {
	return &Bucket{clock: c, tokens: capacity, capacity: capacity, rate: rate, last: c.Now()}
}

func (b *Bucket) Allow(cost float64) bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	now := b.clock.Now()
	b.tokens = min(b.capacity, b.tokens+float64(now-b.last)*b.rate/1000)
	b.last = now
	if b.tokens >= cost {
		b.tokens -= cost
		return true
	}
	return false
}

type Decision struct {
	Client string
	At     int
	OK     bool
}

func (d Decision) String() string {
	mark := "✗"
	if d.OK {
		mark = "✓"
	}
	return fmt.Sprintf("%s@%d%s", d.Client, d.At, mark)
}

//cell

func simulate(clients []string, rounds int) []Decision {
	clock := &Clock{}
	bucket := NewBucket(clock, 3, 2)
	decisions := make(chan Decision)
	var wg sync.WaitGroup
	turns := make([]chan struct{}, len(clients))
	for i := range turns {
		turns[i] = make(chan struct{})
	}
	for i, name := range clients {
		wg.Go(func() {
			for range turns[i] {
				decisions <- Decision{name, clock.Now(), bucket.Allow(1)}
			}
		})
	}
	var all []Decision
	for r := range rounds {
		for i := range clients {
			turns[i] <- struct{}{}
			all = append(all, <-decisions)
		}
		if r%2 == 1 {
			clock.Advance(500)
		}
	}
	for _, t := range turns {
		close(t)
	}
	wg.Wait()
	return all
}

//cell

func main() {
	all := simulate([]string{"a", "b"}, 6)
	var parts []string
	for _, d := range all {
		parts = append(parts, d.String())
	}
	fmt.Println(strings.Join(parts, " "))
	per := map[string][2]int{}
	for _, d := range all {
		c := per[d.Client]
		if d.OK {
			c[0]++
		} else {
			c[1]++
		}
		per[d.Client] = c
	}
	names := make([]string, 0, len(per))
	for n := range per {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Printf("%s allowed=%d denied=%d\n", n, per[n][0], per[n][1])
	}
	fmt.Println(all[0], fmt.Sprint(all[len(all)-1]), fmt.Sprintf("%v", all[2:4]))
}
