package executor_test

import (
	"errors"
	"fmt"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/gofutures/gofutures/executor"
)

func gcd(pair [2]int) int {
	a, b := pair[0], pair[1]
	for i := min(a, b); i > 0; i-- {
		if a%i == 0 && b%i == 0 {
			return i
		}
	}
	return 1
}

func TestSubmitBadInput(t *testing.T) {
	pool := executor.NewThreadPool(2)
	defer pool.Close()
	var nilFunc func()
	for _, tc := range []struct {
		name string
		fn   any
		args []any
		arg  int    // CallError.Arg
		want string // substring of the message
	}{
		{"nil", nil, nil, -1, "executor: fn: function is nil"},
		{"typed nil", nilFunc, nil, -1, "function is nil"},
		{"typed nil with args", (func(int))(nil), []any{1}, -1, "function is nil"},
		{"not a function", 42, nil, -1, "have int, want a function"},
		{"too few", gcd, nil, -1, "executor_test.gcd: got 0 arguments, want 1 (func([2]int) int)"},
		{"too many", gcd, []any{[2]int{1, 2}, 3}, -1, "got 2 arguments, want 1"},
		{"wrong type", gcd, []any{"x"}, 0, "executor_test.gcd: argument 0: have string, want [2]int"},
		{"second arg", func(a int, b string) {}, []any{1, 2}, 1, "argument 1: have int, want string"},
		{"nil for int", func(int) {}, []any{nil}, 0, "have nil, want int"},
		{"lossy float", func(int) {}, []any{2.5}, 0, "2.5 (float64) does not fit in int"},
		{"negative to uint", func(uint) {}, []any{-1}, 0, "does not fit in uint"},
		{"overflow", func(int8) {}, []any{300}, 0, "does not fit in int8"},
		{"variadic too few", func(a int, b ...int) {}, nil, -1, "want at least 1"},
		{"variadic bad", func(a int, b ...int) {}, []any{1, 2, "x"}, 2, "have string, want int"},
		{"bad results", func() (int, int) { return 1, 2 }, nil, -1, "want (), (T), (error) or (T, error)"},
		{"named", executor.Named("gcd", gcd), []any{"x"}, 0, "executor: gcd: argument 0"},
		{"anonymous", func(x [2]int) int { return 0 }, []any{"x"}, 0, "executor_test.TestSubmitBadInput.func"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := pool.Submit(tc.fn, tc.args...)
			if !f.IsDone() {
				t.Fatal("bad submit returned a future that is not done")
			}
			err := f.Err()
			var ce *executor.CallError
			if !errors.As(err, &ce) {
				t.Fatalf("err = %v, want *CallError", err)
			}
			if ce.Arg != tc.arg || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("err = %q (Arg %d), want %q (Arg %d)", err, ce.Arg, tc.want, tc.arg)
			}
		})
	}
}

func TestSubmitShapes(t *testing.T) {
	pool := executor.NewThreadPool(2)
	defer pool.Close()
	boom := errors.New("boom")
	type S struct{ X int }
	for _, tc := range []struct {
		name string
		fn   any
		args []any
		v    any
		err  error
	}{
		{"()", func() {}, nil, nil, nil},
		{"(T)", func(a, b int) int { return a + b }, []any{1, 2}, 3, nil},
		{"(error)", func(string) error { return boom }, []any{"x"}, nil, boom},
		{"(T, error)", func() (S, error) { return S{1}, nil }, nil, S{1}, nil},
		{"(T, error) both", func() (int, error) { return 4, boom }, nil, 4, boom},
		{"fast (any, error)", func() (any, error) { return "a", nil }, nil, "a", nil},
		{"fast any", func() any { return 5 }, nil, 5, nil},
		{"fast error", func() error { return boom }, nil, nil, boom},
		{"numeric conversion", func(x float64) float64 { return x / 2 }, []any{3}, 1.5, nil},
		{"nil for pointer", func(p *int) bool { return p == nil }, []any{nil}, true, nil},
		{"interface param", func(x fmt.Stringer) string { return x.String() }, []any{time.Second}, "1s", nil},
		{"variadic", func(xs ...int) int { return len(xs) }, []any{1, 2, 3}, 3, nil},
		{"named fast", executor.Named("seven", func() any { return 7 }), nil, 7, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			v, err := pool.Submit(tc.fn, tc.args...).Result()
			if v != tc.v || err != tc.err {
				t.Fatalf("Result = %v, %v; want %v, %v", v, err, tc.v, tc.err)
			}
		})
	}
}

