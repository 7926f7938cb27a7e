//go:build ignore

// A generic publish/subscribe bus over channels of Event[T], with
// subscribers in goroutines instantiated with a cell struct.
package main

import (
	"fmt"
	"sort"
	"sync"
)

//cell

type Event[T any] struct {
	Seq  int
	Data T
}

type Bus[T any] struct {
	mu   sync.Mutex
	subs []chan Event[T]
	seq  int
}

func (b *Bus[T]) Subscribe() <-chan Event[T] {
	b.mu.Lock()
	defer b.mu.Unlock()
	ch := make(chan Event[T], 8)
	b.subs = append(b.subs, ch)
	return ch
}

func (b *Bus[T]) Publish(x T) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.seq++
	for _, s := range b.subs {
		s <- Event[T]{b.seq, x}
	}
}

func (b *Bus[T]) Close() {
	for _, s := range b.subs {
		close(s)
	}
}

type Order struct {
	ID    string
	Total float64
}

//cell

func step1() {
	bus := &Bus[Order]{}
	var wg sync.WaitGroup
	results := make([]string, 2)
	for i := range 2 {
		ch := bus.Subscribe()
		wg.Add(1)
		go func() {
			defer wg.Done()
			sum := 0.0
			for e := range ch {
				sum += e.Data.Total
				results[i] += fmt.Sprintf("%d:%s ", e.Seq, e.Data.ID)
			}
			results[i] += fmt.Sprint(sum)
		}()
	}
	bus.Publish(Order{"a", 1.5})
	bus.Publish(Order{"b", 2})
	bus.Close()
	wg.Wait()
	sort.Strings(results)
	fmt.Println(results)
	fmt.Printf("%T %+v\n", Event[Order]{}, Event[*Order]{1, &Order{"z", 0}}.Data)
}

//cell

func main() {
	step1()
}
