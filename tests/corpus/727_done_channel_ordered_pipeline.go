//go:build ignore

// A pipeline stopped early through a done channel: a generator, a pool
// of squarers tagging results with their index, a reorder stage that
// emits them in order, and a consumer that closes done after N values.
package main

import (
	"fmt"
	"sync"
)

//cell

type Tagged struct {
	Seq int
	Val int
}

type Stats struct {
	mu      sync.Mutex
	emitted int
	dropped int
}

func (s *Stats) Emit() { s.mu.Lock(); s.emitted++; s.mu.Unlock() }
func (s *Stats) Drop() { s.mu.Lock(); s.dropped++; s.mu.Unlock() }
func (s *Stats) Total() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.emitted + s.dropped
}

func generate(done <-chan struct{}, n int) <-chan Tagged {
	out := make(chan Tagged)
	go func() {
		defer close(out)
		for i := range n {
			select {
			case out <- Tagged{i, i + 1}:
			case <-done:
				return
			}
		}
	}()
	return out
}

func square(done <-chan struct{}, in <-chan Tagged, workers int, st *Stats) <-chan Tagged {
	out := make(chan Tagged)
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for t := range in {
				t.Val *= t.Val
				select {
				case out <- t:
					st.Emit()
				case <-done:
					st.Drop()
					return
				}
			}
		})
	}
	go func() { wg.Wait(); close(out) }()
	return out
}

func reorder(done <-chan struct{}, in <-chan Tagged) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		pending := map[int]int{}
		next := 0
		for t := range in {
			pending[t.Seq] = t.Val
			for {
				v, ok := pending[next]
				if !ok {
					break
				}
				delete(pending, next)
				next++
				select {
				case out <- v:
				case <-done:
					return
				}
			}
		}
	}()
	return out
}

//cell

func firstN(n, total, workers int) []int {
	done := make(chan struct{})
	st := &Stats{}
	var got []int
	results := reorder(done, square(done, generate(done, total), workers, st))
	for v := range results {
		got = append(got, v)
		if len(got) == n {
			close(done)
			break
		}
	}
	for range results {
	}
	return got
}

//cell

func main() {
	fmt.Println(firstN(5, 20, 3))
	fmt.Println(firstN(10, 10, 4))
	fmt.Println(firstN(3, 100, 1))
	done := make(chan struct{})
	close(done)
	n := 0
	for range generate(done, 50) {
		n++
	}
	fmt.Println(n <= 50)
	st := &Stats{}
	all := 0
	for v := range reorder(nil, square(nil, generate(nil, 6), 2, st)) {
		all += v
	}
	fmt.Println(all, st.Total())
}
