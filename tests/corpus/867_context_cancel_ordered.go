//go:build ignore

// context in deterministic programs: WithCancel stopping a generator,
// WithCancelCause and context.Cause, values looked up through a chain of
// contexts with an unexported key type, WithoutCancel, AfterFunc with its
// stop function, and an already-expired WithTimeout/WithDeadline.
package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"
)

//cell

type ctxKey string

const (
	userKey  ctxKey = "user"
	traceKey ctxKey = "trace"
)

func generate(ctx context.Context) <-chan int {
	ch := make(chan int)
	go func() {
		defer close(ch)
		for n := 1; ; n++ {
			select {
			case <-ctx.Done():
				return
			case ch <- n:
			}
		}
	}()
	return ch
}

func describe(ctx context.Context) string {
	u, _ := ctx.Value(userKey).(string)
	t, ok := ctx.Value(traceKey).(int)
	if !ok {
		return fmt.Sprintf("user=%s trace=-", u)
	}
	return fmt.Sprintf("user=%s trace=%d", u, t)
}

var ErrQuota = errors.New("quota exceeded")

//cell

func work(ctx context.Context, id int, results chan<- string) {
	select {
	case <-ctx.Done():
		results <- fmt.Sprintf("worker %d: %v / %v", id, ctx.Err(), context.Cause(ctx))
	}
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	sum := 0
	for n := range generate(ctx) {
		sum += n
		if n == 10 {
			break
		}
	}
	cancel()
	<-ctx.Done()
	fmt.Println("sum", sum, ctx.Err(), errors.Is(ctx.Err(), context.Canceled))

	base := context.WithValue(context.Background(), userKey, "gopher")
	child := context.WithValue(base, traceKey, 42)
	fmt.Println(describe(base))
	fmt.Println(describe(child))
	fmt.Println(child.Value(ctxKey("user")), child.Value("user"))

	cctx, ccancel := context.WithCancelCause(child)
	results := make(chan string, 3)
	var wg sync.WaitGroup
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go func() { defer wg.Done(); work(cctx, i, results) }()
	}
	ccancel(ErrQuota)
	wg.Wait()
	close(results)
	var lines []string
	for r := range results {
		lines = append(lines, r)
	}
	for i := 1; i <= 3; i++ {
		for _, l := range lines {
			if l[7] == byte('0'+i) {
				fmt.Println(l)
			}
		}
	}
	fmt.Println(errors.Is(context.Cause(cctx), ErrQuota), describe(cctx))

	detached := context.WithoutCancel(cctx)
	fmt.Println("detached err:", detached.Err(), describe(detached))

	fired := make(chan string, 1)
	actx, acancel := context.WithCancel(context.Background())
	stop := context.AfterFunc(actx, func() { fired <- "after func ran" })
	acancel()
	fmt.Println(<-fired, stop())

	bctx, bcancel := context.WithCancel(context.Background())
	stop2 := context.AfterFunc(bctx, func() { fmt.Println("never") })
	fmt.Println("stopped:", stop2())
	bcancel()

	tctx, tcancel := context.WithTimeout(context.Background(), -time.Second)
	defer tcancel()
	<-tctx.Done()
	fmt.Println(tctx.Err(), errors.Is(tctx.Err(), context.DeadlineExceeded))
	dctx, dcancel := context.WithDeadlineCause(context.Background(), time.Unix(0, 0), ErrQuota)
	defer dcancel()
	_, hasDeadline := dctx.Deadline()
	fmt.Println(dctx.Err(), context.Cause(dctx), hasDeadline)
	_, bgDeadline := context.Background().Deadline()
	fmt.Println(context.Background(), context.TODO(), bgDeadline)
}
