//go:build ignore

// Goroutines with deterministic output: a generic fan-out helper
// (declared before the types it runs) recovering each goroutine's panic
// into an error, the first failure cancelling a context with its cause,
// a method value called from goroutines, go with a method call,
// ping-pong on unbuffered channels, sync.Once in goroutines, a stopped
// timer, a nil channel's send in a select with default, and a slice of
// values changed by an init function of a later cell.
package main

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sync"
	"time"
)

// fanOut runs work on each input in its own goroutine and returns the
// results in input order.
func fanOut[In, Out any](ins []In, work func(In) (Out, error)) ([]Out, []error) {
	outs := make([]Out, len(ins))
	errs := make([]error, len(ins))
	var wg sync.WaitGroup
	for i, in := range ins {
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer func() {
				if r := recover(); r != nil {
					errs[i] = fmt.Errorf("item %d panicked: %v", i, r)
				}
			}()
			outs[i], errs[i] = work(in)
		}()
	}
	wg.Wait()
	return outs, errs
}

//cell

type Probe struct {
	Host string
	ms   int
}

type ProbeError struct {
	Host string
	Code int
}

func (e ProbeError) Error() string { return fmt.Sprintf("%s answered %d", e.Host, e.Code) }

type Sink struct {
	mu    sync.Mutex
	lines []string
}

func (s *Sink) Write(line string) {
	s.mu.Lock()
	s.lines = append(s.lines, line)
	s.mu.Unlock()
}

//cell

func check(p Probe) (string, error) {
	switch {
	case p.ms < 0:
		panic(ProbeError{p.Host, p.ms})
	case p.ms > 100:
		return "", ProbeError{p.Host, 504}
	}
	return fmt.Sprintf("%s up in %dms", p.Host, p.ms), nil
}

func firstFailure(ctx context.Context, probes []Probe) error {
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	var wg sync.WaitGroup
	for _, p := range probes {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if p.ms < 0 {
				return // only one failure, for a deterministic cause
			}
			if _, err := check(p); err != nil {
				cancel(err)
			}
		}()
	}
	wg.Wait()
	<-ctx.Done()
	return context.Cause(ctx)
}

//cell

var probes = []Probe{{"alpha", 12}, {"beta", 250}, {"gamma", -7}, {"delta", 40}}

//cell

func init() {
	probes = append(probes[:3:3], Probe{"epsilon", 99}, probes[3])
}

//cell

func main() {
	outs, errs := fanOut(probes, check)
	for i := range outs {
		fmt.Printf("%q %v\n", outs[i], errs[i])
	}
	var pe ProbeError
	fmt.Println(errors.As(errs[1], &pe), pe.Code, pe)

	err := firstFailure(context.Background(), probes)
	fmt.Println("cause:", err)

	var sink Sink
	var wg sync.WaitGroup
	write := sink.Write
	for _, p := range probes {
		wg.Add(1)
		go func() {
			defer wg.Done()
			write(p.Host)
		}()
	}
	wg.Wait()
	slices.Sort(sink.lines)
	fmt.Println(sink.lines)

	done := make(chan struct{})
	go sink.Write("late")
	go func() {
		defer close(done)
		for {
			sink.mu.Lock()
			n := len(sink.lines)
			sink.mu.Unlock()
			if n == 6 {
				return
			}
			time.Sleep(time.Millisecond)
		}
	}()
	<-done
	fmt.Println(len(sink.lines), slices.Contains(sink.lines, "late"))

	// ping-pong on unbuffered channels gives a fixed order
	ping, pong := make(chan int), make(chan int)
	var log []string
	go func() {
		for v := range ping {
			pong <- v * 2
		}
		close(pong)
	}()
	for i := 1; i <= 3; i++ {
		ping <- i
		log = append(log, fmt.Sprint(<-pong))
	}
	close(ping)
	_, ok := <-pong
	fmt.Println(log, ok)

	results := make(chan string, 3)
	var once sync.Once
	for _, h := range []string{"x", "y", "z"} {
		go func() {
			once.Do(func() { results <- "first:" + "winner" })
			results <- h
		}()
	}
	got := []string{<-results, <-results, <-results, <-results}
	slices.Sort(got)
	fmt.Println(got)

	ctx, cancel := context.WithTimeout(context.Background(), time.Hour)
	dl, has := ctx.Deadline()
	cancel()
	fmt.Println(has, !dl.IsZero(), ctx.Err(), errors.Is(ctx.Err(), context.Canceled))
	timer := time.NewTimer(time.Hour)
	fmt.Println(timer.Stop(), timer.Stop())
	tick := make(chan time.Time)
	var nilCh chan int
	select {
	case <-tick:
	case nilCh <- 1:
	default:
		fmt.Println("nothing ready")
	}
}
