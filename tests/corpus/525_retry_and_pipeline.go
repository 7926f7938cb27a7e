//go:build ignore

// A retry policy over temporary errors (errors.As to an interface, a
// cause wrapped with %w, errors.Join of the attempts) and a pipeline of
// goroutines with context cancellation: a source, a fan-out of workers,
// a hand-written fan-in sorted by id, and a first-error-cancels group
// built on sync.Once.
package main

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
)

type TempError struct {
	Op      string
	Attempt int
}

func (e TempError) Error() string {
	return fmt.Sprintf("%s: temporary failure (attempt %d)", e.Op, e.Attempt)
}
func (e TempError) Temporary() bool { return true }

type FatalError struct {
	Op  string
	Err error
}

func (e *FatalError) Error() string { return e.Op + ": fatal: " + e.Err.Error() }
func (e *FatalError) Unwrap() error { return e.Err }

var ErrQuota = errors.New("quota exceeded")

//cell

type temporary interface{ Temporary() bool }

type RetryPolicy struct {
	Max     int
	OnRetry func(attempt int, err error)
}

func (p RetryPolicy) Do(ctx context.Context, op func(attempt int) error) error {
	var errs []error
	for attempt := 1; attempt <= p.Max; attempt++ {
		if err := ctx.Err(); err != nil {
			errs = append(errs, err)
			break
		}
		err := op(attempt)
		if err == nil {
			return nil
		}
		errs = append(errs, err)
		var t temporary
		if !errors.As(err, &t) || !t.Temporary() {
			break
		}
		if p.OnRetry != nil {
			p.OnRetry(attempt, err)
		}
	}
	return fmt.Errorf("after %d attempts: %w", len(errs), errors.Join(errs...))
}

//cell

type Item struct {
	ID   int
	Text string
}

type Result struct {
	Item
	Words int
	Err   error
}

func source(ctx context.Context, items []Item) <-chan Item {
	out := make(chan Item)
	go func() {
		defer close(out)
		for _, it := range items {
			select {
			case out <- it:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

func worker(ctx context.Context, in <-chan Item, out chan<- Result, wg *sync.WaitGroup) {
	defer wg.Done()
	for it := range in {
		r := Result{Item: it}
		if it.Text == "" {
			r.Err = &FatalError{Op: fmt.Sprint("item ", it.ID), Err: ErrQuota}
		} else {
			r.Words = len(strings.Fields(it.Text))
		}
		select {
		case out <- r:
		case <-ctx.Done():
			return
		}
	}
}

//cell

func fanIn(ctx context.Context, in <-chan Item, n int) []Result {
	out := make(chan Result)
	var wg sync.WaitGroup
	for range n {
		wg.Add(1)
		go worker(ctx, in, out, &wg)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	var rs []Result
	for r := range out {
		rs = append(rs, r)
	}
	sort.Slice(rs, func(i, j int) bool { return rs[i].ID < rs[j].ID })
	return rs
}

type firstErr struct {
	once sync.Once
	err  error
	stop context.CancelFunc
}

func (f *firstErr) set(err error) {
	f.once.Do(func() {
		f.err = err
		f.stop()
	})
}

//cell

func main() {
	var log []string
	pol := RetryPolicy{Max: 4, OnRetry: func(a int, err error) { log = append(log, fmt.Sprintf("retry %d: %v", a, err)) }}
	err := pol.Do(context.Background(), func(a int) error {
		if a < 3 {
			return TempError{"fetch", a}
		}
		return nil
	})
	fmt.Println(err, log)
	err = pol.Do(context.Background(), func(a int) error {
		if a == 1 {
			return fmt.Errorf("wrapped: %w", TempError{"save", a})
		}
		return &FatalError{"save", ErrQuota}
	})
	fmt.Println(err)
	var fe *FatalError
	var te TempError
	fmt.Println(errors.Is(err, ErrQuota), errors.As(err, &fe), fe.Op, errors.As(err, &te), te.Attempt)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	err = pol.Do(ctx, func(int) error { return nil })
	fmt.Println(err, errors.Is(err, context.Canceled))

	items := []Item{{1, "a b c"}, {2, "hello world"}, {3, ""}, {4, "one"}, {5, "x y z w"}}
	rs := fanIn(context.Background(), source(context.Background(), items), 3)
	total := 0
	for _, r := range rs {
		if r.Err != nil {
			fmt.Printf("%d: %v (quota: %t)\n", r.ID, r.Err, errors.Is(r.Err, ErrQuota))
			continue
		}
		total += r.Words
		fmt.Printf("%d: %q -> %d\n", r.ID, r.Text, r.Words)
	}
	fmt.Println("total", total)
	fmt.Printf("%+v\n", rs[0])

	ctx, cancel = context.WithCancel(context.Background())
	defer cancel()
	fe2 := &firstErr{stop: cancel}
	var wg sync.WaitGroup
	results := make([]string, 4)
	for i := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if i == 2 {
				fe2.set(fmt.Errorf("task %d: %w", i, ErrQuota))
				return
			}
			results[i] = fmt.Sprint("ok", i)
		}()
	}
	wg.Wait()
	<-ctx.Done()
	fmt.Println(fe2.err, ctx.Err(), results)
	joined := errors.Join(ErrQuota, nil, TempError{"x", 9})
	fmt.Printf("%v|%q\n", joined, joined.Error())
	fmt.Println(errors.Is(joined, ErrQuota), errors.As(joined, &te), te)
}
