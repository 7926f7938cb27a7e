package executor_test

import (
	"bytes"
	"context"
	"errors"
	"io"
	"log"
	"os"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gofutures/gofutures/executor"
)

// captureLog redirects the standard logger for the test.
func captureLog(t *testing.T) *syncBuffer {
	t.Helper()
	var buf syncBuffer
	log.SetOutput(&buf)
	t.Cleanup(func() { log.SetOutput(os.Stderr) })
	return &buf
}

type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

var _ io.Writer = (*syncBuffer)(nil)

func TestFutureStates(t *testing.T) {
	f := executor.NewFuture()
	check := func(want executor.State, running, cancelled, done bool) {
		t.Helper()
		if got := f.State(); got != want {
			t.Fatalf("State = %v, want %v", got, want)
		}
		if f.Running() != running || f.Cancelled() != cancelled || f.IsDone() != done {
			t.Fatalf("%v: Running/Cancelled/IsDone = %v/%v/%v, want %v/%v/%v",
				want, f.Running(), f.Cancelled(), f.IsDone(), running, cancelled, done)
		}
	}
	check(executor.Pending, false, false, false)
	if !f.SetRunningOrNotifyCancel() {
		t.Fatal("SetRunningOrNotifyCancel on pending = false")
	}
	check(executor.Running, true, false, false)
	if f.Cancel() {
		t.Fatal("Cancel succeeded on a running future")
	}
	if err := f.SetResult(7); err != nil {
		t.Fatal(err)
	}
	check(executor.Finished, false, false, true)
	if err := f.SetResult(8); !errors.Is(err, executor.ErrInvalidState) {
		t.Fatalf("second SetResult = %v, want ErrInvalidState", err)
	}
	if f.Cancel() {
		t.Fatal("Cancel succeeded on a finished future")
	}
	if v, err := f.Result(); v != 7 || err != nil {
		t.Fatalf("Result = %v, %v", v, err)
	}

	f = executor.NewFuture()
	if !f.Cancel() || !f.Cancel() {
		t.Fatal("Cancel on pending/cancelled future = false")
	}
	check(executor.Cancelled, false, true, true)
	if f.SetRunningOrNotifyCancel() {
		t.Fatal("SetRunningOrNotifyCancel on cancelled = true")
	}
	check(executor.CancelledAndNotified, false, true, true)
	_, err := f.Result()
	var ce *executor.CancelledError
	if !errors.As(err, &ce) || !errors.Is(err, executor.ErrCancelled) || !errors.Is(err, context.Canceled) {
		t.Fatalf("Result of cancelled = %v, want *CancelledError matching ErrCancelled and context.Canceled", err)
	}
	if err := f.SetErr(errors.New("x")); !errors.Is(err, executor.ErrInvalidState) {
		t.Fatalf("SetErr on cancelled = %v", err)
	}
	defer func() {
		if recover() == nil {
			t.Fatal("SetRunningOrNotifyCancel twice did not panic")
		}
	}()
	f.SetRunningOrNotifyCancel()
}

func TestResultWaits(t *testing.T) {
	f := executor.NewFuture()
	select {
	case <-f.Done():
		t.Fatal("Done closed early")
	default:
	}
	_, err := f.ResultTimeout(10 * time.Millisecond)
	var te *executor.TimeoutError
	if !errors.As(err, &te) || te.Unfinished != 1 || !errors.Is(err, context.DeadlineExceeded) || !errors.Is(err, os.ErrDeadlineExceeded) {
		t.Fatalf("ResultTimeout = %v", err)
	}
	if err := f.ErrTimeout(0); !errors.As(err, &te) {
		t.Fatalf("ErrTimeout(0) = %v", err)
	}
	ctx, cancel := context.WithCancelCause(context.Background())
	cause := errors.New("user gave up")
	cancel(cause)
	if _, err := f.ResultContext(ctx); !errors.Is(err, cause) {
		t.Fatalf("ResultContext(cancelled) = %v, want cause", err)
	}
	dctx, dcancel := context.WithTimeout(context.Background(), time.Millisecond)
	defer dcancel()
	if err := f.ErrContext(dctx); !errors.As(err, &te) {
		t.Fatalf("ErrContext(deadline) = %v, want *TimeoutError", err)
	}
	want := errors.New("failed")
	go func() {
		time.Sleep(5 * time.Millisecond)
		f.SetRunningOrNotifyCancel()
		f.SetErr(want)
	}()
	if err := f.Err(); err != want {
		t.Fatalf("Err = %v", err)
	}
	<-f.Done()
	if v, err := f.ResultTimeout(0); v != nil || err != want {
		t.Fatalf("ResultTimeout on done = %v, %v", v, err)
	}
	if err := f.ErrContext(ctx); err != want {
		t.Fatalf("ErrContext on done with dead ctx = %v, want the result", err)
	}
}

