//go:build ignore

// Request lifecycles with the context additions of Go 1.20–1.21:
// cancellation causes (WithCancelCause, WithDeadlineCause,
// WithTimeoutCause, context.Cause), context.AfterFunc callbacks and their
// stop functions, and WithoutCancel for work that must outlive a request
// but keep its values.
package main

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sync"
	"time"
)

type ctxKey string

var (
	ErrClientGone = errors.New("client went away")
	ErrTooSlow    = errors.New("backend too slow")
	ErrShutdown   = errors.New("server shutting down")
)

type Journal struct {
	mu    sync.Mutex
	lines []string
}

func (j *Journal) Add(format string, args ...any) {
	j.mu.Lock()
	defer j.mu.Unlock()
	j.lines = append(j.lines, fmt.Sprintf(format, args...))
}

func (j *Journal) Sorted() []string {
	j.mu.Lock()
	defer j.mu.Unlock()
	out := slices.Clone(j.lines)
	slices.Sort(out)
	return out
}

//cell

func describe(ctx context.Context) string {
	return fmt.Sprintf("err=%v cause=%v", ctx.Err(), context.Cause(ctx))
}

// wait blocks until ctx is done or d passes, reporting which.
func wait(ctx context.Context, d time.Duration) string {
	select {
	case <-ctx.Done():
		return "done: " + context.Cause(ctx).Error()
	case <-time.After(d):
		return "finished"
	}
}

func request(parent context.Context, id string) (context.Context, context.CancelCauseFunc) {
	ctx := context.WithValue(parent, ctxKey("request"), id)
	return context.WithCancelCause(ctx)
}

//cell

var journal Journal

//cell

func main() {
	root := context.WithValue(context.Background(), ctxKey("server"), "api-1")

	// cancel with a cause: Err is Canceled, Cause is ours
	ctx, cancel := request(root, "r1")
	fired := make(chan struct{})
	stop := context.AfterFunc(ctx, func() {
		journal.Add("r1 cleanup after %v", context.Cause(ctx))
		close(fired)
	})
	cancel(ErrClientGone)
	<-fired
	fmt.Println("r1", describe(ctx), errors.Is(context.Cause(ctx), ErrClientGone))
	fmt.Println("stop after it ran:", stop())
	cancel(ErrTooSlow) // a second cancel keeps the first cause
	fmt.Println("r1 again", describe(ctx))

	// AfterFunc stopped before the context ends never runs
	ctx2, cancel2 := request(root, "r2")
	stop2 := context.AfterFunc(ctx2, func() { journal.Add("r2 callback ran") })
	fmt.Println("stop before cancel:", stop2(), "second stop:", stop2())
	cancel2(nil)
	fmt.Println("r2", describe(ctx2))

	// a deadline already passed: Err is DeadlineExceeded, Cause is ours
	ctx3, cancel3 := context.WithDeadlineCause(root, time.Now().Add(-time.Minute), ErrTooSlow)
	defer cancel3()
	fmt.Println("r3", describe(ctx3), errors.Is(ctx3.Err(), context.DeadlineExceeded))
	fmt.Println("r3 wait:", wait(ctx3, time.Second))

	// a short timeout with a cause
	ctx4, cancel4 := context.WithTimeoutCause(root, 20*time.Millisecond, ErrTooSlow)
	defer cancel4()
	fmt.Println("r4 wait:", wait(ctx4, 5*time.Second))
	fmt.Println("r4", describe(ctx4))
	// cancelling after the timeout keeps the timeout's cause
	cancel4()
	fmt.Println("r4 after cancel", describe(ctx4))

	// the parent's cause reaches children
	parent, cancelParent := context.WithCancelCause(root)
	child, cancelChild := context.WithTimeout(parent, time.Hour)
	defer cancelChild()
	var wg sync.WaitGroup
	for i := range 3 {
		wg.Add(1)
		context.AfterFunc(child, func() {
			defer wg.Done()
			journal.Add("worker %d stopped: %v", i, context.Cause(child))
		})
	}
	cancelParent(ErrShutdown)
	wg.Wait()
	fmt.Println("child", describe(child))

	// WithoutCancel keeps values, drops cancellation
	detached := context.WithoutCancel(child)
	fmt.Println("detached", detached.Err(), context.Cause(detached), detached.Done() == nil)
	fmt.Println("values", detached.Value(ctxKey("server")), child.Value(ctxKey("request")))
	_, hasDeadline := detached.Deadline()
	_, childDeadline := child.Deadline()
	fmt.Println("deadlines", hasDeadline, childDeadline)
	audit, cancelAudit := context.WithTimeout(detached, time.Second)
	fmt.Println("audit", wait(audit, 10*time.Millisecond))
	cancelAudit()
	fmt.Println("audit after cancel", describe(audit))

	// AfterFunc on a context that is already done runs at once
	done := make(chan string)
	context.AfterFunc(ctx, func() { done <- "ran for a done context" })
	fmt.Println(<-done)

	for _, l := range journal.Sorted() {
		fmt.Println("journal:", l)
	}
}
