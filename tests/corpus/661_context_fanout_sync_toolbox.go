//go:build ignore

// A worker pool fanning jobs out over channels with a context, errors
// wrapped with %w and told apart with errors.Is, then sync's toolbox:
// Once, RWMutex, Pool, Cond, atomic.Value, atomic.Pointer, a Ticker.
package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

type result struct {
	id  int
	val int
	err error
}

var ErrOdd = errors.New("odd input")

func work(ctx context.Context, id int) (int, error) {
	select {
	case <-ctx.Done():
		return 0, ctx.Err()
	case <-time.After(time.Duration(id) * time.Millisecond):
	}
	if id%5 == 4 {
		return 0, fmt.Errorf("work %d: %w", id, ErrOdd)
	}
	return id * id, nil
}

//cell

func fanOut(ctx context.Context, n, workers int) []result {
	jobs := make(chan int)
	out := make(chan result, n)
	var wg sync.WaitGroup
	var done atomic.Int64
	for w := range workers {
		_ = w
		wg.Add(1)
		go func() {
			defer wg.Done()
			for id := range jobs {
				v, err := work(ctx, id)
				done.Add(1)
				out <- result{id, v, err}
			}
		}()
	}
	for i := range n {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	close(out)
	res := make([]result, n)
	for r := range out {
		res[r.id] = r
	}
	fmt.Println("done:", done.Load())
	return res
}

//cell

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	rs := fanOut(ctx, 10, 3)
	sum := 0
	for _, r := range rs {
		switch {
		case errors.Is(r.err, ErrOdd):
			fmt.Println(r.id, "error:", r.err)
		case r.err != nil:
			fmt.Println("unexpected", r.err)
		default:
			sum += r.val
		}
	}
	fmt.Println("sum", sum)
	ctx2, cancel2 := context.WithTimeout(context.Background(), time.Millisecond)
	defer cancel2()
	_, err := work(ctx2, 50)
	fmt.Println(err, errors.Is(err, context.DeadlineExceeded))
	var once sync.Once
	for range 3 {
		once.Do(func() { fmt.Println("once") })
	}
	var mu sync.RWMutex
	m := map[string]int{}
	var wg sync.WaitGroup
	for i := range 20 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			m[fmt.Sprint(i%4)] += i
			mu.Unlock()
		}()
	}
	wg.Wait()
	mu.RLock()
	fmt.Println(m)
	mu.RUnlock()
	var p sync.Pool
	p.New = func() any { return new([]byte) }
	b := p.Get().(*[]byte)
	*b = append(*b, "hi"...)
	fmt.Println(string(*b))
	cond := sync.NewCond(&sync.Mutex{})
	ready := false
	go func() { cond.L.Lock(); ready = true; cond.L.Unlock(); cond.Broadcast() }()
	cond.L.Lock()
	for !ready {
		cond.Wait()
	}
	cond.L.Unlock()
	fmt.Println("ready", ready)
	var v atomic.Value
	v.Store([]int{1, 2})
	fmt.Println(v.Load().([]int))
	var ptr atomic.Pointer[result]
	ptr.Store(&result{id: 7})
	fmt.Println(ptr.Load().id)
	t := time.NewTicker(time.Millisecond)
	n := 0
	for range t.C {
		n++
		if n == 3 {
			t.Stop()
			break
		}
	}
	fmt.Println("ticks", n)
}
