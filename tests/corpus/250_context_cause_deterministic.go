//go:build ignore

// Context cancellation whose output does not depend on timing: a cause
// given to WithCancelCause, a timeout that has already passed, a parent
// cancelled before its children, AfterFunc, WithoutCancel, values, and
// workers that stop at their next check once cancelled.
package main

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"sync"
	"time"
)

type Quota struct {
	Used, Limit int
}

func (q Quota) Error() string { return fmt.Sprintf("quota %d/%d exceeded", q.Used, q.Limit) }

type tenantKey struct{}

//cell

func work(ctx context.Context, id int, steps chan<- string) error {
	for i := 0; ; i++ {
		select {
		case <-ctx.Done():
			return fmt.Errorf("worker %d: %w", id, context.Cause(ctx))
		default:
		}
		if i == 3 {
			steps <- fmt.Sprintf("worker %d reached 3", id)
			<-ctx.Done()
		}
	}
}

//cell

func main() {
	root := context.WithValue(context.Background(), tenantKey{}, "acme")
	ctx, cancel := context.WithCancelCause(root)
	steps := make(chan string, 4)
	errs := make([]error, 3)
	var wg sync.WaitGroup
	for i := range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs[i] = work(ctx, i, steps)
		}()
	}
	for range 3 {
		<-steps
	}
	cancel(Quota{12, 10})
	wg.Wait()
	msgs := []string{}
	for _, e := range errs {
		var q Quota
		msgs = append(msgs, fmt.Sprintf("%v | canceled=%t quota=%t", e, errors.Is(e, context.Canceled), errors.As(e, &q)))
	}
	sort.Strings(msgs)
	for _, m := range msgs {
		fmt.Println(m)
	}
	fmt.Println("ctx.Err:", ctx.Err(), "tenant:", ctx.Value(tenantKey{}))

	expired, stop := context.WithTimeout(context.Background(), -time.Second)
	defer stop()
	<-expired.Done()
	fmt.Println(expired.Err(), errors.Is(expired.Err(), context.DeadlineExceeded), context.Cause(expired))

	parent, cancelParent := context.WithCancel(root)
	child, cancelChild := context.WithTimeoutCause(parent, time.Hour, errors.New("too slow"))
	defer cancelChild()
	detached := context.WithoutCancel(child)
	fired := make(chan string, 1)
	stopHook := context.AfterFunc(child, func() { fired <- "after func ran" })
	cancelParent()
	<-child.Done()
	fmt.Println(child.Err(), context.Cause(child), <-fired, stopHook())
	fmt.Println("detached:", detached.Err(), detached.Value(tenantKey{}))

	select {
	case <-detached.Done():
		fmt.Println("detached done?")
	default:
		fmt.Println("detached still running")
	}
}
