//go:build ignore

// Request cancellation studied in a notebook, without timing: a Job type
// whose Run method watches a context, context.WithCancelCause with
// custom cause errors, context.Cause versus Err, AfterFunc callbacks
// (run once, and stop() before cancel prevents them), WithoutCancel,
// WithValue lookups through a typed key, WithDeadlineCause on a time
// already past, and a worker function fixed in a later cell to report
// the cause instead of the bare error.
package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"
)

type ctxKey string

type Job struct {
	ID    int
	Steps int
}

var ErrShutdown = errors.New("shutdown requested")

type QuotaError struct{ Used, Limit int }

func (q *QuotaError) Error() string { return fmt.Sprintf("quota %d/%d", q.Used, q.Limit) }

//cell

// first version: reports ctx.Err(), which hides why
var report = func(ctx context.Context) string { return fmt.Sprint(ctx.Err()) }

func (j Job) Run(ctx context.Context, progress chan<- int, ack <-chan bool) string {
	for s := 1; s <= j.Steps; s++ {
		select {
		case <-ctx.Done():
			return fmt.Sprintf("job %d stopped at %d: %s", j.ID, s, report(ctx))
		default:
		}
		progress <- s
		<-ack
	}
	return fmt.Sprintf("job %d done", j.ID)
}

//cell

func runUntil(j Job, stopAt int, cause error) string {
	ctx, cancel := context.WithCancelCause(context.Background())
	defer cancel(nil)
	progress := make(chan int)
	ack := make(chan bool)
	result := make(chan string)
	go func() { result <- j.Run(ctx, progress, ack) }()
	for {
		select {
		case s := <-progress:
			if s == stopAt {
				cancel(cause)
			}
			ack <- true
		case r := <-result:
			return r
		}
	}
}

//cell

func main() {
	fmt.Println(runUntil(Job{1, 3}, 99, nil))
	fmt.Println(runUntil(Job{2, 5}, 2, ErrShutdown))
	report = func(ctx context.Context) string {
		return fmt.Sprintf("%v (cause: %v)", ctx.Err(), context.Cause(ctx))
	}
	fmt.Println(runUntil(Job{3, 5}, 2, ErrShutdown))
	fmt.Println(runUntil(Job{4, 5}, 1, &QuotaError{12, 10}))
	fmt.Println(runUntil(Job{5, 5}, 3, nil))

	parent, cancelParent := context.WithCancelCause(context.WithValue(context.Background(), ctxKey("user"), "ada"))
	child, cancelChild := context.WithCancel(parent)
	defer cancelChild()
	var wg sync.WaitGroup
	wg.Add(1)
	stop1 := context.AfterFunc(child, func() {
		defer wg.Done()
		fmt.Println("after child:", context.Cause(child))
	})
	stop2 := context.AfterFunc(parent, func() { fmt.Println("never runs") })
	fmt.Println("stop2:", stop2(), stop2())
	detached := context.WithoutCancel(child)
	cancelParent(&QuotaError{3, 2})
	wg.Wait()
	fmt.Println("stop1 after run:", stop1())
	var qe *QuotaError
	fmt.Println(errors.As(context.Cause(child), &qe), qe.Limit, child.Err() == context.Canceled)
	fmt.Println(detached.Err(), detached.Value(ctxKey("user")), child.Value(ctxKey("user")), child.Value("user"))
	cancelParent(ErrShutdown)
	fmt.Println(context.Cause(parent))

	past := time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
	dctx, dcancel := context.WithDeadlineCause(context.Background(), past, errors.New("too late"))
	defer dcancel()
	<-dctx.Done()
	dl, ok := dctx.Deadline()
	fmt.Println(dctx.Err(), context.Cause(dctx), errors.Is(dctx.Err(), context.DeadlineExceeded), dl.Year(), ok)
	tctx, tcancel := context.WithTimeoutCause(context.Background(), -time.Second, ErrShutdown)
	defer tcancel()
	<-tctx.Done()
	fmt.Println(tctx.Err(), context.Cause(tctx))
	bg := context.Background()
	fmt.Println(bg.Err(), context.Cause(bg), bg.Done() == nil, bg, context.TODO())
}
