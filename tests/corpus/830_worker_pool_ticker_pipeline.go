//go:build ignore

// Concurrency the Go by Example way, kept deterministic: a worker pool
// whose results come back tagged and are put in order, a pipeline of
// stages paced by a time.Ticker (output does not depend on timing), a
// non-blocking send and receive with select default, a context that
// cancels the producers, and a sync.WaitGroup with a results mutex.
package main

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
	"time"
)

//cell

type Job struct {
	ID   int
	Text string
}

type Result struct {
	JobID  int
	Worker int
	Words  int
	Upper  string
}

func worker(id int, jobs <-chan Job, results chan<- Result, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		results <- Result{JobID: j.ID, Worker: id, Words: len(strings.Fields(j.Text)), Upper: strings.ToUpper(j.Text)}
	}
}

func runPool(texts []string, workers int) []Result {
	jobs := make(chan Job)
	results := make(chan Result, len(texts))
	var wg sync.WaitGroup
	for w := 1; w <= workers; w++ {
		wg.Add(1)
		go worker(w, jobs, results, &wg)
	}
	go func() {
		for i, t := range texts {
			jobs <- Job{i, t}
		}
		close(jobs)
	}()
	wg.Wait()
	close(results)
	var out []Result
	for r := range results {
		out = append(out, r)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].JobID < out[j].JobID })
	return out
}

//cell

func generate(ctx context.Context, n int) <-chan int {
	ch := make(chan int)
	go func() {
		defer close(ch)
		for i := 1; i <= n; i++ {
			select {
			case ch <- i:
			case <-ctx.Done():
				return
			}
		}
	}()
	return ch
}

func stage(in <-chan int, f func(int) int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for v := range in {
			out <- f(v)
		}
	}()
	return out
}

func paced(in <-chan int, every time.Duration) []int {
	tick := time.NewTicker(every)
	defer tick.Stop()
	var got []int
	for v := range in {
		<-tick.C
		got = append(got, v)
	}
	return got
}

//cell

var ErrFull = errors.New("mailbox full")

type Mailbox struct {
	ch      chan string
	dropped []string
}

func (m *Mailbox) Offer(s string) error {
	select {
	case m.ch <- s:
		return nil
	default:
		m.dropped = append(m.dropped, s)
		return fmt.Errorf("offer %q: %w", s, ErrFull)
	}
}

func (m *Mailbox) Poll() (string, bool) {
	select {
	case s := <-m.ch:
		return s, true
	default:
		return "", false
	}
}

//cell

func main() {
	texts := []string{"the quick brown fox", "jumps over", "the lazy dog", "go is fun", "a b c d e f"}
	for _, r := range runPool(texts, 3) {
		fmt.Printf("job %d: %d words %q\n", r.JobID, r.Words, r.Upper)
	}

	ctx, cancel := context.WithCancel(context.Background())
	squares := stage(generate(ctx, 6), func(x int) int { return x * x })
	plus := stage(squares, func(x int) int { return x + 1 })
	fmt.Println(paced(plus, time.Millisecond))
	cancel()

	ctx2, cancel2 := context.WithCancel(context.Background())
	src := generate(ctx2, 1000)
	var firsts []int
	for v := range src {
		firsts = append(firsts, v)
		if v == 4 {
			cancel2()
			break
		}
	}
	fmt.Println(firsts, ctx2.Err(), errors.Is(ctx2.Err(), context.Canceled))

	mb := &Mailbox{ch: make(chan string, 2)}
	for _, s := range []string{"a", "b", "c", "d"} {
		if err := mb.Offer(s); err != nil {
			fmt.Println(err, errors.Is(err, ErrFull))
		}
	}
	for {
		s, ok := mb.Poll()
		if !ok {
			break
		}
		fmt.Print(s, " ")
	}
	fmt.Println("dropped", mb.dropped)

	var mu sync.Mutex
	var wg sync.WaitGroup
	totals := map[int]int{}
	for i := range 10 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			defer mu.Unlock()
			totals[i%3] += i
		}()
	}
	wg.Wait()
	fmt.Println(totals)

	timeout := time.After(50 * time.Millisecond)
	done := make(chan struct{})
	go func() { close(done) }()
	select {
	case <-done:
		fmt.Println("done first")
	case <-timeout:
		fmt.Println("timeout")
	}
}
