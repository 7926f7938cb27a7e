//go:build ignore

// A bounded queue built on sync.Cond (producers wait while it is full,
// consumers while it is empty), a lazily built table behind sync.Once,
// and sync.OnceValue / OnceValues computing a value once however many
// goroutines ask.
package main

import (
	"errors"
	"fmt"
	"slices"
	"sync"
	"sync/atomic"
)

type Queue[T any] struct {
	mu       sync.Mutex
	notEmpty *sync.Cond
	notFull  *sync.Cond
	items    []T
	limit    int
	closed   bool
}

type Order struct {
	ID    int
	Total int
}

//cell

func NewQueue[T any](limit int) *Queue[T] {
	q := &Queue[T]{limit: limit}
	q.notEmpty = sync.NewCond(&q.mu)
	q.notFull = sync.NewCond(&q.mu)
	return q
}

func (q *Queue[T]) Put(v T) {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == q.limit {
		q.notFull.Wait()
	}
	q.items = append(q.items, v)
	q.notEmpty.Signal()
}

func (q *Queue[T]) Close() {
	q.mu.Lock()
	q.closed = true
	q.mu.Unlock()
	q.notEmpty.Broadcast()
}

func (q *Queue[T]) Take() (T, bool) {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == 0 && !q.closed {
		q.notEmpty.Wait()
	}
	var zero T
	if len(q.items) == 0 {
		return zero, false
	}
	v := q.items[0]
	q.items = q.items[1:]
	q.notFull.Signal()
	return v, true
}

//cell

var (
	taxOnce  sync.Once
	taxTable map[string]int
	builds   atomic.Int32
)

func taxRate(region string) int {
	taxOnce.Do(func() {
		builds.Add(1)
		taxTable = map[string]int{"north": 10, "south": 20}
	})
	return taxTable[region]
}

var config = sync.OnceValues(func() (string, error) {
	builds.Add(1)
	return "", errors.New("no config file")
})

var primes = sync.OnceValue(func() []int {
	builds.Add(1)
	var ps []int
	for n := 2; len(ps) < 8; n++ {
		if !slices.ContainsFunc(ps, func(p int) bool { return n%p == 0 }) {
			ps = append(ps, n)
		}
	}
	return ps
})

//cell

func main() {
	q := NewQueue[Order](2)
	var wg sync.WaitGroup
	for p := 0; p < 3; p++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 4; i++ {
				id := p*10 + i
				q.Put(Order{id, id * 3})
			}
		}()
	}
	var got []Order
	var mu sync.Mutex
	var consumers sync.WaitGroup
	for c := 0; c < 2; c++ {
		consumers.Add(1)
		go func() {
			defer consumers.Done()
			for {
				o, ok := q.Take()
				if !ok {
					return
				}
				rate := taxRate([]string{"north", "south"}[o.ID%2])
				o.Total += o.Total * rate / 100
				mu.Lock()
				got = append(got, o)
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	q.Close()
	consumers.Wait()
	slices.SortFunc(got, func(a, b Order) int { return a.ID - b.ID })
	fmt.Println(len(got), got)
	var firsts sync.WaitGroup
	for range 5 {
		firsts.Go(func() {
			_ = primes()
			_, _ = config()
		})
	}
	firsts.Wait()
	_, err := config()
	fmt.Println(primes(), err, "builds:", builds.Load())
}
