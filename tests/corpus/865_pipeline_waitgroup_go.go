//go:build ignore

// A Go-by-Example style pipeline: a generator stage, fan-out to three
// squaring workers started with sync.WaitGroup.Go, fan-in through a merge
// stage, and a buffered results channel drained into a sorted slice.
// A second pipeline stops early through a done channel.
package main

import (
	"fmt"
	"slices"
	"sync"
)

//cell

func gen(nums ...int) <-chan int {
	out := make(chan int, len(nums))
	for _, n := range nums {
		out <- n
	}
	close(out)
	return out
}

func sq(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for n := range in {
			out <- n * n
		}
	}()
	return out
}

func merge(cs ...<-chan int) <-chan int {
	var wg sync.WaitGroup
	out := make(chan int, 4)
	for _, c := range cs {
		wg.Go(func() {
			for v := range c {
				out <- v
			}
		})
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

//cell

type stage func(<-chan int) <-chan int

func chain(src <-chan int, stages ...stage) <-chan int {
	for _, s := range stages {
		src = s(src)
	}
	return src
}

func addN(n int) stage {
	return func(in <-chan int) <-chan int {
		out := make(chan int, 2)
		go func() {
			defer close(out)
			for v := range in {
				out <- v + n
			}
		}()
		return out
	}
}

//cell

func main() {
	in := gen(1, 2, 3, 4, 5, 6, 7, 8, 9)
	workers := []<-chan int{sq(in), sq(in), sq(in)}
	var got []int
	for v := range merge(workers...) {
		got = append(got, v)
	}
	slices.Sort(got)
	fmt.Println("squares:", got)

	total := 0
	for v := range chain(gen(1, 2, 3), addN(10), sq, addN(-1)) {
		total += v
		fmt.Print(v, " ")
	}
	fmt.Println("| total", total)

	done := make(chan struct{})
	nat := func() <-chan int {
		out := make(chan int)
		go func() {
			defer close(out)
			for i := 0; ; i++ {
				select {
				case out <- i:
				case <-done:
					return
				}
			}
		}()
		return out
	}()
	var first []int
	for v := range nat {
		if v*v > 50 {
			close(done)
			break
		}
		first = append(first, v)
	}
	fmt.Println("until square > 50:", first)

	var wg sync.WaitGroup
	var mu sync.Mutex
	byWorker := map[int][]int{}
	jobs := make(chan int, 12)
	for j := 1; j <= 12; j++ {
		jobs <- j
	}
	close(jobs)
	for w := range 3 {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for j := range jobs {
				mu.Lock()
				byWorker[j%3] = append(byWorker[j%3], j*id*0+j)
				mu.Unlock()
			}
		}(w)
	}
	wg.Wait()
	for _, k := range slices.Sorted(func(yield func(int) bool) {
		for k := range byWorker {
			if !yield(k) {
				return
			}
		}
	}) {
		v := byWorker[k]
		slices.Sort(v)
		fmt.Printf("mod %d: %v\n", k, v)
	}
}
