//go:build ignore

// Goroutines with a WaitGroup and a Mutex counting words, a channel
// pipeline of squares, a worker pool with results sorted, sync.Once.
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Stats struct {
	mu     sync.Mutex
	counts map[string]int
}

func (s *Stats) Add(k string, n int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.counts[k] += n
}

func step1() {
	docs := []string{"a b c a", "b b d", "c a", "e e e e", "a"}
	st := &Stats{counts: map[string]int{}}
	var wg sync.WaitGroup
	for _, d := range docs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for _, w := range strings.Fields(d) {
				st.Add(w, 1)
			}
		}()
	}
	wg.Wait()
	fmt.Println(st.counts)
}

//cell

func gen(nums ...int) <-chan int {
	out := make(chan int)
	go func() {
		for _, n := range nums {
			out <- n
		}
		close(out)
	}()
	return out
}

func square(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for n := range in {
			out <- n * n
		}
	}()
	return out
}

func step2() {
	sum := 0
	for v := range square(square(gen(1, 2, 3, 4))) {
		sum += v
		fmt.Print(v, " ")
	}
	fmt.Println("sum", sum)
}

//cell

type result struct {
	id, val int
}

func step3() {
	jobs := make(chan int, 10)
	results := make(chan result, 10)
	var wg2 sync.WaitGroup
	for w := 1; w <= 3; w++ {
		wg2.Add(1)
		go func(id int) {
			defer wg2.Done()
			for j := range jobs {
				results <- result{j, j * 10}
			}
		}(w)
	}
	for j := 0; j < 8; j++ {
		jobs <- j
	}
	close(jobs)
	go func() { wg2.Wait(); close(results) }()
	var all []result
	for r := range results {
		all = append(all, r)
	}
	sort.Slice(all, func(i, j int) bool { return all[i].id < all[j].id })
	fmt.Println(all)
	fmt.Printf("%+v\n", all[:2])
}

//cell

var once sync.Once

var mu sync.Mutex

func step4() {
	total := 0
	var wg3 sync.WaitGroup
	for i := range 50 {
		wg3.Add(1)
		go func() {
			defer wg3.Done()
			once.Do(func() { fmt.Println("init once") })
			mu.Lock()
			total += i
			mu.Unlock()
		}()
	}
	wg3.Wait()
	fmt.Println("total", total)
	done := make(chan struct{})
	msgs := make(chan string)
	go func() {
		defer close(done)
		for m := range msgs {
			fmt.Println("got", m)
		}
	}()
	for _, m := range []string{"x", "y"} {
		msgs <- m
	}
	close(msgs)
	<-done
}

//cell

func main() {
	step1()
	step2()
	step3()
	step4()
}
