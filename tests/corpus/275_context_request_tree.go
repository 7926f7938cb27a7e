//go:build ignore

// Context usage: a request carries a context down a call tree; values
// are stored under an unexported key type with typed accessors; a parent
// cancel reaches every child; WithCancelCause reports why; deadlines are
// set far in the future or already past so the output never depends on
// the clock; AfterFunc runs when a context ends.
package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"
)

type ctxKey int

const (
	requestIDKey ctxKey = iota
	userKey
)

type User struct {
	Name  string
	Admin bool
}

func WithRequestID(ctx context.Context, id string) context.Context {
	return context.WithValue(ctx, requestIDKey, id)
}

func RequestID(ctx context.Context) string {
	id, _ := ctx.Value(requestIDKey).(string)
	if id == "" {
		return "-"
	}
	return id
}

func WithUser(ctx context.Context, u *User) context.Context {
	return context.WithValue(ctx, userKey, u)
}

func CurrentUser(ctx context.Context) (*User, bool) {
	u, ok := ctx.Value(userKey).(*User)
	return u, ok
}

//cell

var ErrShutdown = errors.New("server shutting down")

func handle(ctx context.Context, path string) string {
	u, ok := CurrentUser(ctx)
	who := "anonymous"
	if ok {
		who = u.Name
	}
	if err := ctx.Err(); err != nil {
		return fmt.Sprintf("[%s] %s by %s: aborted (%v, cause %v)", RequestID(ctx), path, who, err, context.Cause(ctx))
	}
	return fmt.Sprintf("[%s] %s by %s: ok", RequestID(ctx), path, who)
}

func worker(ctx context.Context, id int, jobs <-chan int, results chan<- string, wg *sync.WaitGroup) {
	defer wg.Done()
	for {
		select {
		case <-ctx.Done():
			return
		case j, ok := <-jobs:
			if !ok {
				return
			}
			results <- fmt.Sprintf("job %d squared %d", j, j*j)
		}
	}
}

//cell

func main() {
	root := context.Background()
	fmt.Println(RequestID(root), root.Err())

	ctx := WithRequestID(root, "req-7")
	ctx = WithUser(ctx, &User{Name: "ada", Admin: true})
	fmt.Println(handle(ctx, "/home"))

	child, cancel := context.WithCancel(ctx)
	grand := WithRequestID(child, "req-7.1")
	fmt.Println(handle(grand, "/child"))
	cancel()
	<-grand.Done()
	fmt.Println(handle(grand, "/child"))
	fmt.Println(handle(ctx, "/parent-still-fine"))

	cctx, cancelCause := context.WithCancelCause(ctx)
	stopped := make(chan string, 1)
	stop := context.AfterFunc(cctx, func() { stopped <- "after func ran" })
	cancelCause(ErrShutdown)
	fmt.Println(<-stopped, stop())
	fmt.Println(errors.Is(context.Cause(cctx), ErrShutdown), cctx.Err() == context.Canceled)
	fmt.Println(handle(cctx, "/shutdown"))

	past, cancelPast := context.WithDeadline(ctx, time.Unix(0, 0))
	defer cancelPast()
	<-past.Done()
	fmt.Println(errors.Is(past.Err(), context.DeadlineExceeded), past.Err())

	future, cancelFuture := context.WithTimeout(ctx, time.Hour)
	_, has := future.Deadline()
	fmt.Println(has, future.Err())
	cancelFuture()
	fmt.Println(future.Err())

	wctx, stopWorkers := context.WithCancel(root)
	jobs := make(chan int)
	results := make(chan string, 10)
	var wg sync.WaitGroup
	for i := range 3 {
		wg.Add(1)
		go worker(wctx, i, jobs, results, &wg)
	}
	for j := 1; j <= 4; j++ {
		jobs <- j
	}
	stopWorkers()
	wg.Wait()
	close(results)
	n := 0
	for range results {
		n++
	}
	fmt.Println("results:", n, wctx.Err())

	detached := context.WithoutCancel(grand)
	fmt.Println(detached.Err(), RequestID(detached))
}
