//go:build ignore

// Bounded parallelism with a buffered-channel semaphore, a hand-written
// errgroup (first error wins, cancels the rest), and an atomic peak counter.
package main

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
)

//cell

type Group struct {
	wg      sync.WaitGroup
	errOnce sync.Once
	err     error
	cancel  context.CancelCauseFunc
	sem     chan struct{}
}

func WithContext(ctx context.Context, limit int) (*Group, context.Context) {
	ctx, cancel := context.WithCancelCause(ctx)
	return &Group{cancel: cancel, sem: make(chan struct{}, limit)}, ctx
}

func (g *Group) Go(f func() error) {
	g.sem <- struct{}{}
	g.wg.Add(1)
	go func() {
		defer func() { <-g.sem; g.wg.Done() }()
		if err := f(); err != nil {
			g.errOnce.Do(func() {
				g.err = err
				g.cancel(err)
			})
		}
	}()
}

func (g *Group) Wait() error {
	g.wg.Wait()
	g.cancel(nil)
	return g.err
}

//cell

type Gauge struct {
	cur, peak atomic.Int64
}

func (g *Gauge) Enter() {
	n := g.cur.Add(1)
	for {
		p := g.peak.Load()
		if n <= p || g.peak.CompareAndSwap(p, n) {
			return
		}
	}
}

func (g *Gauge) Leave() { g.cur.Add(-1) }

type Fetch struct {
	URL  string
	Size int
}

var errNotFound = errors.New("not found")

//cell

func main() {
	urls := []string{"a", "bb", "ccc", "dddd", "eeeee", "ffffff", "g"}
	g, ctx := WithContext(context.Background(), 3)
	var gauge Gauge
	var mu sync.Mutex
	var got []Fetch
	for i, u := range urls {
		g.Go(func() error {
			gauge.Enter()
			defer gauge.Leave()
			if ctx.Err() != nil {
				return nil
			}
			mu.Lock()
			got = append(got, Fetch{u, len(u) * (i + 1)})
			mu.Unlock()
			return nil
		})
	}
	err := g.Wait()
	sort.Slice(got, func(i, j int) bool { return got[i].URL < got[j].URL })
	fmt.Println(err, len(got), got)
	fmt.Println("peak within limit:", gauge.peak.Load() <= 3, "now", gauge.cur.Load())
	fmt.Println("ctx after wait:", ctx.Err(), context.Cause(ctx))

	g2, ctx2 := WithContext(context.Background(), 2)
	start := make(chan struct{})
	for i := range 4 {
		g2.Go(func() error {
			if i == 2 {
				defer close(start)
				return fmt.Errorf("fetch %d: %w", i, errNotFound)
			}
			if i == 3 {
				<-start
				<-ctx2.Done()
				return ctx2.Err()
			}
			return nil
		})
	}
	err = g2.Wait()
	fmt.Println(err, errors.Is(err, errNotFound))
	fmt.Println(errors.Is(context.Cause(ctx2), errNotFound), ctx2.Err())
}