func TestDoneCallbacks(t *testing.T) {
	logs := captureLog(t)
	f := executor.NewFuture()
	var order []string
	f.AddDoneCallback(func(*executor.Future) { order = append(order, "a") })
	f.AddDoneCallback(func(*executor.Future) { panic("callback boom") })
	f.AddDoneCallback(nil)
	f.AddDoneCallback(func(g *executor.Future) {
		if g != f {
			t.Error("callback got another future")
		}
		order = append(order, "b")
	})
	if len(order) != 0 {
		t.Fatal("callback ran before done")
	}
	f.SetRunningOrNotifyCancel()
	f.SetResult(1)
	f.AddDoneCallback(func(*executor.Future) { order = append(order, "c") }) // runs now
	if strings.Join(order, "") != "abc" {
		t.Fatalf("callback order %v", order)
	}
	if !strings.Contains(logs.String(), "callback boom") {
		t.Fatalf("panicking callback not logged: %q", logs.String())
	}
	g := executor.NewFuture()
	ran := false
	g.AddDoneCallback(func(g *executor.Future) { ran = g.Cancelled() })
	g.Cancel()
	if !ran {
		t.Fatal("callback not run on Cancel")
	}
}

func TestPanicError(t *testing.T) {
	pool := executor.NewThreadPool(1)
	defer pool.Close()
	sentinel := errors.New("inner")
	for _, tc := range []struct {
		name  string
		fn    any
		value any
		inner error
	}{
		{"string", func() { panic("boom") }, "boom", nil},
		{"error", func() int { panic(sentinel) }, sentinel, sentinel},
		{"runtime", func() { var m map[string]int; m["x"] = 1 }, nil, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := pool.Submit(tc.fn).Err()
			var pe *executor.PanicError
			if !errors.As(err, &pe) {
				t.Fatalf("err = %v, want *PanicError", err)
			}
			if tc.value != nil && pe.Value != tc.value {
				t.Fatalf("Value = %v", pe.Value)
			}
			if tc.inner != nil && !errors.Is(err, tc.inner) {
				t.Fatal("PanicError does not unwrap to the panicked error")
			}
			if tc.name == "runtime" {
				var re runtime.Error
				if !errors.As(err, &re) {
					t.Fatalf("runtime panic not unwrappable to runtime.Error: %v", err)
				}
			}
			if !bytes.Contains(pe.Stack, []byte("future_test.go")) {
				t.Fatalf("stack lacks the panic site:\n%s", pe.Stack)
			}
			if !strings.HasPrefix(err.Error(), "executor: ") {
				t.Fatalf("message %q lacks prefix", err)
			}
		})
	}
}

func TestGoexitInTask(t *testing.T) {
	pool := executor.NewThreadPool(1)
	defer pool.Close()
	block := make(chan struct{})
	f1 := pool.Submit(func() { <-block; runtime.Goexit() })
	f2 := pool.Submit(func() int { return 2 }) // queued behind f1
	close(block)
	var pe *executor.PanicError
	if err := f1.Err(); !errors.As(err, &pe) {
		t.Fatalf("Goexit task err = %v", err)
	}
	if v, err := f2.Result(); v != 2 || err != nil {
		t.Fatalf("task after Goexit = %v, %v", v, err)
	}
	if v, _ := pool.Submit(func() int { return 3 }).Result(); v != 3 {
		t.Fatal("pool dead after Goexit")
	}
}
