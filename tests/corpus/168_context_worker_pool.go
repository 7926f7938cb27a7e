//go:build ignore

// A pool of workers with context cancellation, a ticker, a mutex-guarded
// map, atomic counters and sync.Once: select in goroutines, as a
// concurrency notebook writes it.
package main

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
	"time"
)

type Job struct {
	ID   int
	Data string
}

type Result struct {
	Job Job
	Len int
	Err error
}

var ErrEmpty = errors.New("empty data")

func process(ctx context.Context, j Job) (Result, error) {
	select {
	case <-ctx.Done():
		return Result{}, ctx.Err()
	case <-time.After(time.Millisecond):
	}
	if j.Data == "" {
		return Result{Job: j}, fmt.Errorf("job %d: %w", j.ID, ErrEmpty)
	}
	return Result{Job: j, Len: len(j.Data)}, nil
}

func workers(ctx context.Context, n int, jobs <-chan Job) <-chan Result {
	out := make(chan Result)
	var wg sync.WaitGroup
	for w := 0; w < n; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				select {
				case j, ok := <-jobs:
					if !ok {
						return
					}
					r, err := process(ctx, j)
					r.Err = err
					select {
					case out <- r:
					case <-ctx.Done():
						return
					}
				case <-ctx.Done():
					return
				}
			}
		}()
	}
	go func() { wg.Wait(); close(out) }()
	return out
}

type Counter struct {
	mu sync.Mutex
	m  map[string]int
}

func (c *Counter) Inc(k string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.m[k]++
}

func ticks(ctx context.Context, d time.Duration) int {
	t := time.NewTicker(d)
	defer t.Stop()
	n := 0
	for {
		select {
		case <-t.C:
			n++
			if n == 3 {
				return n
			}
		case <-ctx.Done():
			return -1
		}
	}
}

//cell

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	jobs := make(chan Job)
	go func() {
		defer close(jobs)
		for i, d := range []string{"alpha", "", "gamma", "delta", "", "zeta"} {
			jobs <- Job{i, d}
		}
	}()
	var results []Result
	for r := range workers(ctx, 3, jobs) {
		results = append(results, r)
	}
	sort.Slice(results, func(a, b int) bool { return results[a].Job.ID < results[b].Job.ID })
	empty := 0
	for _, r := range results {
		if errors.Is(r.Err, ErrEmpty) {
			empty++
			fmt.Println("error:", r.Err)
			continue
		}
		fmt.Printf("%d %s %d\n", r.Job.ID, r.Job.Data, r.Len)
	}
	fmt.Println("empty:", empty)
	c := &Counter{m: map[string]int{}}
	var wg sync.WaitGroup
	var total atomic.Int64
	for i := range 50 {
		wg.Go(func() {
			c.Inc([]string{"a", "b"}[i%2])
			total.Add(int64(i))
		})
	}
	wg.Wait()
	fmt.Println(c.m, total.Load())
	fmt.Println(ticks(ctx, time.Millisecond))
	ctx2, cancel2 := context.WithCancel(context.Background())
	cancel2()
	fmt.Println(ticks(ctx2, time.Hour))
	_, err := process(ctx2, Job{})
	fmt.Println(err, errors.Is(err, context.Canceled))
	var once sync.Once
	for range 3 {
		once.Do(func() { fmt.Println("once") })
	}
	res := make(chan Result, 1)
	select {
	case res <- Result{Len: 1}:
		fmt.Println("sent")
	default:
		fmt.Println("full")
	}
	r := <-res
	fmt.Printf("%+v\n", r)
}