func TestNewThreadPoolWorkers(t *testing.T) {
	if n := executor.NewThreadPool(0).MaxWorkers(); n != runtime.NumCPU() {
		t.Fatalf("default MaxWorkers = %d", n)
	}
	defer func() {
		r := recover()
		if r == nil || !strings.Contains(fmt.Sprint(r), "maxWorkers = -1") {
			t.Fatalf("NewThreadPool(-1) panic = %v", r)
		}
	}()
	executor.NewThreadPool(-1)
}

func TestMaxWorkersBound(t *testing.T) {
	const max = 3
	pool := executor.NewThreadPool(max)
	defer pool.Close()
	var cur, peak atomic.Int32
	var fs []*executor.Future
	for range 50 {
		fs = append(fs, pool.Submit(func() {
			n := cur.Add(1)
			for {
				p := peak.Load()
				if n <= p || peak.CompareAndSwap(p, n) {
					break
				}
			}
			time.Sleep(time.Millisecond)
			cur.Add(-1)
		}))
	}
	executor.Wait(fs, executor.AllCompleted)
	if p := peak.Load(); p > max || p < 2 {
		t.Fatalf("peak concurrency %d, want 2..%d", p, max)
	}
}

func TestShutdown(t *testing.T) {
	pool := executor.NewThreadPool(1)
	gate := make(chan struct{})
	running := pool.Submit(func() int { <-gate; return 1 })
	queued := pool.Submit(func() int { return 2 })
	for !running.Running() {
		runtime.Gosched()
	}
	go func() { time.Sleep(10 * time.Millisecond); close(gate) }()
	pool.Shutdown(true, false)
	if v, _ := running.Result(); v != 1 {
		t.Fatal("running task lost")
	}
	if v, _ := queued.Result(); v != 2 {
		t.Fatal("queued task not run by Shutdown(wait, !cancel)")
	}
	pool.Shutdown(true, true) // twice is fine
	if err := pool.Close(); err != nil {
		t.Fatal(err)
	}
	f := pool.Submit(gcd, [2]int{4, 6})
	if err := f.Err(); !errors.Is(err, executor.ErrShutdown) {
		t.Fatalf("Submit after shutdown: %v", err)
	}
	if _, err := pool.Map(gcd, [][2]int{{4, 6}}); !errors.Is(err, executor.ErrShutdown) {
		t.Fatalf("Map after shutdown: %v", err)
	}
}

func TestShutdownCancelFutures(t *testing.T) {
	var dropped atomic.Int32
	pool := executor.NewThreadPool(1, executor.WithObserver(executor.ObserverFunc(func(e executor.Event) {
		if e.Kind == executor.EventDropped {
			dropped.Add(1)
		}
	})))
	gate := make(chan struct{})
	running := pool.Submit(func() int { <-gate; return 1 })
	var queued []*executor.Future
	for range 5 {
		queued = append(queued, pool.Submit(func() int { return 2 }))
	}
	for !running.Running() {
		runtime.Gosched()
	}
	// Cancel the queue while the first task still holds the only worker,
	// so none of the queued tasks can have started; then let it finish.
	pool.Shutdown(false, true)
	close(gate)
	pool.Shutdown(true, false)
	if v, _ := running.Result(); v != 1 {
		t.Fatal("running task lost")
	}
	for _, f := range queued {
		if f.State() != executor.CancelledAndNotified {
			t.Fatalf("queued future state %v", f.State())
		}
		if !errors.Is(f.Err(), executor.ErrCancelled) {
			t.Fatal("cancelled future error")
		}
	}
	if dropped.Load() != 5 {
		t.Fatalf("dropped events %d", dropped.Load())
	}
}

