//go:build ignore

// context: cancellation, values, deadlines reported through errors.
package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

type ctxKey string

func work(ctx context.Context, out chan<- string) {
	for i := 0; ; i++ {
		select {
		case <-ctx.Done():
			out <- fmt.Sprint("stopped: ", ctx.Err())
			return
		default:
		}
		if i == 1000 {
			i = 0
		}
		time.Sleep(time.Millisecond)
	}
}

//cell

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	out := make(chan string)
	go work(ctx, out)
	cancel()
	fmt.Println(<-out)
	fmt.Println(errors.Is(ctx.Err(), context.Canceled))

	vctx := context.WithValue(context.Background(), ctxKey("user"), "gopher")
	fmt.Println(vctx.Value(ctxKey("user")), vctx.Value(ctxKey("other")))

	tctx, tcancel := context.WithTimeout(context.Background(), 10*time.Millisecond)
	defer tcancel()
	<-tctx.Done()
	fmt.Println(tctx.Err(), errors.Is(tctx.Err(), context.DeadlineExceeded))

	cctx, ccancel := context.WithCancelCause(context.Background())
	ccancel(errors.New("shutting down"))
	fmt.Println(cctx.Err(), context.Cause(cctx))
	_, hasDeadline := context.Background().Deadline()
	fmt.Println(hasDeadline)
}
