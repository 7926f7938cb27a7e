package executor_test

import (
	"context"
	"errors"
	"os"
	"testing"
	"time"

	"github.com/gofutures/gofutures/executor"
)

func TestAsCompleted(t *testing.T) {
	a, b := executor.NewThreadPool(1), executor.NewThreadPool(1)
	defer a.Close()
	defer b.Close()
	gateA, gateB := make(chan struct{}), make(chan struct{})
	done := a.Submit(func() int { return 0 })
	done.Result()
	fa := a.Submit(func() int { <-gateA; return 1 })
	fb := b.Submit(func() int { <-gateB; return 2 })
	it := executor.AsCompleted([]*executor.Future{fa, fb, done, nil, fa})
	var order []any
	next := func() {
		t.Helper()
		if !it.Next() {
			t.Fatalf("Next = false, err %v", it.Err())
		}
		v, _ := it.Future().Result()
		order = append(order, v)
	}
	next() // the done one first
	close(gateB)
	next()
	close(gateA)
	next()
	if it.Next() || it.Err() != nil {
		t.Fatal("extra future or error", it.Err())
	}
	if len(order) != 3 || order[0] != 0 || order[1] != 2 || order[2] != 1 {
		t.Fatalf("order %v", order)
	}
}

func TestAsCompletedTimeout(t *testing.T) {
	pool := executor.NewThreadPool(2)
	defer pool.Close()
	gate := make(chan struct{})
	defer close(gate)
	fs := []*executor.Future{
		pool.Submit(func() {}),
		pool.Submit(func() { <-gate }),
		pool.Submit(func() { <-gate }),
	}
	it := executor.AsCompleted(fs, executor.Timeout(30*time.Millisecond))
	n := 0
	for it.Next() {
		n++
	}
	var te *executor.TimeoutError
	err := it.Err()
	if n != 1 || !errors.As(err, &te) || te.Unfinished != 2 || te.Total != 3 || !errors.Is(err, os.ErrDeadlineExceeded) {
		t.Fatalf("n=%d err=%v", n, err)
	}
	if err.Error() != "executor: timeout: 2 (of 3) futures unfinished" {
		t.Fatal(err)
	}
	it.Close()

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	it = executor.AsCompleted(fs[1:], executor.Context(ctx))
	if it.Next() || !errors.Is(it.Err(), context.Canceled) {
		t.Fatalf("cancelled ctx: %v", it.Err())
	}
	it = executor.AsCompleted(nil)
	if it.Next() || it.Err() != nil {
		t.Fatal("empty")
	}
	// Abandoned iterator: Close unregisters.
	it = executor.AsCompleted(fs)
	it.Next()
	it.Close()
}

func TestWait(t *testing.T) {
	pool := executor.NewThreadPool(4)
	defer pool.Close()
	boom := errors.New("boom")
	mk := func() (fast, failing, slow *executor.Future, gate chan struct{}) {
		gate = make(chan struct{})
		g2 := make(chan struct{})
		fast = pool.Submit(func() { close(g2) })
		failing = pool.Submit(func() error { <-g2; return boom })
		slow = pool.Submit(func() { <-gate })
		return
	}
	for _, tc := range []struct {
		when        executor.ReturnWhen
		minDone     int
		wantNotDone bool
	}{
		{executor.FirstCompleted, 1, true},
		{executor.FirstException, 2, true},
	} {
		t.Run(tc.when.String(), func(t *testing.T) {
			fast, failing, slow, gate := mk()
			defer close(gate)
			done, notDone := executor.Wait([]*executor.Future{fast, failing, slow}, tc.when)
			if len(done) < tc.minDone || len(notDone) != 3-len(done) || slow.IsDone() {
				t.Fatalf("done %v notDone %v", done, notDone)
			}
			if tc.when == executor.FirstException && !failing.IsDone() {
				t.Fatal("FirstException returned before the failure")
			}
		})
	}
	fast, failing, slow, gate := mk()
	close(gate)
	done, notDone := executor.Wait([]*executor.Future{fast, failing, slow, fast}, executor.AllCompleted)
	if len(done) != 3 || len(notDone) != 0 || done[0] != fast || done[2] != slow {
		t.Fatal("AllCompleted", done, notDone)
	}
	// FirstException with no failure waits for all.
	ok := []*executor.Future{pool.Submit(func() {}), pool.Submit(func() { time.Sleep(5 * time.Millisecond) })}
	if done, _ := executor.Wait(ok, executor.FirstException); len(done) != 2 {
		t.Fatal("FirstException without errors")
	}
	// Timeout returns what is done, without error.
	g := make(chan struct{})
	defer close(g)
	stuck := pool.Submit(func() { <-g })
	start := time.Now()
	done, notDone = executor.Wait([]*executor.Future{stuck, fast}, executor.AllCompleted, executor.Timeout(20*time.Millisecond))
	if len(done) != 1 || len(notDone) != 1 || notDone[0] != stuck || time.Since(start) < 20*time.Millisecond {
		t.Fatal("timeout", done, notDone)
	}
	// Cancelled futures are done, not failures.
	c := executor.NewFuture()
	c.Cancel()
	if done, _ := executor.Wait([]*executor.Future{c, stuck}, executor.FirstException, executor.Timeout(0)); len(done) != 1 {
		t.Fatal("cancelled in FirstException", done)
	}
}
