//go:build ignore

// The errgroup pattern by hand: the first error cancels the others through a context.
package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
)

type Group struct {
	wg     sync.WaitGroup
	once   sync.Once
	err    error
	cancel context.CancelFunc
}

func WithContext(ctx context.Context) (*Group, context.Context) {
	ctx, cancel := context.WithCancel(ctx)
	return &Group{cancel: cancel}, ctx
}

func (g *Group) Go(f func() error) {
	g.wg.Add(1)
	go func() {
		defer g.wg.Done()
		if err := f(); err != nil {
			g.once.Do(func() {
				g.err = err
				g.cancel()
			})
		}
	}()
}

func (g *Group) Wait() error {
	g.wg.Wait()
	g.cancel()
	return g.err
}

//cell

var ErrBad = errors.New("bad input")

func main() {
	g, ctx := WithContext(context.Background())
	started := make(chan struct{})
	g.Go(func() error {
		<-started
		return fmt.Errorf("task 1: %w", ErrBad)
	})
	g.Go(func() error {
		close(started)
		<-ctx.Done()
		return ctx.Err()
	})
	err := g.Wait()
	fmt.Println(err, errors.Is(err, ErrBad), ctx.Err())
	g2, _ := WithContext(context.Background())
	for i := 0; i < 3; i++ {
		g2.Go(func() error { return nil })
	}
	fmt.Println(g2.Wait())
}
