//go:build ignore

// A pool of workers, each in a select on its own jobs, a shared quit
// channel and a ticker-free timeout: many goroutines run the same select
// statement at once.
package main

import (
	"fmt"
	"sort"
	"sync"
	"time"
)

type result struct {
	worker, job, square int
}

func worker(id int, jobs <-chan int, results chan<- result, quit <-chan struct{}, wg *sync.WaitGroup) {
	defer wg.Done()
	for {
		select {
		case j, ok := <-jobs:
			if !ok {
				return
			}
			select {
			case results <- result{id, j, j * j}:
			case <-quit:
				return
			}
		case <-quit:
			return
		case <-time.After(10 * time.Second):
			fmt.Println("worker", id, "timed out")
			return
		}
	}
}

//cell

func main() {
	const workers, perWorker = 6, 50
	quit := make(chan struct{})
	results := make(chan result)
	var wg sync.WaitGroup
	queues := make([]chan int, workers)
	for id := range workers {
		queues[id] = make(chan int)
		wg.Add(1)
		go worker(id, queues[id], results, quit, &wg)
	}
	for id := range workers {
		go func() {
			for k := range perWorker {
				queues[id] <- id*100 + k
			}
			close(queues[id])
		}()
	}
	counts := map[int]int{}
	wrong := 0
	sum := 0
	for range workers * perWorker {
		r := <-results
		if r.job/100 != r.worker {
			wrong++
		}
		counts[r.worker]++
		sum += r.square
	}
	wg.Wait()
	close(quit)
	ids := make([]int, 0, len(counts))
	for id := range counts {
		ids = append(ids, id)
	}
	sort.Ints(ids)
	for _, id := range ids {
		fmt.Printf("worker %d ran %d jobs\n", id, counts[id])
	}
	fmt.Println("jobs that reached the wrong worker:", wrong)
	fmt.Println("sum of squares:", sum)
}