func TestCancelledTaskNeverRuns(t *testing.T) {
	pool := executor.NewThreadPool(1)
	defer pool.Close()
	gate := make(chan struct{})
	first := pool.Submit(func() { <-gate })
	ran := false
	second := pool.Submit(func() { ran = true })
	if !second.Cancel() {
		t.Fatal("Cancel of queued task failed")
	}
	close(gate)
	first.Result()
	pool.Shutdown(true, false)
	if ran || second.State() != executor.CancelledAndNotified {
		t.Fatalf("cancelled task ran=%v state=%v", ran, second.State())
	}
}

func TestInitializer(t *testing.T) {
	var inits atomic.Int32
	pool := executor.NewThreadPool(2, executor.WithInitializer(func(n int32) { inits.Add(n) }, int32(1)))
	var fs []*executor.Future
	for range 10 {
		fs = append(fs, pool.Submit(func() { time.Sleep(time.Millisecond) }))
	}
	executor.Wait(fs, executor.AllCompleted)
	pool.Close()
	if n := inits.Load(); n < 1 || n > 2 {
		t.Fatalf("initializer ran %d times", n)
	}

	bad := errors.New("no database")
	broken := executor.NewThreadPool(2, executor.WithInitializer(func() error { return bad }))
	defer broken.Close()
	err := broken.Submit(func() int { return 1 }).Err()
	if !errors.Is(err, executor.ErrBroken) || !errors.Is(err, bad) {
		t.Fatalf("task on broken pool: %v", err)
	}
	if err := broken.Submit(func() {}).Err(); !errors.Is(err, executor.ErrBroken) {
		t.Fatalf("submit after break: %v", err)
	}

	panicky := executor.NewThreadPool(1, executor.WithInitializer(func() { panic("init boom") }))
	defer panicky.Close()
	var pe *executor.PanicError
	if err := panicky.Submit(func() {}).Err(); !errors.Is(err, executor.ErrBroken) || !errors.As(err, &pe) {
		t.Fatalf("panicking initializer: %v", err)
	}

	goexit := executor.NewThreadPool(1, executor.WithInitializer(runtime.Goexit))
	defer goexit.Close()
	if err := goexit.Submit(func() {}).Err(); !errors.Is(err, executor.ErrBroken) {
		t.Fatalf("initializer calling Goexit: %v", err)
	}

	misused := executor.NewThreadPool(1, executor.WithInitializer(func(int) {}, "x"))
	defer misused.Close()
	var ce *executor.CallError
	if err := misused.Submit(func() {}).Err(); !errors.As(err, &ce) {
		t.Fatalf("bad initializer args: %v", err)
	}
}

func TestSubmitFromTask(t *testing.T) {
	pool := executor.NewThreadPool(1) // one worker: the inner task must queue, not deadlock Submit
	defer pool.Close()
	outer := pool.Submit(func() *executor.Future { return pool.Submit(func() int { return 9 }) })
	inner, err := outer.Result()
	if err != nil {
		t.Fatal(err)
	}
	if v, _ := inner.(*executor.Future).Result(); v != 9 {
		t.Fatal("inner task")
	}
}

func TestEvents(t *testing.T) {
	var mu sync.Mutex
	var events []executor.Event
	logs := captureLog(t)
	pool := executor.NewThreadPool(2, executor.WithName("P"), executor.WithObserver(executor.ObserverFunc(func(e executor.Event) {
		mu.Lock()
		events = append(events, e)
		mu.Unlock()
		if e.Kind == executor.EventStarted && e.TaskID == 3 {
			panic("observer boom")
		}
	})))
	boom := errors.New("boom")
	pool.Submit(executor.Named("ok", func() {})).Result()
	pool.Submit(executor.Named("bad", func() error { return boom })).Result()
	pool.Submit(func() {}).Result()
	pool.Close()
	if !strings.Contains(logs.String(), "observer boom") {
		t.Fatal("observer panic not logged")
	}
	var got []string
	for _, e := range events {
		if e.Time.IsZero() || e.Pool != "P" || e.Future == nil {
			t.Fatalf("incomplete event %+v", e)
		}
		if e.Kind != executor.EventSubmitted && !strings.HasPrefix(e.Worker, "P_") {
			t.Fatalf("worker id %q", e.Worker)
		}
		s := fmt.Sprintf("%d:%v:%s", e.TaskID, e.Kind, e.Func)
		if e.Err != nil {
			s += ":" + e.Err.Error()
		}
		got = append(got, s)
	}
	want := "1:submitted:ok 1:started:ok 1:finished:ok 2:submitted:bad 2:started:bad 2:finished:bad:boom"
	if s := strings.Join(got[:6], " "); s != want {
		t.Fatalf("events\n%s\nwant\n%s", s, want)
	}
	if len(got) != 9 {
		t.Fatalf("%d events: %v", len(got), got)
	}
}

