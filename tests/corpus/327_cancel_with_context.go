//go:build ignore

// Cancellation with contexts: tasks declared in cells take a context and
// stop when it ends, a cause of a cell error type travels through
// context.Cause, a waiting call gives up when its context ends (the
// future keeps running), and futures still queued are cancelled and
// report errors matching executor.ErrCancelled and context.Canceled.
package main

import (
	"context"
	"errors"
	"fmt"

	"github.com/gofutures/gofutures/executor"
)

// Page is what crawl returns.
type Page struct {
	URL   string
	Links int
}

// Stopped is the cause given when the user stops the crawl.
type Stopped struct{ By string }

func (s *Stopped) Error() string { return "stopped by " + s.By }

//cell

// crawl visits url in steps, checking ctx between them; started is
// closed when it begins, and it waits for step before each step.
func crawl(ctx context.Context, url string, started chan<- string, step <-chan struct{}) (Page, error) {
	started <- url
	links := 0
	for i := 0; i < 3; i++ {
		select {
		case <-ctx.Done():
			return Page{url, links}, fmt.Errorf("crawl %s after %d steps: %w", url, i, context.Cause(ctx))
		case <-step:
			links += len(url)
		}
	}
	return Page{url, links}, nil
}

func quick(url string) Page { return Page{url, 1} }

//cell

func main() {
	pool := executor.NewThreadPool(2)
	defer pool.Close()

	// A crawl that finishes, then one stopped with a cause.
	started := make(chan string, 2)
	step := make(chan struct{})
	ctx := context.Background()
	f := pool.Submit(crawl, ctx, "a.io", started, step)
	fmt.Println("started", <-started)
	for range 3 {
		step <- struct{}{}
	}
	fmt.Println(f.Result())

	cctx, cancel := context.WithCancelCause(context.Background())
	g := pool.Submit(crawl, cctx, "bb.io", started, step)
	<-started
	step <- struct{}{}
	cancel(&Stopped{"ann"})
	v, err := g.Result()
	var st *Stopped
	fmt.Println(v.(Page), err)
	fmt.Println(errors.As(err, &st), st.By, errors.Is(err, context.Canceled))

	// A wait that ends with its context: the future keeps running.
	hold := make(chan struct{})
	h := pool.Submit(func() Page { <-hold; return quick("late.io") })
	wctx, wcancel := context.WithCancelCause(context.Background())
	wcancel(&Stopped{"bob"})
	_, err = h.ResultContext(wctx)
	fmt.Println(err, errors.As(err, &st), st.By)
	fmt.Println("still running:", !h.IsDone())
	close(hold)
	fmt.Println(h.Result())

	// Queued futures cancelled: one worker busy, the rest wait.
	one := executor.NewThreadPool(1)
	gate := make(chan struct{})
	busy := one.Submit(func() string { <-gate; return "busy done" })
	var queued []*executor.Future
	for _, u := range []string{"x.io", "y.io", "z.io"} {
		queued = append(queued, one.Submit(quick, u))
	}
	fmt.Println(queued[1].Cancel(), queued[1].Cancelled(), queued[1].State())
	close(gate)
	fmt.Println(busy.Result())
	for i, q := range queued {
		v, err := q.Result()
		fmt.Println(i, v, errors.Is(err, executor.ErrCancelled), errors.Is(err, context.Canceled))
	}
	fmt.Println(queued[0].Cancel(), queued[1].State())

	// Map with a context already cancelled stops before any result.
	mctx, mcancel := context.WithCancel(context.Background())
	mcancel()
	gate2 := make(chan struct{})
	blocker := one.Submit(func() { <-gate2 })
	res, err := one.Map(quick, []string{"p", "q"}, executor.Context(mctx))
	fmt.Println(len(res), err, errors.Is(err, context.Canceled))
	close(gate2)
	blocker.Result()
	one.Close()
}