func TestBlockingCallbackHoldsOnlyItsWorker(t *testing.T) {
	pool := executor.NewThreadPool(2)
	defer pool.Close()
	release, gate := make(chan struct{}), make(chan struct{})
	f := pool.Submit(func() int { <-gate; return 1 })
	entered := make(chan struct{})
	f.AddDoneCallback(func(*executor.Future) { close(entered); <-release }) // f not done yet
	close(gate)
	<-entered // the worker that ran f is now stuck in the callback
	if v, _ := f.Result(); v != 1 {
		t.Fatal("result not visible while callback runs")
	}
	done := make(chan struct{})
	go func() {
		defer close(done)
		for range 10 {
			pool.Submit(func() {}).Result()
		}
	}()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		t.Fatal("pool stalled behind a blocking callback")
	}
	close(release)
}

func TestZeroThreadPool(t *testing.T) {
	var pool executor.ThreadPool
	if v, err := pool.Submit(gcd, [2]int{4, 6}).Result(); v != 2 || err != nil {
		t.Fatal(v, err)
	}
	if pool.MaxWorkers() != runtime.NumCPU() || !strings.HasPrefix(pool.Name(), "ThreadPool-") {
		t.Fatal(pool.MaxWorkers(), pool.Name())
	}
	pool.Close()
	var unused executor.ThreadPool
	unused.Shutdown(true, true)
}

// TestSubmitAllocs guards the hot path: a typed submit costs the future
// and the wrapped function, and nothing for events nobody listens to.
func TestSubmitAllocs(t *testing.T) {
	if testing.Short() {
		t.Skip("allocation counts")
	}
	pool := executor.NewThreadPool(1)
	defer pool.Close()
	fn := func() (int, error) { return 1, nil }
	fs := make([]executor.TypedFuture[int], 0, 1000)
	allocs := testing.AllocsPerRun(500, func() {
		fs = append(fs, executor.Submit(pool, fn))
	})
	for _, f := range fs {
		f.Result()
	}
	if allocs > 2 {
		t.Fatalf("Submit[T] allocates %.1f times per task, want <= 2", allocs)
	}
}

func TestSeveralObservers(t *testing.T) {
	logs := captureLog(t)
	var a, b atomic.Int32
	pool := executor.NewThreadPool(1,
		executor.WithObserver(executor.ObserverFunc(func(executor.Event) { a.Add(1) })),
		executor.WithObserver(executor.ObserverFunc(func(executor.Event) { panic("second boom") })),
		executor.WithObserver(nil),
		executor.WithObserver(executor.ObserverFunc(func(executor.Event) { b.Add(1) })),
	)
	pool.Submit(func() {}).Result()
	pool.Close()
	if a.Load() != 3 || b.Load() != 3 {
		t.Fatalf("observers saw %d and %d events, want 3 each", a.Load(), b.Load())
	}
	if !strings.Contains(logs.String(), "second boom") {
		t.Fatal("observer panic not logged")
	}
}

func TestEventArgsSummary(t *testing.T) {
	var mu sync.Mutex
	var args []string
	obs := executor.ObserverFunc(func(e executor.Event) {
		if e.Kind == executor.EventSubmitted {
			mu.Lock()
			args = append(args, e.Args)
			mu.Unlock()
		}
	})
	pool := executor.NewThreadPool(1, executor.WithObserver(obs))
	pool.Submit(func(a int, s string) int { return a }, 42, "hello").Result()
	pool.Submit(func(s string) string { return s }, strings.Repeat("x", 100)).Result()
	pool.Close()
	if len(args) != 2 || args[0] != "42, hello" || len([]rune(args[1])) != 40 {
		t.Fatalf("%q", args)
	}
}
